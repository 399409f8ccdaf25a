package org.passerelle.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.passerelle.base.Formats;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.newsletter.IssueSummary;
import org.passerelle.newsletter.NewsletterService;
import org.passerelle.security.Role;

/** Staff's list of newsletter issues (drafts and the archive of sent ones) and the start of a new one. */
@Route("newsletter")
@RolesAllowed(Role.Names.STAFF)
@Menu(order = 89, title = "newsletter.nav", icon = "vaadin:newspaper")
public final class NewslettersView extends Main implements HasDynamicTitle {

    final Grid<IssueSummary> grid = ComponentTexts.translated(new Grid<>());
    final TextField subjectEn = new TextField();
    final TextField subjectFr = new TextField();
    final Button create = new Button();

    private final NewsletterService newsletters;

    NewslettersView(NewsletterService newsletters) {
        this.newsletters = newsletters;
        addClassName("passerelle-page");
        subjectEn.setLabel(getTranslation("newsletter.subject.en"));
        subjectFr.setLabel(getTranslation("newsletter.subject.fr"));
        subjectEn.setMaxLength(200);
        subjectFr.setMaxLength(200);
        create.setText(getTranslation("newsletter.list.new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        HorizontalLayout form = new HorizontalLayout(subjectEn, subjectFr, create);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        grid.addColumn(issue -> issue.subject(getLocale()))
                .setHeader(getTranslation("newsletter.list.subject"))
                .setFlexGrow(1);
        grid.addColumn(issue -> getTranslation(issue.state().messageKey()))
                .setHeader(getTranslation("newsletter.list.state"))
                .setAutoWidth(true);
        grid.addColumn(issue -> Formats.dateTime(issue.updatedAt(), getLocale()))
                .setHeader(getTranslation("newsletter.list.updated"))
                .setAutoWidth(true);
        grid.addColumn(issue -> issue.sentAt() == null ? "" : Formats.dateTime(issue.sentAt(), getLocale()))
                .setHeader(getTranslation("newsletter.list.sent"))
                .setAutoWidth(true);
        grid.addColumn(IssueSummary::recipients)
                .setHeader(getTranslation("newsletter.list.recipients"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("newsletter.list.empty"));
        grid.addItemClickListener(click -> open(click.getItem().id()));
        grid.setItems(newsletters.issues());
        Anchor archive = new Anchor("/newsletters", getTranslation("newsletter.list.archive"));
        archive.setRouterIgnore(true);
        archive.setTarget("_blank");
        add(new Paragraph(getTranslation("newsletter.list.intro")), archive, form, grid);
    }

    void create() {
        Feedback.clear(Map.of("subjectEn", subjectEn, "subjectFr", subjectFr));
        try {
            IssueSummary issue = newsletters.create(subjectEn.getValue(), subjectFr.getValue());
            open(issue.id());
        } catch (UserFacingException refused) {
            Feedback.show(refused, Map.of("subjectEn", subjectEn, "subjectFr", subjectFr));
        }
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(NewsletterEditorView.class, NewsletterEditorView.parameters(id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newsletter.list.title");
    }
}

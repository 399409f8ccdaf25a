package org.passerelle.calls.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.passerelle.base.Countries;
import org.passerelle.base.Formats;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.OtherLanguage;
import org.passerelle.base.ui.PageSection;
import org.passerelle.calls.CallNotFoundException;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;
import org.passerelle.calls.Criterion;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.spaces.SpaceService;
import org.springframework.beans.factory.ObjectProvider;

/** One call: texts, dates, eligibility, criteria, guidance; staff edit it and move it through its states. */
@Route("calls/:id")
@PermitAll
public final class CallView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Span state = new Span();
    final HorizontalLayout actions = new HorizontalLayout();
    private final CallService calls;
    private final SpaceService spaces;
    final HorizontalLayout ways = new HorizontalLayout();
    private final ObjectProvider<PageSection<CallSummary>> sections;
    private final CurrentUser currentUser;
    private CallSummary call;

    CallView(
            CallService calls,
            SpaceService spaces,
            ObjectProvider<PageSection<CallSummary>> sections,
            CurrentUser currentUser) {
        this.sections = sections;
        this.currentUser = currentUser;
        this.calls = calls;
        this.spaces = spaces;
        addClassName("passerelle-page");
        state.getElement().getThemeList().add("badge");
        actions.getStyle().set("flex-wrap", "wrap");
        ways.getStyle().set("flex-wrap", "wrap");
        ways.addClassName("passerelle-call-ways");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | CallNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(long id) {
        call = calls.get(id);
        removeAll();
        title.setText(call.title(getLocale()).text());
        OtherLanguage.mark(title, call.title(getLocale()));
        state.setText(getTranslation(call.state().messageKey()) + " — "
                + getTranslation(call.acceptsSubmissions() ? "calls.accepting" : "calls.not-accepting"));
        Paragraph description =
                OtherLanguage.mark(new Paragraph(call.description(getLocale()).text()), call.description(getLocale()));
        description.getStyle().set("white-space", "pre-line");
        add(
                title,
                state,
                ways(),
                new Paragraph(getTranslation(
                        "calls.dates",
                        Formats.date(call.opensOn(), getLocale()),
                        Formats.date(call.closesOn(), getLocale()))),
                description,
                eligibility(),
                criteria());
        String guidance = call.guidance(getLocale()).text();
        if (!guidance.isEmpty()) {
            Paragraph text = OtherLanguage.mark(new Paragraph(guidance), call.guidance(getLocale()));
            text.getStyle().set("white-space", "pre-line");
            add(new H3(getTranslation("calls.guidance")), text);
        }
        actions.removeAll();
        if (call.mayManage() && call.state() != CallState.DECIDED) {
            actions.add(new Button(getTranslation("calls.action.edit"), click -> edit()));
            call.state()
                    .next()
                    .forEach(target ->
                            actions.add(new Button(getTranslation(actionKey(call.state(), target)), click -> {
                                if (target == CallState.OPEN) {
                                    new OpenCallDialog(call, () -> move(target)).open();
                                } else {
                                    move(target);
                                }
                            })));
        }
        add(actions);
        PageSection.render(sections, call, false).forEach(this::add);
    }

    /**
     * Where to go from a call: an association member answers it (the draft starts with this call chosen), and
     * anyone who sees the call reads its proposals (each sees those they may). Links by address: the proposals
     * module owns those views.
     */
    private HorizontalLayout ways() {
        ways.removeAll();
        if (call.acceptsSubmissions() && currentUser.hasRole(Role.ASSOCIATION_MEMBER)) {
            Anchor submit = new Anchor("my-proposals?call=" + call.id(), getTranslation("calls.submit-proposal"));
            submit.addClassName("passerelle-primary-link");
            ways.add(submit);
        }
        if (call.state() != CallState.DRAFT) {
            ways.add(new Anchor("calls/" + call.id() + "/proposals", getTranslation("calls.see-proposals")));
        }
        ways.setVisible(ways.getComponentCount() > 0);
        return ways;
    }

    private Div eligibility() {
        UnorderedList items = new UnorderedList(
                new ListItem(getTranslation(
                        call.form().verifiedOnly()
                                ? "calls.eligibility.verified"
                                : "calls.eligibility.any-association")),
                new ListItem(
                        call.countries().isEmpty()
                                ? getTranslation("calls.eligibility.any-country")
                                : getTranslation(
                                        "calls.eligibility.countries",
                                        call.countries().stream()
                                                .map(c -> Countries.name(c, getLocale()))
                                                .sorted()
                                                .collect(Collectors.joining(", ")))),
                new ListItem(
                        call.sectors().isEmpty()
                                ? getTranslation("calls.eligibility.any-sector")
                                : getTranslation(
                                        "calls.eligibility.sectors",
                                        call.sectors().stream()
                                                .map(s -> getTranslation(s.messageKey()))
                                                .collect(Collectors.joining(", ")))),
                new ListItem(getTranslation("calls.eligibility.max", call.form().maxPerAssociation())));
        Div box = new Div(new H3(getTranslation("calls.eligibility")), items);
        box.addClassName("passerelle-card");
        return box;
    }

    private Div criteria() {
        UnorderedList items = new UnorderedList();
        for (Criterion criterion : call.criteria()) {
            items.add(new ListItem(criterion.name(getLocale()).text() + " — "
                    + getTranslation("calls.criteria.weight", criterion.weight())));
        }
        Div box = new Div(new H3(getTranslation("calls.criteria")), items);
        box.addClassName("passerelle-card");
        return box;
    }

    private static String actionKey(CallState from, CallState target) {
        return switch (target) {
            case OPEN -> from == CallState.CLOSED ? "calls.action.reopen" : "calls.action.OPEN";
            case CLOSED -> "calls.action.CLOSED";
            case DECIDED -> "calls.action.DECIDED";
            case DRAFT -> throw new IllegalArgumentException("a call never goes back to draft");
        };
    }

    private void edit() {
        new CallDialog(calls, spaces.visibleSpaces(), call, saved -> {
                    Feedback.success(getTranslation("calls.saved"));
                    show(saved.id());
                })
                .open();
    }

    private void move(CallState target) {
        try {
            CallSummary moved = calls.moveTo(call.id(), target);
            Feedback.success(
                    getTranslation("calls.moved", getTranslation(moved.state().messageKey())));
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
        show(call.id());
    }

    @Override
    public String getPageTitle() {
        return call == null ? getTranslation("calls.title") : title.getText();
    }
}

package org.passerelle.calls.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.base.Formats;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.OtherLanguage;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;

/** The calls of every space the person sees; staff create calls in the spaces they manage. */
@Route("calls")
@PermitAll
@Menu(order = 15, title = "nav.calls", icon = "vaadin:megaphone")
public final class CallsView extends Main implements HasDynamicTitle {

    final Button create = new Button();
    final Div list = new Div();
    private final CallService calls;

    CallsView(CallService calls, SpaceService spaces) {
        this.calls = calls;
        addClassName("passerelle-page");
        List<SpaceSummary> visible = spaces.visibleSpaces();
        List<SpaceSummary> managed =
                visible.stream().filter(s -> s.mayManage() && !s.archived()).toList();
        create.setText(getTranslation("calls.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(!managed.isEmpty());
        create.addClickListener(click -> new CallDialog(calls, managed, null, saved -> {
                    Feedback.success(getTranslation("calls.created"));
                    getUI().ifPresent(ui -> ui.navigate(CallView.class, CallView.parameters(saved.id())));
                })
                .open());
        add(create, list);
        show(visible.stream().collect(Collectors.toMap(SpaceSummary::id, Function.identity())));
    }

    private void show(Map<Long, SpaceSummary> spaces) {
        List<CallSummary> visible = calls.visibleCalls();
        if (visible.isEmpty()) {
            list.add(new Paragraph(getTranslation("calls.none")));
        }
        for (CallSummary call : visible) {
            Div card = new Div();
            card.addClassName("passerelle-card");
            // the title is the way in (one link per call, named by the call, not "Open the call" repeated)
            H3 title = OtherLanguage.mark(
                    new H3(new RouterLink(
                            call.title(getLocale()).text(), CallView.class, CallView.parameters(call.id()))),
                    call.title(getLocale()));
            SpaceSummary space = spaces.get(call.spaceId());
            Span where = new Span(
                    space == null
                            ? ""
                            : getTranslation(
                                    "calls.in-space", space.title(getLocale()).text()));
            Span state = new Span(getTranslation(call.state().messageKey()));
            state.getElement().getThemeList().add("badge");
            Paragraph dates = new Paragraph(getTranslation(
                    "calls.dates",
                    Formats.date(call.opensOn(), getLocale()),
                    Formats.date(call.closesOn(), getLocale())));
            card.add(title, state, new Div(where), dates);
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calls.title");
    }
}

package org.passerelle.calls.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import org.passerelle.base.Formats;
import org.passerelle.base.ui.OtherLanguage;
import org.passerelle.base.ui.PageSection;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.spaces.SpaceSummary;

/** A space's calls for cooperation on the space's page: each with its state and dates, leading to the call. */
@org.springframework.stereotype.Component
class SpaceCallsSection implements PageSection<SpaceSummary> {

    private final CallService calls;

    SpaceCallsSection(CallService calls) {
        this.calls = calls;
    }

    @Override
    public Optional<Component> create(SpaceSummary space) {
        List<CallSummary> found = calls.callsOfSpace(space.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        Div section = new Div();
        section.addClassName("passerelle-card");
        section.addClassName("space-calls");
        section.add(new H3(section.getTranslation("calls.of-space")));
        UnorderedList list = new UnorderedList();
        for (CallSummary call : found) {
            RouterLink link = new RouterLink(call.title(locale).text(), CallView.class, CallView.parameters(call.id()));
            OtherLanguage.mark(link, call.title(locale));
            Span state = new Span(section.getTranslation(call.state().messageKey()));
            state.getElement().getThemeList().add("badge");
            Span dates = new Span(section.getTranslation(
                    "calls.dates", Formats.date(call.opensOn(), locale), Formats.date(call.closesOn(), locale)));
            dates.addClassName("passerelle-muted");
            ListItem item = new ListItem(link, new Span(" "), state, new Span(" "), dates);
            list.add(item);
        }
        section.add(list);
        return Optional.of(section);
    }

    @Override
    public int order() {
        return -20; // first: what the space asks of associations
    }
}

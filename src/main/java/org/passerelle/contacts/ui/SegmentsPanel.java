package org.passerelle.contacts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.passerelle.base.Countries;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.contacts.ContactExport;
import org.passerelle.contacts.ContactFilter;
import org.passerelle.contacts.ContactService;
import org.passerelle.contacts.SegmentCount;
import org.passerelle.contacts.SegmentCriteria;

/** The saved segments with their counts of consenting contacts; the current filter saved as a new one. */
final class SegmentsPanel extends Div {

    final TextField name = new TextField();
    final Button save = new Button();
    final Div list = new Div();
    final List<Div> rows = new ArrayList<>();
    private final ContactService contacts;
    private final ContactExport export;
    private final Consumer<SegmentCriteria> show;

    SegmentsPanel(
            ContactService contacts,
            ContactExport export,
            Supplier<SegmentCriteria> current,
            Consumer<SegmentCriteria> show) {
        this.contacts = contacts;
        this.export = export;
        this.show = show;
        name.setLabel(getTranslation("contacts.segments.name"));
        name.setMaxLength(100);
        save.setText(getTranslation("contacts.segments.save"));
        save.addClickListener(click -> {
            name.setInvalid(false);
            try {
                contacts.saveSegment(name.getValue(), current.get());
                name.clear();
                Feedback.success(getTranslation("contacts.segments.saved"));
                refresh();
            } catch (UserFacingException refused) {
                Feedback.show(refused, Map.of("segmentName", name));
            }
        });
        FlexLayout saving = new FlexLayout(name, save);
        saving.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        saving.getStyle().set("gap", "var(--lumo-space-s, .5rem)").set("align-items", "baseline");
        add(
                new H2(getTranslation("contacts.segments.title")),
                new Paragraph(getTranslation("contacts.segments.intro")));
        add(list, saving);
        refresh();
    }

    void refresh() {
        list.removeAll();
        rows.clear();
        List<SegmentCount> segments = contacts.segmentCounts();
        if (segments.isEmpty()) {
            list.add(new Paragraph(getTranslation("contacts.segments.none")));
        }
        for (SegmentCount segment : segments) {
            Div row = row(segment);
            rows.add(row);
            list.add(row);
        }
    }

    private Div row(SegmentCount count) {
        SegmentCriteria c = count.segment().criteria();
        Span title = new Span(count.segment().name() + " — " + describe(c) + " — "
                + getTranslation("contacts.segments.count", count.consenting()));
        Button showIt = new Button(getTranslation("contacts.segments.apply"), click -> show.accept(c));
        showIt.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor csv = new Anchor(
                (DownloadHandler) download -> {
                    download.setFileName("segment-" + count.segment().id() + ".csv");
                    download.setContentType("text/csv;charset=UTF-8");
                    download.getOutputStream().write(export.csv(ContactFilter.consenting(c)));
                },
                getTranslation("contacts.segments.export"));
        Button remove = new Button(getTranslation("contacts.segments.remove"), click -> {
            try {
                contacts.removeSegment(count.segment().id());
                Feedback.success(getTranslation("contacts.segments.removed"));
            } catch (UserFacingException gone) {
                Feedback.error(Feedback.text(gone));
            }
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        FlexLayout actions = new FlexLayout(showIt, csv, remove);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s, .5rem)").set("align-items", "baseline");
        Div row = new Div(title, actions);
        row.addClassName("contacts-segment");
        return row;
    }

    private String describe(SegmentCriteria c) {
        List<String> parts = new ArrayList<>();
        if (c.countryCode() != null) {
            parts.add(Countries.name(c.countryCode(), getLocale()));
        }
        if (c.sector() != null) {
            parts.add(getTranslation(c.sector().messageKey()));
        }
        if (c.language() != null) {
            parts.add(getTranslation("language." + c.language()));
        }
        return parts.isEmpty() ? getTranslation("contacts.segments.any") : String.join(", ", parts);
    }
}

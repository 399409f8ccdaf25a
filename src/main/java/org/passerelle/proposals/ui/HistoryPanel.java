package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.base.Formats;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalVersionInfo;

/**
 * The saved versions (who changed which sections, when; one line per editing session, its autosaves marked) and a
 * comparison of any two of them; read and drawn when the reader opens it.
 */
final class HistoryPanel extends Details {

    Select<Integer> from;
    Select<Integer> to;
    Button compare;
    Div result;
    private final ProposalService proposals;
    private final long proposalId;

    HistoryPanel(ProposalService proposals, long proposalId) {
        this.proposals = proposals;
        this.proposalId = proposalId;
        setSummaryText(getTranslation("proposals.history"));
        // read and drawn when opened: the panel starts closed, and its lines and selectors would otherwise cost every
        // open proposal page (and a query) for a list few people open
        addOpenedChangeListener(opened -> {
            if (opened.isOpened() && result == null) {
                fill();
            }
        });
    }

    private void fill() {
        from = new Select<>();
        to = new Select<>();
        compare = new Button();
        result = new Div();
        List<ProposalVersionInfo> versions = proposals.history(proposalId);
        UnorderedList list = new UnorderedList();
        for (ProposalVersionInfo version : versions) {
            String sections = version.changedSections().stream()
                    .map(s -> getTranslation(s.messageKey()))
                    .collect(Collectors.joining(", "));
            list.add(new ListItem(getTranslation(
                    lineKey(version), version.number(), Formats.dateTime(version.createdAt(), getLocale()), sections)));
        }
        List<Integer> numbers =
                versions.stream().map(ProposalVersionInfo::number).toList();
        from.setLabel(getTranslation("proposals.history.from"));
        to.setLabel(getTranslation("proposals.history.to"));
        from.setItems(numbers);
        to.setItems(numbers);
        if (numbers.size() > 1) {
            from.setValue(numbers.get(1));
            to.setValue(numbers.getFirst());
        }
        compare.setText(getTranslation("proposals.history.compare"));
        compare.setEnabled(numbers.size() > 1);
        compare.addClickListener(click -> {
            result.removeAll();
            try {
                result.add(new DiffView(proposals.compare(proposalId, from.getValue(), to.getValue())));
            } catch (UserFacingException refusal) {
                Feedback.error(Feedback.text(refusal));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(from, to, compare);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(list, bar, result);
    }

    /** A submitted version says so first; an editing session's autosaves say they were saved automatically. */
    private static String lineKey(ProposalVersionInfo version) {
        if (version.submitted()) {
            return "proposals.history.submitted-line";
        }
        return version.autosaved() ? "proposals.history.autosaved-line" : "proposals.history.line";
    }
}

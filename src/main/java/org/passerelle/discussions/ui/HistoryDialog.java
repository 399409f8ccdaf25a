package org.passerelle.discussions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.passerelle.base.Formats;
import org.passerelle.base.ui.MarkdownView;
import org.passerelle.discussions.MessageVersion;

/** The texts an edited message has had, oldest first. */
final class HistoryDialog extends Dialog {

    HistoryDialog(List<MessageVersion> versions) {
        setHeaderTitle(getTranslation("discussions.history"));
        addClassName("thread-history");
        for (MessageVersion version : versions) {
            Div entry = new Div(
                    new Span(getTranslation(
                            "discussions.version-since", Formats.dateTime(version.since(), getLocale()))),
                    new MarkdownView(version.text()));
            entry.addClassName("thread-history-entry");
            add(entry);
        }
        getFooter().add(new Button(getTranslation("discussions.close"), click -> close()));
    }
}

package org.passerelle.accounts.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.passerelle.accounts.MyDataExports;
import org.passerelle.accounts.MyDataStatus;
import org.passerelle.base.Formats;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;

/**
 * "Download my data" on the profile: asks for the export, shows its progress (polled every second while it runs),
 * then the link to the ZIP until it expires, or why it failed.
 */
final class MyDataCard extends Div {

    final Button request = new Button();
    final ProgressBar progress = new ProgressBar(0, 100);
    final Paragraph status = new Paragraph();
    final Anchor download;
    private final MyDataExports exports;
    private Registration polling;

    MyDataCard(MyDataExports exports, long linkHours) {
        this.exports = exports;
        addClassName("passerelle-card");
        request.setText(getTranslation("mydata.request"));
        request.addClickListener(click -> request());
        status.getElement().setAttribute("role", "status");
        download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    MyDataStatus latest = exports.mine().orElseThrow();
                    return new DownloadResponse(
                            exports.open(latest.id()),
                            MyDataExports.downloadName(),
                            "application/zip",
                            latest.sizeBytes() == null ? -1 : latest.sizeBytes());
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("mydata.download"));
        add(
                new H3(getTranslation("mydata.title")),
                new Paragraph(getTranslation("mydata.intro", linkHours)),
                request,
                progress,
                status,
                download);
        refresh();
    }

    private void request() {
        try {
            exports.request();
            refresh();
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }

    /** Shows the latest export as it stands now. */
    void refresh() {
        Optional<MyDataStatus> latest = exports.mine();
        boolean running = latest.map(MyDataStatus::inProgress).orElse(false);
        boolean ready = latest.map(MyDataStatus::ready).orElse(false);
        progress.setVisible(running);
        download.setVisible(ready);
        request.setEnabled(!running);
        status.setText(latest.map(this::describe).orElse(""));
        latest.ifPresent(s -> progress.setValue(s.progress()));
        poll(running);
    }

    private String describe(MyDataStatus s) {
        if (s.inProgress()) {
            return getTranslation("mydata.progress", s.progress());
        }
        if (s.ready()) {
            return getTranslation(
                    "mydata.ready",
                    Formats.number(Math.max(1, (s.sizeBytes() == null ? 0 : s.sizeBytes()) / 1024), getLocale()),
                    Formats.dateTime(s.expiresAt(), getLocale()));
        }
        return getTranslation(s.failureKey() == null ? "mydata.failure.error" : s.failureKey());
    }

    private void poll(boolean on) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (on && polling == null) {
            ui.setPollInterval(1000);
            polling = ui.addPollListener(event -> refresh());
        } else if (!on && polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
            detachEvent.getUI().setPollInterval(-1);
        }
    }
}

package org.passerelle.documents.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.ui.LiveUpdates;
import org.passerelle.documents.DocumentChanges;
import org.passerelle.documents.DocumentEvents.DocumentChange;
import org.passerelle.documents.DocumentNotFoundException;
import org.passerelle.documents.DocumentService;
import org.passerelle.documents.DocumentSummary;
import org.passerelle.security.Viewer;

/**
 * One document: what it is (type, size, title, author, pages…, languages by share), the state of its text (with
 * the reason when it has none), the text a page at a time, its versions and a download button. Follows its
 * extraction live while attached. A document one may not see is "not found".
 */
@Route("documents/:id")
@PermitAll
public final class DocumentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Div metadata = new Div();
    final Anchor download = new Anchor();
    final DocumentTextReader reader;
    final Div versions = new Div();
    private final DocumentService documents;
    private final DocumentChanges changes;
    private DocumentSummary document;
    private SubjectRef followed;
    private Registration following;

    DocumentView(DocumentService documents, DocumentChanges changes) {
        this.documents = documents;
        this.changes = changes;
        this.reader = new DocumentTextReader(documents);
        addClassName("passerelle-page");
        download.setText(getTranslation("documents.download"));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        download.getElement().getThemeList().add("primary");
        download.addClassName("passerelle-download");
        title.getStyle().set("overflow-wrap", "anywhere");
    }

    static RouteParameters parameters(long documentId) {
        return new RouteParameters("id", String.valueOf(documentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            requestedPage = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("page")
                    .filter(value -> value.matches("\\d{1,6}"))
                    .map(Integer::parseInt)
                    .orElse(1);
            show(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | DocumentNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** The page of the text to open at ({@code ?page=3}, e.g. from a search hit); 1 when none. */
    private int requestedPage = 1;

    void show(long documentId) {
        document = documents.get(documentId);
        follow(document.owner());
        removeAll();
        title.setText(document.name());
        download.setHref(document.downloadAddress());
        download.setVisible(!document.damaged());
        fillMetadata();
        reader.show(document, requestedPage);
        fillVersions();
        add(title, new HorizontalLayout(download), metadata, reader, versions);
    }

    private void fillMetadata() {
        metadata.removeAll();
        metadata.addClassName("passerelle-card");
        item("documents.meta.state", DocumentTexts.state(this, document));
        item("documents.meta.type", new Span(document.mediaType()));
        item("documents.meta.size", new Span(DocumentTexts.size(this, document.size())));
        item("documents.meta.uploaded", new Span(DocumentTexts.date(this, document.uploadedAt())));
        if (document.language() != null) {
            item(
                    document.languages().size() > 1 ? "documents.meta.languages" : "documents.meta.language",
                    new Span(DocumentTexts.languages(this, document)));
        }
        optional("documents.meta.title", document.title());
        optional("documents.meta.author", document.author());
        if (document.created() != null) {
            item("documents.meta.created", new Span(DocumentTexts.date(this, document.created())));
        }
        optional("documents.meta.pages", document.pages());
        optional("documents.meta.sheets", document.sheets());
        optional("documents.meta.slides", document.slides());
    }

    private void optional(String key, Object value) {
        if (value != null) {
            item(key, new Span(String.valueOf(value)));
        }
    }

    private void item(String key, com.vaadin.flow.component.Component value) {
        Span label = new Span(getTranslation(key));
        label.getStyle().set("font-weight", "600").set("min-width", "8em");
        Div line = new Div(label, value);
        line.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s)")
                .set("overflow-wrap", "anywhere");
        metadata.add(line);
    }

    private void fillVersions() {
        versions.removeAll();
        var all = documents.versions(document.id());
        if (all.size() < 2) {
            return;
        }
        versions.add(new H3(getTranslation("documents.versions")));
        for (DocumentSummary version : all) {
            String text = getTranslation("documents.version", version.versionNo()) + " · "
                    + DocumentTexts.date(this, version.uploadedAt()) + " · "
                    + DocumentTexts.size(this, version.size());
            if (version.id() == document.id()) {
                versions.add(new Div(new Span(text)));
            } else {
                versions.add(new Div(new RouterLink(text, DocumentView.class, parameters(version.id()))));
            }
        }
    }

    /** Follows the changes of the owner's documents while attached, with the rights of the person who opened it. */
    private void follow(SubjectRef owner) {
        if (owner.equals(followed)) {
            return;
        }
        if (following != null) {
            following.remove();
        }
        Viewer viewer = Viewer.current();
        followed = owner;
        following = LiveUpdates.bind(this, changes.channel(), owner, change -> viewer.run(() -> changed(change)));
    }

    private void changed(DocumentChange change) {
        if (!isAttached() || document == null || change.documentId() != document.id()) {
            return; // left meanwhile, or another document of the owner
        }
        try {
            show(document.id());
        } catch (DocumentNotFoundException gone) {
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    public String getPageTitle() {
        return document == null ? getTranslation("documents.title") : document.name();
    }
}

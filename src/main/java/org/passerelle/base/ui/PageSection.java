package org.passerelle.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A section that a module adds to the page of another module's subject (a space, a call, a proposal, a
 * session), so that no page imports a sibling module's views: the module that owns the section declares a bean
 * of {@code PageSection<TheSubject>} (the subject as its page reads it, e.g. {@code SpaceSummary}), and the page
 * shows what each returns, in order. Access is the section's own business, asked of its module's services.
 *
 * @param <S> what the page shows, as its own module gives it
 */
public interface PageSection<S> {

    /** Where a section shows. */
    enum Placement {
        /** On the subject's page. */
        PAGE,
        /** On the page and beside the subject's editor (e.g. a proposal's supporting documents). */
        PAGE_AND_EDITOR
    }

    /** The section for this subject as the reader sees it, or empty for none. */
    Optional<Component> create(S subject);

    /** Lower first; the page's own content comes before every section. */
    default int order() {
        return 0;
    }

    default Placement placement() {
        return Placement.PAGE;
    }

    /** The sections of a page, in order; {@code editor} keeps only those that also belong beside the editor. */
    static <S> List<Component> render(ObjectProvider<PageSection<S>> sections, S subject, boolean editor) {
        return sections.stream()
                .filter(section -> !editor || section.placement() == Placement.PAGE_AND_EDITOR)
                .sorted(Comparator.comparingInt(PageSection::order))
                .map(section -> section.create(subject))
                .flatMap(Optional::stream)
                .toList();
    }
}

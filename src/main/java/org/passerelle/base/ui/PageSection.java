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
 * shows what each returns, in order. Access is the section's own business, asked of its module's services; so is
 * what the section asks of the reader now ({@link #show}), which a page may put first.
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

    /**
     * A section as created for one reader, with what it asks of them now.
     *
     * @param action what the reader must do in this section now, as a short translated label (e.g. "declare your
     *     conflicts, then vote"), or {@code null} when it asks nothing of them
     */
    record Shown(Component component, String action) {

        public static Shown of(Component component) {
            return new Shown(component, null);
        }

        public boolean asksSomething() {
            return action != null;
        }
    }

    /**
     * The section for this reader and what it asks of them now, decided by the module that owns the section from
     * what it read to create it (no second look-up). A page that leads with the reader's action puts the sections
     * that ask something first and names their action at the top. By default a section asks nothing.
     */
    default Optional<Shown> show(S subject) {
        return create(subject).map(Shown::of);
    }

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

    /** As {@link #render}, with what each section asks of the reader (see {@link #show}). */
    static <S> List<Shown> showAll(ObjectProvider<PageSection<S>> sections, S subject, boolean editor) {
        return sections.stream()
                .filter(section -> !editor || section.placement() == Placement.PAGE_AND_EDITOR)
                .sorted(Comparator.comparingInt(PageSection::order))
                .map(section -> section.show(subject))
                .flatMap(Optional::stream)
                .toList();
    }
}

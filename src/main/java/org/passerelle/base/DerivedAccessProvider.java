package org.passerelle.base;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.passerelle.base.Access.Right;

/**
 * A provider for a kind whose access follows from other subjects' (a call's and a session's from their space, a
 * document's from its owner, a thread's from its subject): it loads the subjects (those the transaction holds
 * without a query), asks all their parents at once, then derives each answer. A subject's own module says how.
 *
 * <p>Its methods are not final: the subclasses are transactional, and a proxy cannot pass a final method on.
 *
 * @param <E> the entity of the kind
 */
public abstract class DerivedAccessProvider<E> implements SubjectAccessProvider {

    private final SubjectKind kind;
    private final Class<E> type;
    private final EntityLoader loader;
    private final SubjectAccess subjects;

    protected DerivedAccessProvider(SubjectKind kind, Class<E> type, EntityLoader loader, SubjectAccess subjects) {
        this.kind = kind;
        this.type = type;
        this.loader = loader;
        this.subjects = subjects;
    }

    @Override
    public SubjectKind kind() {
        return kind;
    }

    @Override
    public Map<Long, Access> accessTo(Collection<Long> ids) {
        List<E> found = loader.byIds(type, ids);
        Set<SubjectRef> parents = new LinkedHashSet<>();
        found.forEach(entity -> parents.addAll(parents(entity)));
        Map<SubjectRef, Access> known = subjects.of(parents);
        Map<Long, Access> answer = new HashMap<>();
        for (E entity : found) {
            Access access = derive(entity, known);
            if (access != null && access.see()) {
                answer.put(access.subject().id(), access);
            }
        }
        return answer;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids, java.util.Locale reader) {
        Map<Long, String> answer = new HashMap<>();
        for (E entity : loader.byIds(type, ids)) {
            String title = title(entity, reader);
            if (title != null) {
                answer.put(idOf(entity), title);
            }
        }
        return answer;
    }

    /**
     * Search keys follow from the parents' keys: the subclass names which parents' keys, for which right, each
     * subject's keys need ({@link #keyParents}), they are asked at once, then it derives each subject's keys
     * ({@link #deriveKeys}).
     */
    @Override
    public Map<Long, Set<String>> searchKeys(Collection<Long> ids, Right right) {
        List<E> found = loader.byIds(type, ids);
        Map<Right, Set<SubjectRef>> needed = new EnumMap<>(Right.class);
        for (E entity : found) {
            keyParents(entity, right)
                    .forEach((parent, parentRight) -> needed.computeIfAbsent(parentRight, r -> new LinkedHashSet<>())
                            .add(parent));
        }
        Map<Right, Map<SubjectRef, Set<String>>> known = new EnumMap<>(Right.class);
        needed.forEach((parentRight, parents) -> known.put(parentRight, subjects.searchKeys(parents, parentRight)));
        Map<Long, Set<String>> answer = new HashMap<>();
        for (E entity : found) {
            Set<String> keys = deriveKeys(
                    entity,
                    right,
                    (parent, parentRight) ->
                            known.getOrDefault(parentRight, Map.of()).getOrDefault(parent, Set.of()));
            if (!keys.isEmpty()) {
                answer.put(idOf(entity), keys);
            }
        }
        return answer;
    }

    /** The parents whose keys, for which of their rights, the subject's keys for {@code right} follow from. */
    protected Map<SubjectRef, Right> keyParents(E entity, Right right) {
        return Map.of();
    }

    /**
     * The subject's keys for {@code right} from its parents' ({@code parentKeys.apply(parent, parentRight)} for
     * those named by {@link #keyParents}); none by default: nobody finds the kind.
     */
    protected Set<String> deriveKeys(E entity, Right right, BiFunction<SubjectRef, Right, Set<String>> parentKeys) {
        return Set.of();
    }

    /** The subject's title for {@link #titles}; none by default. */
    protected String title(E entity, java.util.Locale reader) {
        return null;
    }

    /** The subject's id (for {@link #titles}). */
    protected Long idOf(E entity) {
        throw new UnsupportedOperationException(kind + " has no titles");
    }

    /** The subjects this one's access follows from (its space, its owner…); none when it has no valid one. */
    protected abstract List<SubjectRef> parents(E entity);

    /** This subject's access from its parents' answers; {@code null} or {@link Access#hidden} when not seen. */
    protected abstract Access derive(E entity, Map<SubjectRef, Access> parents);
}

package org.passerelle.base;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one answer to "what may the signed-in person do with this subject?", asked of the module that owns the
 * subject's kind ({@link SubjectAccessProvider}) and asked in bulk, so that a list, a notification fan-out or a
 * search filters many subjects with a few queries.
 *
 * <p>Answers are remembered for the current server round-trip ({@link RoundTripMemo}: the Vaadin request or
 * else the transaction, forgotten at every state change), so that the sections of one page do not each
 * re-derive the same access.
 */
@Component
public class SubjectAccess {

    private final ObjectProvider<SubjectAccessProvider> found;
    private final ObjectProvider<ReaderKeys> readerKeySources;
    private final RoundTripMemo memo;
    private volatile Map<SubjectKind, SubjectAccessProvider> providers;

    /** Providers are looked up at first use: they ask this class in turn (e.g. a proposal asks its space). */
    SubjectAccess(
            ObjectProvider<SubjectAccessProvider> providers,
            ObjectProvider<ReaderKeys> readerKeySources,
            RoundTripMemo memo) {
        this.found = providers;
        this.readerKeySources = readerKeySources;
        this.memo = memo;
    }

    private Map<SubjectKind, SubjectAccessProvider> providers() {
        Map<SubjectKind, SubjectAccessProvider> known = providers;
        if (known == null) {
            known = new EnumMap<>(SubjectKind.class);
            for (SubjectAccessProvider provider : found) {
                if (known.put(provider.kind(), provider) != null) {
                    throw new IllegalStateException("Two access providers for " + provider.kind());
                }
            }
            providers = known;
        }
        return known;
    }

    /** What the person may do with this subject ({@link Access#hidden} when unknown or not theirs to see). */
    public Access of(SubjectRef subject) {
        return of(List.of(subject)).get(subject);
    }

    /** Shorthand for {@code of(subject).may(right)}. */
    public boolean may(SubjectRef subject, Access.Right right) {
        return of(subject).may(right);
    }

    /**
     * The subject's access when the person sees it; otherwise the module's own "not found", the same for an
     * unknown subject and for a hidden one.
     */
    public Access require(SubjectRef subject, Supplier<? extends RuntimeException> notFound) {
        Access access = of(subject);
        if (!access.see()) {
            throw notFound.get();
        }
        return access;
    }

    /**
     * What the person may do with each subject, with one question per kind to the owning modules, all in one
     * read-only transaction (a subject's answer often needs its space's).
     */
    @Transactional(readOnly = true)
    public Map<SubjectRef, Access> of(Collection<SubjectRef> subjects) {
        Map<SubjectRef, Access> answer = new LinkedHashMap<>();
        Map<SubjectKind, List<Long>> missing = new EnumMap<>(SubjectKind.class);
        for (SubjectRef subject : subjects) {
            Access known = memo.recall(subject);
            if (known != null) {
                answer.put(subject, known);
            } else {
                missing.computeIfAbsent(subject.kind(), k -> new java.util.ArrayList<>())
                        .add(subject.id());
            }
        }
        missing.forEach((kind, ids) -> {
            SubjectAccessProvider provider = providers().get(kind);
            Map<Long, Access> found = provider == null || anonymous() ? Map.of() : provider.accessTo(ids);
            for (Long id : ids) {
                SubjectRef subject = new SubjectRef(kind, id);
                Access access = found.getOrDefault(id, Access.hidden(subject));
                answer.put(subject, access);
                memo.keep(subject, access);
            }
        });
        return answer;
    }

    /**
     * What each subject the person sees is called (in the reader's language), for notifications, the home page
     * and search; subjects the person does not see are left out, so their titles never travel.
     */
    @Transactional(readOnly = true)
    public Map<SubjectRef, String> titles(Collection<SubjectRef> subjects, java.util.Locale reader) {
        Map<SubjectKind, List<Long>> seen = new EnumMap<>(SubjectKind.class);
        of(subjects).forEach((subject, access) -> {
            if (access.see()) {
                seen.computeIfAbsent(subject.kind(), k -> new java.util.ArrayList<>())
                        .add(subject.id());
            }
        });
        Map<SubjectRef, String> answer = new LinkedHashMap<>();
        seen.forEach((kind, ids) -> providers()
                .get(kind)
                .titles(ids, reader)
                .forEach((id, title) -> answer.put(new SubjectRef(kind, id), title)));
        return answer;
    }

    /**
     * Who may find each subject in a search index: keys such that a person holding any of them has the right on it
     * (see {@link SubjectAccessProvider#searchKeys}). Asked when indexing, with or without a signed-in person.
     */
    @Transactional(readOnly = true)
    public Map<SubjectRef, java.util.Set<String>> searchKeys(Collection<SubjectRef> subjects, Access.Right right) {
        Map<SubjectKind, List<Long>> byKind = new EnumMap<>(SubjectKind.class);
        for (SubjectRef subject : subjects) {
            byKind.computeIfAbsent(subject.kind(), k -> new java.util.ArrayList<>())
                    .add(subject.id());
        }
        Map<SubjectRef, java.util.Set<String>> answer = new LinkedHashMap<>();
        byKind.forEach((kind, ids) -> {
            SubjectAccessProvider provider = providers().get(kind);
            Map<Long, java.util.Set<String>> keys = provider == null ? Map.of() : provider.searchKeys(ids, right);
            for (Long id : ids) {
                answer.put(new SubjectRef(kind, id), keys.getOrDefault(id, java.util.Set.of()));
            }
        });
        return answer;
    }

    /** Shorthand for one subject's {@link #searchKeys(Collection, Access.Right)}. */
    public java.util.Set<String> searchKeys(SubjectRef subject, Access.Right right) {
        return searchKeys(List.of(subject), right).get(subject);
    }

    /**
     * The search keys the signed-in person holds, from every module that decides some access ({@link ReaderKeys}):
     * a search shows an entry only when one of its keys is among these. None for an anonymous visitor.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> readerKeys() {
        if (anonymous()) {
            return java.util.Set.of();
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        readerKeySources.forEach(source -> keys.addAll(source.readerKeys()));
        return java.util.Set.copyOf(keys);
    }

    /** Forgets what this round-trip remembered; every state change does it (see {@link RoundTripMemo}). */
    public void forget() {
        memo.forget();
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated();
    }
}

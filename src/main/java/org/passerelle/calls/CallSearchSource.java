package org.passerelle.calls;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.base.Access.Right;
import org.passerelle.base.SearchEntry;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SearchSource;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.calls.domain.CallForProposals;
import org.passerelle.calls.domain.CallRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Calls for proposals for the search index: both languages' title, description and guidance. */
@Component
@Transactional(readOnly = true)
class CallSearchSource implements SearchSource {

    private final CallRepository calls;
    private final SubjectAccess subjects;

    CallSearchSource(CallRepository calls, SubjectAccess subjects) {
        this.calls = calls;
        this.subjects = subjects;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.CALL;
    }

    @Override
    public List<SearchEntry> entries(Collection<Long> ids) {
        List<CallForProposals> found = calls.findAllById(ids);
        Map<SubjectRef, Set<String>> keys = subjects.searchKeys(
                found.stream().map(c -> SubjectRef.call(c.getId())).toList(), Right.SEE);
        return found.stream()
                .map(call -> new SearchEntry(
                        SearchKind.CALL,
                        call.getId(),
                        0,
                        call.getTitleEn(),
                        call.getTitleFr(),
                        join(
                                call.getDescriptionEn(),
                                call.getDescriptionFr(),
                                call.getGuidanceEn(),
                                call.getGuidanceFr()),
                        null,
                        call.getSpaceId(),
                        call.getId(),
                        call.getCountries().size() == 1
                                ? call.getCountries().iterator().next()
                                : null,
                        call.getSectors().stream().map(Enum::name).collect(Collectors.toSet()),
                        call.getOpensOn() == null
                                ? null
                                : call.getOpensOn().atStartOfDay().toInstant(ZoneOffset.UTC),
                        "calls/" + call.getId(),
                        keys.getOrDefault(SubjectRef.call(call.getId()), Set.of())))
                .toList();
    }

    static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(part).append("\n\n");
            }
        }
        return text.toString();
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return calls.idsAfter(after, Limit.of(limit));
    }
}

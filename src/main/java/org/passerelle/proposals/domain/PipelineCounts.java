package org.passerelle.proposals.domain;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.domain.ProposalCounts.Reader;
import org.springframework.stereotype.Repository;

/**
 * The 3E pipeline's figures, each one aggregate query whatever the number of proposals, with the reader's rule of
 * {@link ProposalCounts} (never another association's draft; submitted proposals for staff and the members of
 * their space) and the page's filters in the where clause.
 */
@Repository
public class PipelineCounts {

    /** Optional filters of the pipeline; null means any. {@code sector} is a {@code Sector} name. */
    public record Filter(Long spaceId, Long callId, LocalDate from, LocalDate to, String country, String sector) {
        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    private final ProposalCounts queries;

    PipelineCounts(ProposalCounts queries) {
        this.queries = queries;
    }

    /** One group of the pipeline: how many proposals of a call (in its space) are in a state. */
    public record StateCount(long spaceId, long callId, ProposalState state, long count) {}

    public List<StateCount> byCallAndState(Reader reader, Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query query = queries.native_(
                "select p.space_id, p.call_id, p.state, count(*) from proposal p where"
                        + ProposalCounts.readable(reader) + filter(filter, params)
                        + " group by p.space_id, p.call_id, p.state",
                reader,
                params);
        List<StateCount> found = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new StateCount(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ProposalState.valueOf((String) r[2]),
                    ((Number) r[3]).longValue()));
        }
        return found;
    }

    /**
     * The median number of days proposals stayed in each state they left, from the stay each transition records
     * (the time before the first one counts from the proposal's creation): state to {median, how many stays}.
     */
    public Map<ProposalState, double[]> medianDaysByState(Reader reader, Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query query = queries.native_(
                "select tr.from_state, percentile_cont(0.5) within group (order by tr.stay_seconds / 86400.0),"
                        + " count(*) from proposal_transition tr join proposal p on p.id = tr.proposal_id"
                        + " where tr.stay_seconds is not null and" + ProposalCounts.readable(reader)
                        + filter(filter, params)
                        + " group by tr.from_state",
                reader,
                params);
        Map<ProposalState, double[]> found = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            found.put(
                    ProposalState.valueOf((String) r[0]),
                    new double[] {((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()});
        }
        return found;
    }

    /** Accepted projects (accepted, in implementation, completed) grouped by the listed column. */
    public Map<String, Long> acceptedBy(Reader reader, Filter filter, boolean bySectors) {
        Map<String, Object> params = new LinkedHashMap<>();
        String column = bySectors ? "p.list_sectors" : "p.list_country";
        Query query = queries.native_(
                "select " + column + ", count(*) from proposal p where p.state in ('ACCEPTED', 'IN_IMPLEMENTATION',"
                        + " 'COMPLETED') and" + ProposalCounts.readable(reader) + filter(filter, params) + " group by "
                        + column,
                reader,
                params);
        Map<String, Long> found = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            found.put(r[0] == null ? "" : (String) r[0], ((Number) r[1]).longValue());
        }
        return found;
    }

    /** Milestones not done whose date has passed, of the proposals the reader reads. */
    public long lateMilestones(Reader reader, Filter filter, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        return queries.count(
                "select count(*) from proposal_milestone m join proposal p on p.id = m.proposal_id"
                        + " where m.done = false and m.due_on < :today and" + ProposalCounts.readable(reader)
                        + filter(filter, params),
                reader,
                params);
    }

    private static String filter(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (filter.spaceId() != null) {
            where.append(" and p.space_id = :spaceId");
            params.put("spaceId", filter.spaceId());
        }
        if (filter.callId() != null) {
            where.append(" and p.call_id = :callId");
            params.put("callId", filter.callId());
        }
        if (filter.from() != null) {
            where.append(" and p.created_at >= :fromInstant");
            params.put(
                    "fromInstant",
                    filter.from()
                            .atStartOfDay(org.passerelle.base.TimeZones.OFFICE)
                            .toInstant());
        }
        if (filter.to() != null) {
            where.append(" and p.created_at < :toInstant");
            params.put(
                    "toInstant",
                    filter.to()
                            .plusDays(1)
                            .atStartOfDay(org.passerelle.base.TimeZones.OFFICE)
                            .toInstant());
        }
        if (filter.country() != null) {
            where.append(" and p.list_country = :country");
            params.put("country", filter.country());
        }
        if (filter.sector() != null) {
            where.append(" and p.list_sectors like :sector escape '!'");
            params.put("sector", "%," + filter.sector().replace("_", "!_") + ",%");
        }
        return where.toString();
    }
}

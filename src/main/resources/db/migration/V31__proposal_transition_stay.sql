-- How long a proposal stayed in the state a transition leaves (seconds since the previous transition, or since
-- the proposal's creation for the first one): written with each transition, so that the pipeline's median
-- days per state are one aggregate over an indexed column, not a window over every proposal's history.
alter table proposal_transition add column stay_seconds bigint;
update proposal_transition t set stay_seconds = cast(extract(epoch from t.occurred_at) - extract(epoch from coalesce(
    (select max(t2.occurred_at) from proposal_transition t2 where t2.proposal_id = t.proposal_id and t2.id < t.id),
    (select p.created_at from proposal p where p.id = t.proposal_id))) as bigint);
create index ix_proposal_transition_from_state on proposal_transition (from_state, proposal_id);

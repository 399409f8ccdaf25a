-- Indexes for the home page and the 3E pipeline (dashboard): each count is one indexed query.
-- The board's open questions: questions a person asked that wait for an answer.
create index ix_review_question_asker on review_question (asked_by, answered_at);
-- Pipeline per space and state; the person's proposals by association and state.
create index ix_proposal_space_state on proposal (space_id, state);
create index ix_proposal_association_state on proposal (association_id, state);
-- Milestones not done by due date (late and due soon).
create index ix_proposal_milestone_due on proposal_milestone (done, due_on);
-- Ballots awaiting a person's vote, and open ballots by closing time.
create index ix_ballot_elector_awaiting on ballot_elector (account_id, voted, ballot_id);
create index ix_ballot_open_closing on ballot (closed_at, opens_at, closes_at);

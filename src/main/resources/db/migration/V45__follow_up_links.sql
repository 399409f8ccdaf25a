-- Empower follow-up as one flow: a progress report may name one milestone of its proposal, and an action item of
-- a session may become a milestone of a proposal (once: the action item is the key).
alter table progress_report add column milestone_id bigint;
alter table progress_report
    add constraint fk_progress_report_milestone foreign key (milestone_id) references proposal_milestone (id)
        on delete set null;
create index ix_progress_report_milestone on progress_report (milestone_id);

create table session_action_milestone (
    action_item_id bigint not null primary key,
    proposal_id    bigint not null,
    milestone_id   bigint not null,
    created_by     bigint not null,
    created_at     timestamp with time zone not null,
    constraint fk_session_action_milestone_item foreign key (action_item_id)
        references session_action_item (id) on delete cascade,
    constraint fk_session_action_milestone_milestone foreign key (milestone_id)
        references proposal_milestone (id) on delete cascade
);
create index ix_session_action_milestone on session_action_milestone (milestone_id);

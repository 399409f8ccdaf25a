-- Consent to publish an accepted proposal on the public outcomes page (/outcomes): one row per proposal whose
-- co-authors agreed at least once, with the public summary in English and/or French. Withdrawing the agreement
-- keeps the row (and who withdrew, when) but takes it off the page at once; agreeing again puts it back.
create table proposal_publication (
    proposal_id   bigint                   not null primary key,
    published     boolean                  not null,
    summary_en    varchar(1000),
    summary_fr    varchar(1000),
    agreed_by     bigint,
    agreed_at     timestamp with time zone not null,
    withdrawn_by  bigint,
    withdrawn_at  timestamp with time zone,
    version       bigint                   not null,
    constraint fk_proposal_publication_proposal foreign key (proposal_id) references proposal (id) on delete cascade,
    constraint fk_proposal_publication_agreed_by foreign key (agreed_by) references account (id) on delete set null,
    constraint fk_proposal_publication_withdrawn_by foreign key (withdrawn_by) references account (id)
        on delete set null,
    constraint ck_proposal_publication_summary check (summary_en is not null or summary_fr is not null)
);
create index ix_proposal_publication_published on proposal_publication (published);

-- People's public profiles and the opt-in expert and speaker pool. A profile row appears on the person's
-- first save and disappears with the account (on delete cascade), as do its lists.
create table person_profile (
    account_id     bigint        not null primary key,
    bio            varchar(1000),
    phone          varchar(40),
    contact_email  varchar(254),
    in_expert_pool boolean       not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint fk_person_profile_account foreign key (account_id) references account (id) on delete cascade
);
create index ix_person_profile_pool on person_profile (in_expert_pool, account_id);

-- Spoken languages (ISO 639 codes).
create table person_language (
    account_id bigint     not null,
    code       varchar(8) not null,
    constraint pk_person_language primary key (account_id, code),
    constraint fk_person_language_profile foreign key (account_id)
        references person_profile (account_id) on delete cascade
);
create index ix_person_language_code on person_language (code);

-- Countries of origin (ISO 3166 alpha-2 codes).
create table person_origin_country (
    account_id bigint     not null,
    code       varchar(2) not null,
    constraint pk_person_origin_country primary key (account_id, code),
    constraint fk_person_origin_country_profile foreign key (account_id)
        references person_profile (account_id) on delete cascade
);
create index ix_person_origin_country_code on person_origin_country (code);

-- Countries where the person works (ISO 3166 alpha-2 codes).
create table person_work_country (
    account_id bigint     not null,
    code       varchar(2) not null,
    constraint pk_person_work_country primary key (account_id, code),
    constraint fk_person_work_country_profile foreign key (account_id)
        references person_profile (account_id) on delete cascade
);
create index ix_person_work_country_code on person_work_country (code);

-- Sectors of expertise (names of the Sector enum).
create table person_sector (
    account_id bigint      not null,
    sector     varchar(32) not null,
    constraint pk_person_sector primary key (account_id, sector),
    constraint fk_person_sector_profile foreign key (account_id)
        references person_profile (account_id) on delete cascade
);
create index ix_person_sector_sector on person_sector (sector);

-- Skills and expertise as free tags, in the order the person gave them (unique case-insensitively,
-- which the service ensures: neither database indexes lower() portably).
create table person_skill (
    account_id bigint      not null,
    position   integer     not null,
    skill      varchar(40) not null,
    constraint pk_person_skill primary key (account_id, position),
    constraint fk_person_skill_profile foreign key (account_id)
        references person_profile (account_id) on delete cascade
);

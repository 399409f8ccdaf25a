-- Autosaves of one editing session update one version instead of adding one each: which versions were made by
-- autosaves, and when each was last saved (null: when it was created).
alter table proposal_version add column autosaved boolean default false not null;
alter table proposal_version add column saved_at timestamp with time zone;
update proposal_version set saved_at = created_at;

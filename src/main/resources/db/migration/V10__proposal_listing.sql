-- What lists show of a proposal without reading its content: the current title, country and sectors
-- (for its authors), and the listed ones (with a lower-case sort key for the title) (the submitted version's once submitted, else the current
-- ones) for the call's list and the staff. Sectors are stored as ",A,B," so that one sector filters
-- with a LIKE on an index-free but narrow column.
alter table proposal add column country varchar(2);
alter table proposal add column sectors varchar(500) default ',' not null;
alter table proposal add column list_title varchar(200);
alter table proposal add column list_title_key varchar(200);
alter table proposal add column list_country varchar(2);
alter table proposal add column list_sectors varchar(500) default ',' not null;
update proposal set list_title = title, list_title_key = lower(title);
create index ix_proposal_call_updated on proposal (call_id, updated_at);
create index ix_proposal_call_title on proposal (call_id, list_title_key);
create index ix_proposal_state_updated on proposal (state, updated_at);

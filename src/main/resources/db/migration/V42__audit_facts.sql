-- Audit entries keep their details as typed facts (people, states, dates, names), a JSON array such as
-- [{"kind":"PERSON","value":"5"},{"kind":"LABEL","value":"spaces.role.BOARD_MEMBER"}], rendered in the reader's
-- language. Null in the rows written before: those show their English "details" text, which new rows keep too.
-- A plain varchar, the same on H2 and PostgreSQL (the application writes and reads it as text).
alter table audit_entry add column facts varchar(8000);

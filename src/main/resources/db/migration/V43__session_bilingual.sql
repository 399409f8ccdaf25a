-- Session titles and descriptions in English and French, like calls: the existing columns hold the English
-- text (what was written so far stays there), the new ones the French text; either title may be empty, not both.
alter table cocreation_session add column title_fr varchar(150);
alter table cocreation_session add column description_fr varchar(8000);
alter table cocreation_session alter column title drop not null;
alter table cocreation_session add constraint ck_cocreation_session_title check (title is not null or title_fr is not null);

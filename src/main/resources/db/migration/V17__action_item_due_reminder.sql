-- When the owner of an open action item was reminded that it is due (once per item).
alter table session_action_item add column due_reminded_at timestamp with time zone;
create index ix_session_action_item_due on session_action_item (status, due_on);

-- The home's "mentions" block reads a person's newest notifications of one category and counts the unread ones.
create index ix_notification_category on notification (recipient_id, category, id);

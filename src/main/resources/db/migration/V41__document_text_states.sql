-- Documents, second pass. A document's state may now be EMPTY (read, but no text in it; its reason in
-- failure_key, a NoTextReason key), which fits the existing varchar(16) state column.
-- text_source: where the text came from (TEXT_LAYER, OCR or MIXED), null without text.
-- language_shares: the document's languages by share of its text, largest first, e.g. "fr:92,en:8"; the main
-- one stays in "language".
alter table document add column text_source varchar(16);
alter table document add column language_shares varchar(200);

-- The language of each stored page of the text (ISO 639-1), null when unknown.
alter table document_text_page add column language varchar(16);

-- people.quote_count / claim_count and the same on organisations, kept in the ingest's own
-- transaction: each quote counts for its speaker, each claim for its source. A replaced file's
-- quotes and claims are deleted row by row (the cascade from source_files), so the delete triggers
-- keep the counts right without a rebuild. Entities are stored before their article's quotes and
-- claims, so the row to count on always exists.
CREATE TRIGGER `quotes_people_quote_count_insert` AFTER INSERT ON `quotes` WHEN new.speaker_type = 'person' BEGIN
  UPDATE people SET quote_count = quote_count + 1 WHERE id = new.speaker_id;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_people_quote_count_delete` AFTER DELETE ON `quotes` WHEN old.speaker_type = 'person' BEGIN
  UPDATE people SET quote_count = quote_count - 1 WHERE id = old.speaker_id;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_organisations_quote_count_insert` AFTER INSERT ON `quotes` WHEN new.speaker_type = 'organisation' BEGIN
  UPDATE organisations SET quote_count = quote_count + 1 WHERE id = new.speaker_id;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_organisations_quote_count_delete` AFTER DELETE ON `quotes` WHEN old.speaker_type = 'organisation' BEGIN
  UPDATE organisations SET quote_count = quote_count - 1 WHERE id = old.speaker_id;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_people_claim_count_insert` AFTER INSERT ON `claims` WHEN new.source_type = 'person' BEGIN
  UPDATE people SET claim_count = claim_count + 1 WHERE id = new.source_id;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_people_claim_count_delete` AFTER DELETE ON `claims` WHEN old.source_type = 'person' BEGIN
  UPDATE people SET claim_count = claim_count - 1 WHERE id = old.source_id;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_organisations_claim_count_insert` AFTER INSERT ON `claims` WHEN new.source_type = 'organisation' BEGIN
  UPDATE organisations SET claim_count = claim_count + 1 WHERE id = new.source_id;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_organisations_claim_count_delete` AFTER DELETE ON `claims` WHEN old.source_type = 'organisation' BEGIN
  UPDATE organisations SET claim_count = claim_count - 1 WHERE id = old.source_id;
END;
--> statement-breakpoint
UPDATE people SET
  quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = people.id AND speaker_type = 'person'),
  claim_count = (SELECT count(*) FROM claims WHERE source_id = people.id AND source_type = 'person');
--> statement-breakpoint
UPDATE organisations SET
  quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = organisations.id AND speaker_type = 'organisation'),
  claim_count = (SELECT count(*) FROM claims WHERE source_id = organisations.id AND source_type = 'organisation');

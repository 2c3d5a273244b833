-- Full-text search (SQLite FTS5) over article bodies, quote texts and claim sentences.
-- External-content tables kept in sync by triggers, so every ingest (and every cascade
-- delete of a replaced file) updates the index in the same transaction.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `quotes_fts` USING fts5(text, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `quotes_fts_insert` AFTER INSERT ON `quotes` BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_fts_delete` AFTER DELETE ON `quotes` BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `claims_fts` USING fts5(sentence, subject, content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `claims_fts_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO claims_fts(rowid, sentence, subject) VALUES (new.rowid, new.sentence, new.subject);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_delete` AFTER DELETE ON `claims` BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, sentence, subject) VALUES ('delete', old.rowid, old.sentence, old.subject);
END;
--> statement-breakpoint
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');

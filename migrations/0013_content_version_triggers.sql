-- Every change to the facts goes through source_files (a file added, replaced or removed, one
-- transaction each), so a new token there marks every change of content.
INSERT INTO content_version (id, version) VALUES (1, lower(hex(randomblob(8))));
--> statement-breakpoint
CREATE TRIGGER `content_version_insert` AFTER INSERT ON `source_files` BEGIN
  UPDATE content_version SET version = lower(hex(randomblob(8))) WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_update` AFTER UPDATE ON `source_files` BEGIN
  UPDATE content_version SET version = lower(hex(randomblob(8))) WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_delete` AFTER DELETE ON `source_files` BEGIN
  UPDATE content_version SET version = lower(hex(randomblob(8))) WHERE id = 1;
END;

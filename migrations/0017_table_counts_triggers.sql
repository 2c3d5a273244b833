-- table_counts: the rows of each table /v1/stats reports, kept in the writer's own transaction. A
-- trigger per insert and delete (a replaced file's rows are deleted one by one by the cascade), so the
-- counts need no rebuild.
CREATE TRIGGER `source_files_count_insert` AFTER INSERT ON `source_files` BEGIN
  UPDATE table_counts SET rows = rows + 1 WHERE name = 'source_files';
END;
--> statement-breakpoint
CREATE TRIGGER `source_files_count_delete` AFTER DELETE ON `source_files` BEGIN
  UPDATE table_counts SET rows = rows - 1 WHERE name = 'source_files';
END;
--> statement-breakpoint
CREATE TRIGGER `articles_count_insert` AFTER INSERT ON `articles` BEGIN
  UPDATE table_counts SET rows = rows + 1 WHERE name = 'articles';
END;
--> statement-breakpoint
CREATE TRIGGER `articles_count_delete` AFTER DELETE ON `articles` BEGIN
  UPDATE table_counts SET rows = rows - 1 WHERE name = 'articles';
END;
--> statement-breakpoint
CREATE TRIGGER `people_count_insert` AFTER INSERT ON `people` BEGIN
  UPDATE table_counts SET rows = rows + 1 WHERE name = 'people';
END;
--> statement-breakpoint
CREATE TRIGGER `people_count_delete` AFTER DELETE ON `people` BEGIN
  UPDATE table_counts SET rows = rows - 1 WHERE name = 'people';
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_count_insert` AFTER INSERT ON `organisations` BEGIN
  UPDATE table_counts SET rows = rows + 1 WHERE name = 'organisations';
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_count_delete` AFTER DELETE ON `organisations` BEGIN
  UPDATE table_counts SET rows = rows - 1 WHERE name = 'organisations';
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_count_insert` AFTER INSERT ON `quotes` BEGIN
  UPDATE table_counts SET rows = rows + 1 WHERE name = 'quotes';
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_count_delete` AFTER DELETE ON `quotes` BEGIN
  UPDATE table_counts SET rows = rows - 1 WHERE name = 'quotes';
END;
--> statement-breakpoint
CREATE TRIGGER `claims_count_insert` AFTER INSERT ON `claims` BEGIN
  UPDATE table_counts SET rows = rows + 1 WHERE name = 'claims';
END;
--> statement-breakpoint
CREATE TRIGGER `claims_count_delete` AFTER DELETE ON `claims` BEGIN
  UPDATE table_counts SET rows = rows - 1 WHERE name = 'claims';
END;
--> statement-breakpoint
INSERT INTO table_counts (name, rows)
SELECT 'source_files', count(*) FROM source_files
UNION ALL SELECT 'articles', count(*) FROM articles
UNION ALL SELECT 'people', count(*) FROM people
UNION ALL SELECT 'organisations', count(*) FROM organisations
UNION ALL SELECT 'quotes', count(*) FROM quotes
UNION ALL SELECT 'claims', count(*) FROM claims;

-- claim_summaries kept up to date in the ingest's own transaction: every new claim is added to
-- its row in each grouping. Deletes only happen when a file is replaced, and the store rebuilds
-- the table then (a removed minimum or maximum cannot be undone row by row).
CREATE TRIGGER `claim_summaries_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO claim_summaries (group_by, key, key_type, unit, claim_count, value_sum, value_min, value_max)
  SELECT g.group_by, g.key, g.key_type, coalesce(new.unit, ''), 1, new.value, new.value, new.value
  FROM (
    SELECT 'category' AS group_by, new.category AS key, '' AS key_type
    UNION ALL SELECT 'unit', coalesce(new.unit, ''), ''
    UNION ALL SELECT 'qualifier', new.qualifier, ''
    UNION ALL SELECT 'source', coalesce(new.source_id, ''), coalesce(new.source_type, '')
    UNION ALL SELECT 'month', coalesce((SELECT substr(published_at, 1, 7) FROM articles WHERE id = new.article_id), ''), ''
  ) AS g
  WHERE true
  ON CONFLICT (group_by, key, key_type, unit) DO UPDATE SET
    claim_count = claim_count + 1,
    value_sum = value_sum + excluded.value_sum,
    value_min = min(value_min, excluded.value_min),
    value_max = max(value_max, excluded.value_max);
END;
--> statement-breakpoint
INSERT INTO claim_summaries
SELECT 'category', category, '', coalesce(unit, ''), count(*), sum(value), min(value), max(value) FROM claims GROUP BY 2, 4;
--> statement-breakpoint
INSERT INTO claim_summaries
SELECT 'unit', coalesce(unit, ''), '', coalesce(unit, ''), count(*), sum(value), min(value), max(value) FROM claims GROUP BY 2, 4;
--> statement-breakpoint
INSERT INTO claim_summaries
SELECT 'qualifier', qualifier, '', coalesce(unit, ''), count(*), sum(value), min(value), max(value) FROM claims GROUP BY 2, 4;
--> statement-breakpoint
INSERT INTO claim_summaries
SELECT 'source', coalesce(source_id, ''), coalesce(source_type, ''), coalesce(unit, ''), count(*), sum(value), min(value), max(value) FROM claims GROUP BY 2, 3, 4;
--> statement-breakpoint
INSERT INTO claim_summaries
SELECT 'month', coalesce(substr(a.published_at, 1, 7), ''), '', coalesce(c.unit, ''), count(*), sum(c.value), min(c.value), max(c.value)
FROM claims c JOIN articles a ON a.id = c.article_id GROUP BY 2, 4;

-- Fill the alias lookup from the per-article names of databases built before it existed.
INSERT OR IGNORE INTO entity_aliases (entity_type, folded, entity_id) SELECT DISTINCT entity_type, folded, entity_id FROM entity_names;

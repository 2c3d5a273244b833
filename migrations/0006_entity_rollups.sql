ALTER TABLE `entity_aliases` ADD `name` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `entity_aliases_entity_idx` ON `entity_aliases` (`entity_type`,`entity_id`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `article_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `first_seen` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `last_seen` text;--> statement-breakpoint
ALTER TABLE `people` ADD `article_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `first_seen` text;--> statement-breakpoint
ALTER TABLE `people` ADD `last_seen` text;
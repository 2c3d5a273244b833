DROP INDEX `claims_source_idx`;--> statement-breakpoint
CREATE INDEX `claims_source_idx` ON `claims` (`source_id`,`source_type`,`article_id`,`start`,`id`);--> statement-breakpoint
DROP INDEX `quotes_speaker_idx`;--> statement-breakpoint
CREATE INDEX `quotes_speaker_idx` ON `quotes` (`speaker_id`,`speaker_type`,`article_id`,`start`,`id`);
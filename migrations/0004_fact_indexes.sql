DROP INDEX `claims_source_idx`;--> statement-breakpoint
CREATE INDEX `claims_source_idx` ON `claims` (`source_id`,`article_id`,`start`,`id`);--> statement-breakpoint
DROP INDEX `quotes_speaker_idx`;--> statement-breakpoint
CREATE INDEX `quotes_speaker_idx` ON `quotes` (`speaker_id`,`article_id`,`start`,`id`);
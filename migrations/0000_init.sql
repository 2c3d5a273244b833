CREATE TABLE `article_entities` (
	`article_id` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	PRIMARY KEY(`article_id`, `entity_type`, `entity_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_entities_entity_idx` ON `article_entities` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`source_file` text NOT NULL,
	`source_sha256` text NOT NULL,
	`source_index` integer NOT NULL,
	`title` text,
	`byline` text,
	`dateline` text,
	`published_at` text,
	`agency` text,
	`url` text,
	`body` text NOT NULL,
	FOREIGN KEY (`source_file`) REFERENCES `source_files`(`path`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `articles_source_idx` ON `articles` (`source_file`,`source_index`);--> statement-breakpoint
CREATE INDEX `articles_published_idx` ON `articles` (`published_at`,`id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`text` text NOT NULL,
	`value` real NOT NULL,
	`value_max` real,
	`unit` text,
	`qualifier` text NOT NULL,
	`subject` text NOT NULL,
	`category` text NOT NULL,
	`source_type` text,
	`source_id` text,
	`sentence` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "claims_span_check" CHECK("claims"."start" >= 0 AND "claims"."end" >= "claims"."start")
);
--> statement-breakpoint
CREATE INDEX `claims_article_idx` ON `claims` (`article_id`,`start`,`id`);--> statement-breakpoint
CREATE INDEX `claims_source_idx` ON `claims` (`source_type`,`source_id`,`article_id`,`start`,`id`);--> statement-breakpoint
CREATE INDEX `claims_category_idx` ON `claims` (`category`,`article_id`,`start`,`id`);--> statement-breakpoint
CREATE TABLE `entity_names` (
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`name` text NOT NULL,
	`folded` text NOT NULL,
	`article_id` text NOT NULL,
	PRIMARY KEY(`entity_type`, `entity_id`, `folded`, `article_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entity_names_folded_idx` ON `entity_names` (`entity_type`,`folded`);--> statement-breakpoint
CREATE INDEX `entity_names_article_idx` ON `entity_names` (`article_id`);--> statement-breakpoint
CREATE TABLE `mentions` (
	`article_id` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`article_id`, `start`, `end`, `entity_type`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mentions_entity_idx` ON `mentions` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`acronym` text
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `person_organisations` (
	`person_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`article_id` text NOT NULL,
	PRIMARY KEY(`person_id`, `organisation_id`, `article_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `person_roles` (
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`article_id` text NOT NULL,
	PRIMARY KEY(`person_id`, `role`, `article_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`speaker_type` text,
	`speaker_id` text,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "quotes_span_check" CHECK("quotes"."start" >= 0 AND "quotes"."end" >= "quotes"."start")
);
--> statement-breakpoint
CREATE INDEX `quotes_article_idx` ON `quotes` (`article_id`,`start`,`id`);--> statement-breakpoint
CREATE INDEX `quotes_speaker_idx` ON `quotes` (`speaker_type`,`speaker_id`,`article_id`,`start`,`id`);--> statement-breakpoint
CREATE TABLE `source_files` (
	`path` text PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`article_count` integer NOT NULL
);

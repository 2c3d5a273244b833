CREATE TABLE `claim_summaries` (
	`group_by` text NOT NULL,
	`key` text NOT NULL,
	`key_type` text NOT NULL,
	`unit` text NOT NULL,
	`claim_count` integer NOT NULL,
	`value_sum` real NOT NULL,
	`value_min` real NOT NULL,
	`value_max` real NOT NULL,
	PRIMARY KEY(`group_by`, `key`, `key_type`, `unit`)
);

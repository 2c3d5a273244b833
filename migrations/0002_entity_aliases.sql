CREATE TABLE `entity_aliases` (
	`entity_type` text NOT NULL,
	`folded` text NOT NULL,
	`entity_id` text NOT NULL,
	PRIMARY KEY(`entity_type`, `folded`, `entity_id`)
);
--> statement-breakpoint
CREATE INDEX `claims_value_idx` ON `claims` (`value`,`id`);
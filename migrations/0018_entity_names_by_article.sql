PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_entity_names` (
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`name` text NOT NULL,
	`folded` text NOT NULL,
	`article_id` text NOT NULL,
	PRIMARY KEY(`article_id`, `entity_type`, `entity_id`, `folded`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_entity_names`("entity_type", "entity_id", "name", "folded", "article_id") SELECT "entity_type", "entity_id", "name", "folded", "article_id" FROM `entity_names`;--> statement-breakpoint
DROP TABLE `entity_names`;--> statement-breakpoint
ALTER TABLE `__new_entity_names` RENAME TO `entity_names`;--> statement-breakpoint
PRAGMA foreign_keys=ON;
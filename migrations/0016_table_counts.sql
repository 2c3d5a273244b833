CREATE TABLE `table_counts` (
	`name` text PRIMARY KEY NOT NULL,
	`rows` integer NOT NULL
);

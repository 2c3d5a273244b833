CREATE INDEX `organisations_name_idx` ON `organisations` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`name`,`id`);
-- claim_summaries takes a file's claims in once the file is stored (src/db/claim-summaries.ts), not claim by
-- claim: the trigger ran five upserts per claim. The table's rows are unchanged.
DROP TRIGGER IF EXISTS `claim_summaries_insert`;

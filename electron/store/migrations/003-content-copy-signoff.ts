// Schema version 3: a content item carries its post copy and hashtags, an approver and a sign-off (who,
// when). Items of an older file get empty copy and no hashtags (not NULL, which the model does not
// allow for them), no approver and no sign-off. Independent of migration 002 (task.ignore_calendar).
export const MIGRATION_003 = `
ALTER TABLE content_item ADD COLUMN post_copy TEXT DEFAULT '';
ALTER TABLE content_item ADD COLUMN hashtags TEXT DEFAULT '[]';
ALTER TABLE content_item ADD COLUMN approver_id TEXT;
ALTER TABLE content_item ADD COLUMN signed_off_by TEXT;
ALTER TABLE content_item ADD COLUMN signed_off_at TEXT;
`;

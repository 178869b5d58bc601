// Schema version 2: a task may ignore the plan's working-day calendar (always-on activities run
// through weekends and holidays). Rows of a version 1 file keep NULL there, which reads as false:
// they were planned on calendar days before and now follow the calendar like every new task.
export const MIGRATION_002 = `
ALTER TABLE task ADD COLUMN ignore_calendar INTEGER;
`;

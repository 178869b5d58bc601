// Schema version 1, frozen: generated once by scripts/gen-migration-sql.ts, then kept as written.
// Never edit a released migration: add the next version as a new file.
export const MIGRATION_001 = `
CREATE TABLE settings (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  name TEXT,
  client TEXT,
  start_date TEXT,
  end_date TEXT,
  time_zone TEXT,
  currency TEXT,
  language TEXT,
  total_budget REAL,
  peak_start TEXT,
  peak_end TEXT,
  score_weights TEXT,
  risk_bands TEXT
);

CREATE TABLE brief_section (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  key TEXT,
  title TEXT,
  body TEXT
);

CREATE TABLE swot_item (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  quadrant TEXT,
  text TEXT
);

CREATE TABLE pest_item (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  factor TEXT,
  text TEXT
);

CREATE TABLE market_figure (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  label TEXT,
  value REAL,
  unit TEXT,
  source TEXT,
  as_of TEXT
);

CREATE TABLE team (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  name TEXT,
  kind TEXT
);

CREATE TABLE person (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  name TEXT,
  role TEXT,
  team_id TEXT,
  capacity_hours REAL,
  hourly_cost REAL,
  email TEXT
);

CREATE TABLE platform (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  preset TEXT,
  name TEXT,
  role TEXT,
  focus TEXT,
  color TEXT,
  score_user_scale INTEGER,
  score_activity INTEGER,
  score_content_ecosystem INTEGER,
  score_commercial_maturity INTEGER,
  score_audience_fit INTEGER
);

CREATE TABLE segment (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  name TEXT,
  age_min INTEGER,
  age_max INTEGER,
  gender TEXT,
  region TEXT,
  spending_power TEXT,
  interests TEXT,
  cares_about TEXT,
  platform_ids TEXT
);

CREATE TABLE objective (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  parent_id TEXT,
  name TEXT,
  kind TEXT,
  metric TEXT,
  unit TEXT,
  baseline REAL,
  target REAL,
  period_type TEXT,
  period_start TEXT,
  period_end TEXT,
  platform_id TEXT,
  segment_id TEXT,
  rollup TEXT,
  feasibility TEXT,
  feasibility_budget TEXT,
  feasibility_people TEXT,
  feasibility_technology TEXT,
  feasibility_competition TEXT
);

CREATE TABLE kpi_actual (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  date TEXT,
  platform_id TEXT,
  metric TEXT,
  value REAL,
  objective_id TEXT
);

CREATE TABLE content_status (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  key TEXT,
  name TEXT,
  color TEXT
);

CREATE TABLE content_item (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  title TEXT,
  format TEXT,
  theme TEXT,
  platform_id TEXT,
  segment_id TEXT,
  owner_id TEXT,
  status_id TEXT,
  publish_date TEXT,
  publish_time TEXT,
  tactics TEXT,
  kol_partner TEXT,
  kol_cost REAL,
  notes TEXT
);

CREATE TABLE phase (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  name TEXT,
  kind TEXT,
  color TEXT
);

CREATE TABLE task (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  name TEXT,
  phase_id TEXT,
  start TEXT,
  end TEXT,
  progress INTEGER,
  milestone INTEGER,
  kind TEXT,
  owner_id TEXT,
  hours REAL,
  notes TEXT
);

CREATE TABLE task_link (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  predecessor_id TEXT,
  successor_id TEXT,
  type TEXT,
  lag_days INTEGER
);

CREATE TABLE key_date (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  name TEXT,
  start TEXT,
  end TEXT,
  kind TEXT,
  note TEXT
);

CREATE TABLE meeting (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  name TEXT,
  recurrence TEXT,
  weekday INTEGER,
  time TEXT,
  duration_minutes INTEGER,
  start_date TEXT,
  end_date TEXT,
  attendee_ids TEXT,
  notes TEXT
);

CREATE TABLE budget_category (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  key TEXT,
  name TEXT,
  share REAL,
  locked INTEGER
);

CREATE TABLE platform_share (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  category_id TEXT,
  platform_id TEXT,
  share REAL,
  locked INTEGER
);

CREATE TABLE spend_entry (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  date TEXT,
  amount REAL,
  category_id TEXT,
  platform_id TEXT,
  supplier TEXT,
  note TEXT
);

CREATE TABLE raci (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  person_id TEXT,
  phase_id TEXT,
  task_id TEXT,
  role TEXT
);

CREATE TABLE tool (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  name TEXT,
  purpose TEXT,
  cost REAL,
  owner_id TEXT,
  notes TEXT
);

CREATE TABLE risk (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  code TEXT,
  title TEXT,
  category TEXT,
  cause TEXT,
  event TEXT,
  effect TEXT,
  likelihood INTEGER,
  impact INTEGER,
  residual_likelihood INTEGER,
  residual_impact INTEGER,
  owner_id TEXT,
  trigger TEXT,
  trigger_seen INTEGER,
  strategy TEXT,
  mitigation TEXT,
  contingency TEXT,
  status TEXT,
  identified_on TEXT,
  review_on TEXT,
  task_ids TEXT,
  platform_ids TEXT,
  playbook_id TEXT
);

CREATE TABLE playbook (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  incident TEXT,
  name TEXT,
  owner_id TEXT,
  deputy_id TEXT,
  levels TEXT,
  resources TEXT,
  risk_ids TEXT
);

CREATE TABLE playbook_step (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  playbook_id TEXT,
  text TEXT,
  who TEXT
);

CREATE TABLE playbook_run (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  playbook_id TEXT,
  severity TEXT,
  started_at TEXT,
  ended_at TEXT,
  ticks TEXT,
  note TEXT
);

CREATE TABLE compliance_item (
  id TEXT PRIMARY KEY NOT NULL,
  sort_order REAL NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  clock TEXT NOT NULL DEFAULT '',
  regulation TEXT,
  requirement TEXT,
  owner_id TEXT,
  status TEXT,
  evidence TEXT,
  due TEXT,
  risk_ids TEXT
);

CREATE TABLE _meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);

CREATE TABLE _migrations (
  version INTEGER PRIMARY KEY NOT NULL,
  applied_at TEXT NOT NULL
);

CREATE TABLE _txn (
  txn INTEGER PRIMARY KEY NOT NULL,
  clock TEXT NOT NULL,
  site TEXT NOT NULL,
  author TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'edit',
  undoes INTEGER
);

CREATE TABLE _change_log (
  seq INTEGER PRIMARY KEY NOT NULL,
  txn INTEGER NOT NULL,
  clock TEXT NOT NULL,
  site TEXT NOT NULL,
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT,
  old TEXT,
  created INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX _change_log_field ON _change_log (entity, row_id, field, clock);

CREATE INDEX _change_log_txn ON _change_log (txn);

CREATE INDEX task_link_successor ON task_link (successor_id);

CREATE INDEX task_link_predecessor ON task_link (predecessor_id);

CREATE INDEX content_item_status ON content_item (status_id, sort_order);
`;

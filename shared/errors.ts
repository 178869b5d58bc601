/**
 * Every error a user can meet: a stable code, and a one-line message in both languages.
 * `{name}` placeholders are filled from the error's params.
 */
export const ERRORS = {
  NOT_SQLITE: { en: 'This is not a plan file: it is not an SQLite database.', 'zh-CN': '这不是计划文件：它不是 SQLite 数据库。' },
  FOREIGN_APP: { en: 'This SQLite file belongs to another application (application id {appId}).', 'zh-CN': '这个 SQLite 文件属于其他应用程序（application id {appId}）。' },
  CORRUPT: { en: 'The plan file is damaged: {detail}', 'zh-CN': '计划文件已损坏：{detail}' },
  FOREIGN_SCHEMA: { en: 'The plan file holds {kind} “{name}” that Campaign Planner did not create; it will not be opened.', 'zh-CN': '计划文件包含非本应用创建的{kind}“{name}”，为安全起见不予打开。' },
  NEWER_SCHEMA: { en: 'This plan was made by a newer version (schema {version}); it is open read-only.', 'zh-CN': '此计划由较新版本创建（架构版本 {version}），已以只读方式打开。' },
  UNKNOWN_MIGRATION: { en: 'The plan file records migration {version}, which this version does not know.', 'zh-CN': '计划文件记录了本版本未知的迁移 {version}。' },
  FILE_NOT_FOUND: { en: 'No file at {path}.', 'zh-CN': '找不到文件 {path}。' },
  FILE_EXISTS: { en: 'A file already exists at {path}.', 'zh-CN': '{path} 已存在文件。' },
  FOLDER_NOT_FOUND: { en: 'The folder {folder} does not exist, so {path} cannot be written there.', 'zh-CN': '文件夹 {folder} 不存在，无法写入 {path}。' },
  IS_A_FOLDER: { en: '{path} is a folder, not a plan file.', 'zh-CN': '{path} 是文件夹，不是计划文件。' },
  NO_PERMISSION: { en: 'You do not have permission to use {path} (or the folder it is in is read-only).', 'zh-CN': '您没有使用 {path} 的权限（或其所在文件夹为只读）。' },
  DISK_FULL: { en: 'The disk is full: {path} could not be written. Free some space and try again.', 'zh-CN': '磁盘已满，无法写入 {path}。请释放空间后重试。' },
  IO_ERROR: { en: '{path} could not be read or written: {detail}', 'zh-CN': '无法读写 {path}：{detail}' },
  LOCKED: { en: '{author} ({user} on {host}) has this plan open since {since}; it is open read-only.', 'zh-CN': '{author}（{host} 上的 {user}）自 {since} 起正在编辑此计划，已以只读方式打开。' },
  TARGET_OPEN: {
    en: '{author} ({user} on {host}) has {path} open since {since}, so it was not replaced. Choose another name, or ask them to close it first.',
    'zh-CN': '{author}（{host} 上的 {user}）自 {since} 起正在使用 {path}，因此没有替换它。请换一个文件名，或请对方先关闭它。',
  },
  TARGET_IS_THIS_PLAN: { en: '{path} is the plan open here; a copy cannot replace it. Choose another name.', 'zh-CN': '{path} 就是此处打开的计划，副本不能替换它。请换一个文件名。' },
  READ_ONLY: { en: 'This plan is open read-only; the change was not saved.', 'zh-CN': '此计划为只读，修改未保存。' },
  NO_PLAN: { en: 'No plan is open.', 'zh-CN': '没有打开的计划。' },
  UNKNOWN_ENTITY: { en: 'Unknown kind of data “{entity}”.', 'zh-CN': '未知的数据类型“{entity}”。' },
  UNKNOWN_FIELD: { en: '{entity} has no field “{field}”.', 'zh-CN': '{entity} 没有字段“{field}”。' },
  INVALID_VALUE: { en: '{entity} {id}: {field} {detail}', 'zh-CN': '{entity} {id}：{field} {detail}' },
  MISSING_FIELD: { en: '{entity} {id}: {field} is required.', 'zh-CN': '{entity} {id}：{field} 为必填项。' },
  DANGLING_REF: { en: '{entity} {id}: {field} points to {target} “{ref}”, which does not exist.', 'zh-CN': '{entity} {id}：{field} 指向的{target}“{ref}”不存在。' },
  INVALID_ROW: { en: '{entity} {id}: {detail}', 'zh-CN': '{entity} {id}：{detail}' },
  CYCLE: { en: 'This link would make a loop: {cycle}.', 'zh-CN': '此依赖会形成循环：{cycle}。' },
  INVALID_REQUEST: { en: 'The request is not valid: {detail}', 'zh-CN': '请求无效：{detail}' },
  NOTHING_TO_UNDO: { en: 'Nothing to undo.', 'zh-CN': '没有可撤销的操作。' },
  NOTHING_TO_REDO: { en: 'Nothing to redo.', 'zh-CN': '没有可重做的操作。' },
  OUTSIDE_PLAN: { en: '{date} is outside the plan’s dates ({start} – {end}).', 'zh-CN': '{date} 不在计划日期范围内（{start} – {end}）。' },
  NO_COMMON_ORIGIN: { en: 'These two files are not copies of the same plan; they cannot be merged.', 'zh-CN': '这两个文件不是同一计划的副本，无法合并。' },
  UNKNOWN_TXN: { en: 'There is no history entry {txn}.', 'zh-CN': '历史记录中没有第 {txn} 项。' },
  NOTHING_TO_REVERT: { en: 'History entry {txn} changed nothing that can be reverted.', 'zh-CN': '历史记录第 {txn} 项没有可还原的修改。' },
  NO_CHROMIUM: { en: 'No Chromium to print the PDF with (looked for {looked}); install Chromium or set CPLAN_CHROMIUM to its path.', 'zh-CN': '找不到用于打印 PDF 的 Chromium（已查找 {looked}）；请安装 Chromium，或将 CPLAN_CHROMIUM 设为其路径。' },
  EXPORT_FAILED: { en: 'The {format} export failed: {detail}', 'zh-CN': '导出 {format} 失败：{detail}' },
  INTERNAL: { en: 'Something went wrong: {detail}', 'zh-CN': '出现错误：{detail}' },
  IMPORT_TOO_LARGE: { en: 'The file is {size} MB; files to import may be at most {limit} MB.', 'zh-CN': '文件大小为 {size} MB，可导入的文件最大为 {limit} MB。' },
  IMPORT_NOT_TEXT: { en: 'This is not a project file but a {kind}; nothing was imported.', 'zh-CN': '这不是项目文件，而是{kind}；未导入任何内容。' },
  IMPORT_NOT_XML: { en: 'This file is not XML; nothing was imported.', 'zh-CN': '此文件不是 XML 文件；未导入任何内容。' },
  IMPORT_DTD: { en: 'The file declares a DOCTYPE or entities, which imports refuse for safety; nothing was imported.', 'zh-CN': '文件中声明了 DOCTYPE 或实体，出于安全考虑不予导入；未导入任何内容。' },
  IMPORT_MALFORMED: { en: 'The file is not well-formed XML (line {line}: {detail}); nothing was imported.', 'zh-CN': '文件不是格式正确的 XML（第 {line} 行：{detail}）；未导入任何内容。' },
  IMPORT_WRONG_FORMAT: { en: 'This file is not {expected} (it looks like {found}); nothing was imported.', 'zh-CN': '这不是 {expected} 文件（看起来是 {found}）；未导入任何内容。' },
  IMPORT_STRUCTURE: { en: 'The {format} file is not laid out as expected ({detail}); nothing was imported.', 'zh-CN': '{format} 文件的结构不符合预期（{detail}）；未导入任何内容。' },
  IMPORT_TOO_DEEP: { en: 'Elements in the file are nested more than {limit} levels deep; nothing was imported.', 'zh-CN': '文件中的元素嵌套超过 {limit} 层；未导入任何内容。' },
  IMPORT_NOT_ICS: { en: 'This is not an iCalendar file (.ics): {detail}. Nothing was added.', 'zh-CN': '这不是 iCalendar（.ics）文件：{detail}。未添加任何内容。' },
  IMPORT_EMPTY: { en: 'The file holds no tasks to import.', 'zh-CN': '文件中没有可导入的任务。' },
} as const satisfies Record<string, { en: string; 'zh-CN': string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface ApiError {
  code: ErrorCode;
  /** English message, for logs and the CLI; the renderer shows the message in the user's language from code + params */
  message: string;
  params: Record<string, string | number>;
}

export function formatError(code: ErrorCode, params: Record<string, string | number> = {}, lang: 'en' | 'zh-CN' = 'en'): string {
  return ERRORS[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** Thrown inside the backend; turned into an `{ok:false}` result at the API edge. */
export class PlannerError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;
  constructor(code: ErrorCode, params: Record<string, string | number> = {}) {
    super(formatError(code, params));
    this.code = code;
    this.params = params;
    this.name = 'PlannerError';
  }
  toApiError(): ApiError {
    return { code: this.code, message: this.message, params: this.params };
  }
}

// The audit log's entries without a page: their labels, how they are shown, filtered and exported as CSV.
import { beijingTimestamp, toMillis } from '/assets/page.js';

export const ACTIONS = [
  ['LOGIN', '登录'],
  ['LOGIN_FAILED', '登录失败'],
  ['PROCESS_STARTED', '发起流程'],
  ['TASK_COMPLETED', '办理任务'],
  ['DOWNLOAD', '下载'],
];
export const ACTION_LABEL = Object.fromEntries(ACTIONS);
export const LOGIN_ACTIONS = ['LOGIN', 'LOGIN_FAILED'];
export const COLUMNS = ['时间', '账号', '操作', '内容', '详情', '来源IP'];

/** The entry's time as shown and exported, in Beijing time; a value that is no instant is shown as it came. */
export function formatTime(iso) {
  if (typeof iso === 'string' && toMillis(iso) != null) return beijingTimestamp(iso);
  return iso == null ? '' : String(iso);
}

/** "20190510-093102", Beijing time, for file names. */
export function stamp(ms) {
  return beijingTimestamp(ms).replace(/-/g, '').replace(' ', '-').replace(/:/g, '');
}

export const labelOf = (entry) => entry.actionLabel || ACTION_LABEL[entry.action] || entry.action || '';

// A spreadsheet reads a cell starting with one of these as a formula (the full-width forms too, to be safe).
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One CSV cell: always quoted, quotes doubled, a would-be formula prefixed with a single quote. */
function csvCell(value) {
  let text = value == null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows of cells as CSV for Excel: UTF-8 byte order mark, CRLF line ends. */
function toCsv(rows) {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Audit entries as CSV, with the columns of the table. */
export function entriesToCsv(entries) {
  return toCsv([COLUMNS, ...entries.map((e) => [formatTime(e.occurredAt), e.actor, labelOf(e), e.target, e.detail,
    e.clientIp])]);
}

/** The words of a filter: lower case, split at white space. */
export function words(text) {
  return String(text || '').trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** What the text filter looks in: the account, the content and the details. */
export function haystack(entry) {
  return [entry.actor, entry.target, entry.detail].filter((v) => v != null).join('\n').toLowerCase();
}

/** Whether an entry passes the filters: its action (empty: any) and every word in account or content. */
export function matches(entry, action, filterWords, hay = haystack(entry)) {
  if (action && entry.action !== action) return false;
  return filterWords.every((w) => hay.includes(w));
}

// What every page of the app's own needs: elements, tables, the app's JSON API with its expired-session rule,
// and Beijing time. It lives under /assets/ because the public pages, open without a login, load it too.
// Data goes into pages through textContent and attributes only, never as markup.

export const NONE = '—';

export const byId = (id) => document.getElementById(id);

/** 7 → "07", for clock faces and dates. */
export const twoDigits = (n) => String(n).padStart(2, '0');

/** An element with an optional class and text (a number is shown as it is; null or undefined leave it empty). */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/** The page's #banner shows the message, or hides when there is none. */
export function showBanner(message) {
  const banner = byId('banner');
  banner.textContent = message || '';
  banner.hidden = !message;
}

/** Replaces a select's options with the choices ({ value, label }), after a first option of value '' if given. */
export function fillSelect(select, choices, first) {
  const options = choices.map((choice) => new Option(choice.label, choice.value));
  select.replaceChildren(...(first == null ? options : [new Option(first, ''), ...options]));
}

/**
 * A table from column titles and rows. A row is a list of cells (text, numbers, nodes; empty shows "—", a
 * number is aligned as one) or { cells, onClick } for a row that opens something.
 */
export function fillTable(target, headers, rows, emptyText) {
  target.replaceChildren();
  const head = target.createTHead().insertRow();
  headers.forEach((title) => head.append(element('th', null, title)));
  const body = target.createTBody();
  if (!rows.length) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = headers.length;
    cell.className = 'empty';
    cell.textContent = emptyText;
    return;
  }
  rows.forEach((row) => {
    const line = body.insertRow();
    const cells = Array.isArray(row) ? row : row.cells;
    cells.forEach((value) => {
      const cell = line.insertCell();
      if (value instanceof Node) {
        cell.append(value);
      } else {
        cell.textContent = value == null || value === '' ? NONE : value;
        if (typeof value === 'number') cell.className = 'num';
      }
    });
    if (row.onClick) {
      line.className = 'pick';
      line.addEventListener('click', row.onClick);
    }
  });
}

// ---------- the app's JSON API ----------

/**
 * Why a request failed: kind 'session' (the login has expired), 'network', 'timeout', 'http' (status, with the
 * server's own message and body when it sent them) or 'format' (an answer the page cannot read).
 */
export class RequestFailed extends Error {
  constructor(kind, message, { status = null, serverMessage = '', body = null } = {}) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.serverMessage = serverMessage;
    this.body = body;
  }
}

/**
 * Opening the page again leads through the login and back here. The API answers a request for JSON without a
 * session with 401 (the login page is only for browsers asking for a page), so a 401 is the one sign of it.
 */
export function logInAgain() {
  window.location.assign(window.location.href);
}

/**
 * The JSON answer of the app's API. An expired session goes to the login (or, with keepPageWhenSessionEnds, is
 * thrown as kind 'session' for a page that keeps showing its data); every other failure is a RequestFailed.
 */
export async function fetchJson(url,
  { method = 'GET', json, headers = {}, timeoutMs, keepPageWhenSessionEnds = false } = {}) {
  const controller = new AbortController();
  const timer = timeoutMs ? setTimeout(() => controller.abort(), timeoutMs) : null;
  try {
    let response;
    try {
      response = await fetch(url, {
        method,
        credentials: 'same-origin',
        headers: { Accept: 'application/json', ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers },
        body: json === undefined ? undefined : JSON.stringify(json),
        signal: controller.signal,
      });
    } catch {
      throw controller.signal.aborted
        ? new RequestFailed('timeout', '服务器长时间没有响应，请稍后重试。')
        : new RequestFailed('network', '无法连接服务器，请检查网络后重试。');
    }
    if (response.status === 401) {
      if (!keepPageWhenSessionEnds) logInAgain();
      throw new RequestFailed('session', '登录已过期，请重新登录。', { status: 401 });
    }
    const body = await response.json().catch(() => undefined);
    if (!response.ok) {
      const serverMessage = body && typeof body.message === 'string' ? body.message.trim() : '';
      throw new RequestFailed('http', serverMessage || `服务器返回 ${response.status}`,
        { status: response.status, serverMessage, body });
    }
    if (body === undefined) {
      throw new RequestFailed('format', '服务器返回的数据无法识别，请稍后重试。', { status: response.status });
    }
    return body;
  } finally {
    clearTimeout(timer);
  }
}

/** The header with the session's CSRF token, which every call that changes something sends. */
export async function csrfHeader() {
  const csrf = await fetchJson('/api/csrf');
  return { [csrf.headerName]: csrf.token };
}

// ---------- Beijing time, whatever the time zone of the machine showing the page ----------

const BEIJING = 'Asia/Shanghai';
const minuteFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BEIJING, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});
const dayFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BEIJING, year: 'numeric', month: 'long', day: 'numeric',
});
const weekdayFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: BEIJING, weekday: 'long' });
const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: BEIJING, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
  second: 'numeric', hourCycle: 'h23',
});

/**
 * Milliseconds of an ISO-8601 instant ("2019-05-10T09:31:02+08:00"), a date ("2019-05-10": its Beijing noon, the
 * same day in every time zone's formatting) or milliseconds; null for anything else.
 */
export function toMillis(value) {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !value) return null;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+08:00` : value);
  return Number.isNaN(ms) ? null : ms;
}

/** The Beijing wall-clock fields of a moment: { year, month, day, hour, minute, second }, numbers. */
export function beijingParts(value) {
  return Object.fromEntries(partsFormat.formatToParts(toMillis(value))
    .filter((part) => part.type !== 'literal').map((part) => [part.type, Number(part.value)]));
}

/** A formatter that shows "—" for a value that is no moment. */
const formatted = (format) => (value) => {
  const ms = toMillis(value);
  return ms == null ? NONE : format(ms);
};

/** "2019/05/10 09:31" */
export const beijingMinute = formatted((ms) => minuteFormat.format(ms));
/** "2019年5月10日" */
export const beijingDay = formatted((ms) => dayFormat.format(ms));
/** "星期五" */
export const beijingWeekday = formatted((ms) => weekdayFormat.format(ms));
/** "2019-05-10" */
export const beijingDate = formatted((ms) => {
  const b = beijingParts(ms);
  return `${b.year}-${twoDigits(b.month)}-${twoDigits(b.day)}`;
});
/** "09:31:02", or "09:31" without seconds. */
export function beijingClock(value, { seconds = true } = {}) {
  const ms = toMillis(value);
  if (ms == null) return NONE;
  const b = beijingParts(ms);
  const fields = seconds ? [b.hour, b.minute, b.second] : [b.hour, b.minute];
  return fields.map(twoDigits).join(':');
}
/** "2019-05-10 09:31:02" */
export const beijingTimestamp = formatted((ms) => `${beijingDate(ms)} ${beijingClock(ms)}`);

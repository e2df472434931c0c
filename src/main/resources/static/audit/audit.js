// 审计记录: the audit log of one campaign (?campaign=2019) or, without a campaign, the recent logins.
// Every piece of data goes into the page through textContent or attributes, never as markup.
import { byId as $, beijingClock, element, fetchJson, RequestFailed } from '/assets/page.js';
import {
  ACTION_LABEL, ACTIONS, COLUMNS, entriesToCsv, formatTime, haystack, labelOf, LOGIN_ACTIONS, matches, stamp, words,
} from './audit-entries.js';

const TIMEOUT_MS = 20000;
const LOGIN_LIMIT = 1000;           // the most recent logins the server returns
const DAYS = [1, 7, 30, 90];
const DEFAULT_DAYS = 7;

const params = new URLSearchParams(window.location.search);
const campaign = (params.get('campaign') || '').trim();
const mode = campaign ? 'campaign' : 'logins';
const actionsHere = mode === 'campaign' ? ACTIONS.map(([code]) => code) : LOGIN_ACTIONS;
const requestedDays = Number(params.get('days'));

const state = {
  entries: [],          // oldest first: { e: the entry, time: as shown, hay: filter text, row: its <tr> once made }
  shown: [],            // the filtered entries, in the order on screen
  loaded: false,
  failed: false,
  capped: false,
  action: actionsHere.includes(params.get('action')) ? params.get('action') : '',
  query: (params.get('q') || '').slice(0, 200),
  newestFirst: params.get('order') !== 'asc',
  days: DAYS.includes(requestedDays) ? requestedDays : DEFAULT_DAYS,
  request: 0,
};

// ---------- talking to the server ----------

const MESSAGES = {
  session: '登录已过期，请重新登录后再查看。',
  timeout: '服务器长时间没有响应，请稍后点击“刷新”重试。',
  network: '无法连接服务器，请检查网络后点击“刷新”重试。',
  format: '服务器返回的数据无法识别，请稍后重试。',
};
const STATUS_MESSAGES = {
  400: '请求参数不正确。',
  403: '当前账号无权查看审计记录。',
  404: '找不到请求的记录。',
};

/** What the banner says about a failure: the server's own words where it sent some. */
function messageOf(failure) {
  if (failure.kind === 'http') {
    return failure.serverMessage || STATUS_MESSAGES[failure.status]
      || `服务器暂时无法提供审计记录（错误 ${failure.status}），请稍后重试。`;
  }
  return MESSAGES[failure.kind] || '页面无法显示收到的记录，请刷新页面重试。';
}

/** A JSON array from the app's API. An ended session is reported on the page, which keeps what it shows. */
async function getEntries(url) {
  const body = await fetchJson(url, { timeoutMs: TIMEOUT_MS, keepPageWhenSessionEnds: true });
  if (!Array.isArray(body)) throw new RequestFailed('format', MESSAGES.format);
  return body;
}

function apiUrl() {
  return mode === 'campaign'
    ? `/api/campaigns/${encodeURIComponent(campaign)}/audit`
    : `/api/audit/logins?days=${state.days}`;
}

// ---------- banner ----------

function showBanner(problem) {
  const auth = problem.kind === 'session';
  $('banner').classList.toggle('auth', auth);
  $('banner-text').textContent = messageOf(problem);
  const detail = [];
  if (problem.status && !auth) detail.push(`HTTP ${problem.status}`);
  if (state.loaded) detail.push('下表仍为此前载入的记录');
  $('banner-detail').textContent = detail.join(' · ');
  const link = $('banner-link');
  // Opening this page again goes through the login and comes back here.
  if (auth) link.href = window.location.href;
  link.hidden = !auth;
  $('banner').hidden = false;
}

function hideBanner() {
  $('banner').hidden = true;
}

// ---------- loading ----------

function setBusy(busy) {
  const button = $('reload');
  button.disabled = busy;
  button.textContent = busy ? '正在载入…' : '刷新';
  $('table-wrap').setAttribute('aria-busy', busy ? 'true' : 'false');
  if (busy && !state.loaded) $('count').textContent = '正在载入…';
}

async function load() {
  const id = ++state.request;
  setBusy(true);
  if (!state.loaded) render();
  try {
    const data = await getEntries(apiUrl());
    if (id !== state.request) return;
    accept(data);
    hideBanner();
    $('updated').textContent = `更新于 ${beijingClock(Date.now())}`;
  } catch (problem) {
    if (id !== state.request) return;
    if (!(problem instanceof RequestFailed)) console.error('审计记录无法显示', problem);
    state.failed = true;
    showBanner(problem);
    render();
  } finally {
    if (id === state.request) setBusy(false);
  }
}

function accept(data) {
  const list = data.filter((e) => e && typeof e === 'object');
  // The campaign's entries come oldest first, the logins newest first: keep them oldest first, the
  // server's own order, which also settles entries of the same second.
  if (mode === 'logins') list.reverse();
  state.entries = list.map((e) => ({ e, time: formatTime(e.occurredAt), hay: haystack(e), row: null }));
  state.loaded = true;
  state.failed = false;
  state.capped = mode === 'logins' && data.length >= LOGIN_LIMIT;
  renderNote();
  renderActionOptions();
  render();
}

// ---------- rendering ----------

function renderNote() {
  const note = $('log-note');
  const { entries } = state;
  const parts = [];
  if (mode === 'campaign') {
    if (entries.length) {
      parts.push(`最早 ${entries[0].time}，最近 ${entries[entries.length - 1].time}`);
    }
  } else {
    parts.push(`最近 ${state.days} 天的登录与登录失败`);
    if (state.capped) parts.push(`记录较多，仅显示最近 ${LOGIN_LIMIT} 条`);
  }
  note.textContent = parts.join('；');
  note.classList.toggle('warn', state.capped);
}

function renderActionOptions() {
  const select = $('f-action');
  const counts = new Map();
  for (const { e } of state.entries) counts.set(e.action, (counts.get(e.action) || 0) + 1);
  const withCount = (label, n) => (state.loaded ? `${label}（${n}）` : label);
  const options = [new Option(withCount('全部', state.entries.length), '')];
  for (const code of actionsHere) options.push(new Option(withCount(ACTION_LABEL[code], counts.get(code) || 0), code));
  select.replaceChildren(...options);
  select.value = state.action;
}

function textCell(text, className) {
  const td = element('td', className);
  if (text == null || text === '') td.append(element('span', 'none', '—'));
  else td.textContent = String(text);
  return td;
}

function makeRow(item) {
  const { e } = item;
  const tr = element('tr');
  if (e.action === 'LOGIN_FAILED') tr.className = 'failed';

  const timeCell = element('td', 'time');
  const time = element('time', null, item.time || '—');
  if (typeof e.occurredAt === 'string') time.setAttribute('datetime', e.occurredAt);
  timeCell.append(time);

  const actionCell = element('td', 'action');
  const tag = element('span', 'tag', labelOf(e) || '—');
  tag.dataset.action = e.action == null ? '' : String(e.action);
  actionCell.append(tag);

  tr.append(timeCell, textCell(e.actor, 'actor'), actionCell, textCell(e.target, 'target'),
    textCell(e.detail, 'detail'), textCell(e.clientIp, 'ip'));
  return tr;
}

function messageRow(text, withClear) {
  const tr = element('tr', 'message-row');
  const td = element('td');
  td.colSpan = COLUMNS.length;
  td.append(element('span', null, text));
  if (withClear) {
    const clear = element('button', 'btn link', '清除筛选');
    clear.type = 'button';
    clear.addEventListener('click', clearFilters);
    td.append(clear);
  }
  tr.append(td);
  return tr;
}

function emptyText() {
  if (mode === 'campaign') return `活动“${campaign}”暂无审计记录。请核对活动编号是否正确。`;
  return `最近 ${state.days} 天没有登录记录。`;
}

function render() {
  const filterWords = words(state.query);
  const filtering = Boolean(state.action) || filterWords.length > 0;
  const shown = state.entries.filter((item) => matches(item.e, state.action, filterWords, item.hay));
  if (state.newestFirst) shown.reverse();
  state.shown = shown;

  const body = $('rows');
  if (!state.loaded) {
    body.replaceChildren(messageRow(state.failed ? '未能载入记录，请查看上方提示。' : '正在载入记录…'));
  } else if (!state.entries.length) {
    body.replaceChildren(messageRow(emptyText()));
  } else if (!shown.length) {
    body.replaceChildren(messageRow('没有符合筛选条件的记录。', true));
  } else {
    const rows = document.createDocumentFragment();
    for (const item of shown) {
      if (!item.row) item.row = makeRow(item);
      rows.append(item.row);
    }
    body.replaceChildren(rows);
  }

  $('count').textContent = state.loaded ? `共 ${state.entries.length} 条（显示 ${shown.length} 条）` : '';
  $('export').disabled = shown.length === 0;
  $('clear').hidden = !filtering || (state.loaded && state.entries.length > 0 && shown.length === 0);
  renderOrder();
}

function renderOrder() {
  $('order-desc').setAttribute('aria-pressed', String(state.newestFirst));
  $('order-asc').setAttribute('aria-pressed', String(!state.newestFirst));
  $('th-time').setAttribute('aria-sort', state.newestFirst ? 'descending' : 'ascending');
  $('sort-arrow').textContent = state.newestFirst ? '↓' : '↑';
}

// ---------- the address keeps the filters, so a view can be reopened or passed on ----------

function syncAddress() {
  const p = new URLSearchParams();
  if (campaign) p.set('campaign', campaign);
  if (mode === 'logins' && state.days !== DEFAULT_DAYS) p.set('days', String(state.days));
  if (state.action) p.set('action', state.action);
  if (state.query.trim()) p.set('q', state.query.trim());
  if (!state.newestFirst) p.set('order', 'asc');
  const query = p.toString();
  try {
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  } catch {
    // an address that cannot be changed changes nothing on the page
  }
}

// ---------- controls ----------

function clearFilters() {
  state.action = '';
  state.query = '';
  $('f-action').value = '';
  $('f-text').value = '';
  syncAddress();
  render();
}

function setOrder(newestFirst) {
  if (state.newestFirst === newestFirst) return;
  state.newestFirst = newestFirst;
  syncAddress();
  render();
}

function fileName() {
  const safe = (text) => text.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 40);
  const when = stamp(Date.now());
  return mode === 'campaign'
    ? `审计记录_活动${safe(campaign)}_${when}.csv`
    : `最近登录_${state.days}天_${when}.csv`;
}

function exportCsv() {
  if (!state.shown.length) return;
  const csv = entriesToCsv(state.shown.map((item) => item.e));
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = element('a');
  link.href = url;
  link.download = fileName();
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

function wire() {
  const action = $('f-action');
  action.addEventListener('change', () => {
    state.action = action.value;
    syncAddress();
    render();
  });

  const text = $('f-text');
  text.value = state.query;
  let typing = null;
  text.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state.query = text.value;
      syncAddress();
      render();
    }, 150);
  });

  $('order-desc').addEventListener('click', () => setOrder(true));
  $('order-asc').addEventListener('click', () => setOrder(false));
  $('sort-time').addEventListener('click', () => setOrder(!state.newestFirst));
  $('clear').addEventListener('click', clearFilters);
  $('export').addEventListener('click', exportCsv);
  $('reload').addEventListener('click', load);

  if (mode === 'logins') {
    const days = $('days');
    days.value = String(state.days);
    days.addEventListener('change', () => {
      state.days = DAYS.includes(Number(days.value)) ? Number(days.value) : DEFAULT_DAYS;
      // Other days, other logins: nothing of the last answer stays on screen.
      state.entries = [];
      state.loaded = false;
      state.failed = false;
      renderNote();
      renderActionOptions();
      syncAddress();
      load();
    });
  }
}

function setup() {
  if (mode === 'campaign') {
    document.title = `审计记录 · 活动 ${campaign}`;
    $('campaign-id').textContent = campaign;
    $('campaign-chip').hidden = false;
    $('nav-other').hidden = false;
    $('log-title').textContent = `活动 ${campaign} 的操作记录`;
    $('caption').textContent = `活动 ${campaign} 的审计记录`;
  } else {
    document.title = '审计记录 · 最近登录';
    $('pick').hidden = false;
    $('days-field').hidden = false;
    $('log-title').textContent = '最近登录';
    $('caption').textContent = '最近登录记录';
  }
  $('log').hidden = false;
  renderNote();
  renderActionOptions();
  wire();
  load();
}

setup();

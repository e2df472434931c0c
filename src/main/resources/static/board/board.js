// 座谈会直播大屏: polls the board API every few seconds and updates the page in place.
// Every piece of data goes into the page through textContent or attributes, never as markup.
import {
  byId as $, beijingClock, beijingDate, beijingDay, beijingParts, beijingWeekday, element, fetchJson, RequestFailed, toMillis,
  twoDigits,
} from '/assets/page.js';

const POLL_MS = 3000;
const TIMEOUT_MS = 8000;

// Venue states in lifecycle order: the fallback label (the data's stateLabel wins) and an icon, so a
// state reads from its text and shape, not only its colour.
const STATES = [
  ['REGISTERING', '登记中', '○'],
  ['REHEARSAL', '联调中', '◐'],
  ['READY', '待开播', '◎'],
  ['RECORDED', '录播', '▶'],
  ['WAITING', '等待连线', '◷'],
  ['CONNECTED', '已连线', '⇄'],
  ['ON_AIR', '直播中', '●'],
  ['FALLBACK', '备播中', '▲'],
  ['DONE', '已结束', '■'],
];
const STATE_LABEL = Object.fromEntries(STATES.map(([code, label]) => [code, label]));
const STATE_ICON = Object.fromEntries(STATES.map(([code, , icon]) => [code, icon]));
const PHASE_ICON = { PREPARATION: '◇', LIVE: '●', CONCLUDED: '■' };
// Only the exception is worth a word on the board: most venues are planned live.
const PROGRAMME_MODE = { RECORDED: '计划录播' };

// ---------- small helpers ----------

function setText(node, text) {
  const value = text == null ? '' : String(text);
  if (node.textContent !== value) node.textContent = value;
}

function setData(node, key, value) {
  const v = value == null ? '' : String(value);
  if (node.dataset[key] !== v) node.dataset[key] = v;
}

function setHidden(node, hidden) {
  if (node.hidden !== hidden) node.hidden = hidden;
}

/** "2019-05-30" → "2019年5月30日 星期四". */
function formatDay(isoDate) {
  return toMillis(isoDate) == null ? '' : `${beijingDay(isoDate)} ${beijingWeekday(isoDate)}`;
}

/** A running-order time ("10:05") on the symposium day, as an instant. */
function onDay(day, time) {
  if (!day || !/^\d{1,2}:\d{2}$/.test(time || '')) return null;
  return toMillis(`${day}T${time.padStart(5, '0')}:00+08:00`);
}

/** 83 seconds → "01:23"; an hour or more → "1:02:03". */
function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const rest = `${twoDigits(Math.floor((s % 3600) / 60))}:${twoDigits(s % 60)}`;
  return h > 0 ? `${h}:${rest}` : rest;
}

/** 19 → "19 秒前"; 200 → "3 分钟前". */
function ago(seconds) {
  if (seconds < 60) return `${Math.round(seconds)} 秒前`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} 分钟前`;
  return `${Math.floor(seconds / 3600)} 小时前`;
}

function badge(node, state, label, extra) {
  setData(node, 'state', state || '');
  let icon = node.firstChild;
  let text = icon && icon.nextSibling;
  if (!icon) {
    icon = element('i', 'ic');
    icon.setAttribute('aria-hidden', 'true');
    text = element('span');
    node.append(icon, text);
  }
  setText(icon, STATE_ICON[state] || '•');
  const name = label || STATE_LABEL[state] || state || '—';
  setText(text, extra ? `${name} · ${extra}` : name);
}

const campaign = (new URLSearchParams(window.location.search).get('campaign') || '').trim();
const apiUrl = `/api/campaigns/${encodeURIComponent(campaign)}/board`;

// ---------- state kept between polls ----------

let data = null;               // last board received
let clockOffset = 0;           // server clock minus this machine's clock, in ms
let lastOkAt = null;           // server time of the last good poll
let scrolledTo = undefined;    // position the list was last scrolled to
const itemNodes = new Map();   // position → parts of its <li>
const venueNodes = new Map();  // venue code → parts of its card
const countNodes = new Map();  // state → parts of its counter

const serverNow = () => Date.now() + clockOffset;

// ---------- header ----------

function renderHeader(b) {
  const name = b.campaignName || `活动 ${b.campaignId || campaign}`;
  setText($('campaign-name'), name);
  const title = `${name} · 座谈会直播大屏`;
  if (document.title !== title) document.title = title;

  const phase = $('phase');
  setData(phase, 'phase', b.phase);
  let icon = phase.querySelector('.phase-icon');
  let label = phase.querySelector('.phase-label');
  if (!icon) {
    phase.textContent = '';
    icon = element('span', 'phase-icon');
    icon.setAttribute('aria-hidden', 'true');
    label = element('span', 'phase-label');
    phase.append(icon, label);
  }
  setText(icon, PHASE_ICON[b.phase] || '');
  setText(label, b.phaseLabel || b.phase || '—');
  setText($('date'), formatDay(b.symposiumDate));
}

// ---------- running order ----------

function whenOf(item, b, now) {
  const current = b.currentPosition;
  if (current != null) {
    if (item.position < current) return 'past';
    if (item.position === current) return 'now';
    return item.position === nextPosition(b) ? 'next' : 'later';
  }
  if (b.phase === 'CONCLUDED') return 'past';
  if (b.phase === 'LIVE') {
    const end = onDay(b.symposiumDate, item.endsAt);
    if (end != null && end <= now) return 'past';
    return item.position === nextPosition(b) ? 'next' : 'later';
  }
  return 'later';
}

/** The item after the current one or, between items, the first one still to start. */
function nextPosition(b) {
  const items = b.items || [];
  if (b.currentPosition != null) {
    const after = items.find((i) => i.position > b.currentPosition);
    return after ? after.position : null;
  }
  if (b.phase === 'CONCLUDED') return null;
  if (b.phase === 'PREPARATION') return items.length ? items[0].position : null;
  const now = serverNow();
  const upcoming = items.find((i) => {
    const start = onDay(b.symposiumDate, i.startsAt);
    return start == null || start > now;
  });
  return upcoming ? upcoming.position : null;
}

function makeItem() {
  const li = element('li', 'item');
  const pos = element('span', 'it-pos');
  const time = element('div', 'it-time');
  const start = element('span', 'it-start');
  const end = element('span', 'it-end');
  time.append(start, end);
  const body = element('div', 'it-body');
  const line1 = element('div', 'it-line1');
  const kind = element('span', 'kind');
  const title = element('span', 'it-title');
  line1.append(kind, title);
  const line2 = element('div', 'it-line2');
  body.append(line1, line2);
  const side = element('div', 'it-side');
  const now = element('span', 'it-now', '▶ 正在进行');
  const venueBadge = element('span', 'badge');
  const mins = element('span', 'it-mins');
  side.append(now, venueBadge, mins);
  li.append(pos, time, body, side);
  return { li, pos, start, end, kind, title, line2, venueBadge, mins, line2Key: null };
}

function renderItems(b) {
  const list = $('items');
  const items = Array.isArray(b.items) ? b.items : [];
  const venuesByCode = new Map((b.venues || []).map((v) => [v.code, v]));
  const now = serverNow();
  const seen = new Set();
  let previous = null;

  for (const item of items) {
    seen.add(item.position);
    let parts = itemNodes.get(item.position);
    if (!parts) {
      parts = makeItem();
      itemNodes.set(item.position, parts);
    }
    const { li } = parts;
    // Keep the list in the data's order, moving a node only when it is out of place.
    const expected = previous ? previous.nextSibling : list.firstChild;
    if (expected !== li) list.insertBefore(li, expected);
    previous = li;

    setData(li, 'kind', item.kind);
    setData(li, 'when', whenOf(item, b, now));
    setData(li, 'position', item.position);
    setText(parts.pos, item.position);
    setText(parts.start, item.startsAt || '');
    setText(parts.end, item.endsAt || '');
    setData(parts.kind, 'kind', item.kind);
    setText(parts.kind, item.kindLabel || item.kind || '');
    setText(parts.title, item.title || '');
    parts.title.title = item.title || '';

    // Second line: who, how many flags, which venue (unless the title already names it).
    const bits = [];
    if (item.presenter) bits.push(['it-presenter', item.presenter]);
    if (item.flagCount > 0) bits.push(['it-flags', `授旗 ${item.flagCount} 面`]);
    if (item.venueName && !(item.title || '').includes(item.venueName)) bits.push(['it-venue', item.venueName]);
    const key = JSON.stringify(bits);
    if (parts.line2Key !== key) {
      parts.line2.replaceChildren(...bits.map(([cls, text]) => element('span', cls, text)));
      parts.line2Key = key;
    }

    if (item.kind === 'VENUE_LINK' && item.venueState) {
      const venue = venuesByCode.get(item.venueCode);
      const fallback = item.venueState === 'FALLBACK' && venue ? venue.fallbackLabel : null;
      badge(parts.venueBadge, item.venueState, item.venueStateLabel, fallback);
      setHidden(parts.venueBadge, false);
    } else {
      setHidden(parts.venueBadge, true);
    }
    setText(parts.mins, item.minutes != null ? `${item.minutes} 分钟` : '');
  }

  for (const [position, parts] of itemNodes) {
    if (!seen.has(position)) {
      parts.li.remove();
      itemNodes.delete(position);
    }
  }

  const first = items[0];
  const last = items[items.length - 1];
  setText($('programme-note'), items.length
    ? `共 ${items.length} 项 · ${first.startsAt || ''}–${last.endsAt || ''}` : '暂无议程');
}

/** Bring the running item into view when it changes, leaving a little of what went before above it. */
function scrollToCurrent(b, smooth) {
  const target = b.currentPosition != null ? b.currentPosition : nextPosition(b);
  if (target === scrolledTo) return;
  const list = $('items');
  const parts = target != null ? itemNodes.get(target) : null;
  if (!parts) {
    if (b.phase === 'PREPARATION') list.scrollTo({ top: 0 });
    scrolledTo = target;
    return;
  }
  // Start the view at a whole item: the earliest one that still leaves the running item in the top quarter.
  let first = parts.li;
  while (first.previousElementSibling
    && parts.li.offsetTop - first.previousElementSibling.offsetTop <= list.clientHeight * 0.25) {
    first = first.previousElementSibling;
  }
  list.scrollTo({ top: first.offsetTop, behavior: smooth ? 'smooth' : 'auto' });
  scrolledTo = target;
}

// ---------- now / next ----------

/** A countdown box: a small caption over a large mm:ss, or nothing. */
function countdown(node, caption, seconds, over) {
  node.classList.toggle('over', Boolean(over));
  if (seconds == null) {
    if (node.firstChild) node.replaceChildren();
    return;
  }
  let small = node.querySelector('small');
  let big = node.querySelector('b');
  if (!small) {
    small = element('small');
    big = element('b');
    node.replaceChildren(small, big);
  }
  setText(small, caption);
  setText(big, duration(seconds));
}

function renderNowNext() {
  if (!data) return;
  const b = data;
  const items = b.items || [];
  const now = serverNow();
  const current = b.currentPosition != null ? items.find((i) => i.position === b.currentPosition) : null;
  const nextPos = nextPosition(b);
  const next = nextPos != null ? items.find((i) => i.position === nextPos) : null;

  const nowTitle = $('nn-now-title');
  const nowBox = $('nn-now');
  nowBox.classList.toggle('idle', !current);
  setText(nowBox.querySelector('.nn-tag'), current ? '正在进行' : '状态');
  if (current) {
    setText(nowTitle, current.title || current.kindLabel || '');
    setText($('nn-now-about'),
      `第 ${current.position} 项 · ${current.kindLabel || ''} · ${current.startsAt}–${current.endsAt}`);
    const end = onDay(b.symposiumDate, current.endsAt);
    const left = end != null ? (end - now) / 1000 : null;
    if (left == null) countdown($('nn-now-count'), '', null);
    else if (left >= 0) countdown($('nn-now-count'), '剩余', left, false);
    else countdown($('nn-now-count'), '已超时', -left, true);
  } else {
    setText(nowTitle, { PREPARATION: '座谈会尚未开始', CONCLUDED: '座谈会已结束' }[b.phase] || '当前无进行中的议程');
    setText($('nn-now-about'), '');
    countdown($('nn-now-count'), '', null);
  }
  nowTitle.title = nowTitle.textContent;

  const nextTitle = $('nn-next-title');
  if (next) {
    setText(nextTitle, next.title || next.kindLabel || '');
    setText($('nn-next-about'), `第 ${next.position} 项 · ${next.kindLabel || ''} · ${next.startsAt} 开始`);
    const start = onDay(b.symposiumDate, next.startsAt);
    const until = start != null ? (start - now) / 1000 : null;
    countdown($('nn-next-count'), '还有', until != null && until > 0 && until < 6 * 3600 ? until : null);
  } else {
    setText(nextTitle, '—');
    setText($('nn-next-about'), '');
    countdown($('nn-next-count'), '', null);
  }
  nextTitle.title = nextTitle.textContent;
}

// ---------- venues ----------

function makeVenue() {
  const card = element('article', 'venue');
  const main = element('div', 'v-main');
  const name = element('h3', 'v-name');
  const meta = element('div', 'v-meta');
  const about = element('span', 'v-about');
  const note = element('span', 'v-note');
  meta.append(about, note);
  main.append(name, meta);
  const stateBox = element('div', 'v-state');
  const state = element('span', 'badge');
  const fallback = element('span', 'v-fallback');
  stateBox.append(state, fallback);
  const time = element('div', 'v-time');
  const since = element('span', 'v-since');
  const link = element('span', 'v-link');
  time.append(since, link);
  card.append(main, stateBox, time);
  return { card, name, about, note, state, fallback, since, link };
}

function renderVenues(b) {
  const grid = $('venue-grid');
  const venues = Array.isArray(b.venues) ? b.venues : [];
  const items = b.items || [];
  const linkAt = new Map();
  for (const item of items) {
    if (item.kind === 'VENUE_LINK' && item.venueCode && !linkAt.has(item.venueCode)) {
      linkAt.set(item.venueCode, item);
    }
  }
  // The venue on screen now, and the next one to link up: what the ceremony team watches for.
  const now = serverNow();
  const current = b.currentPosition != null ? items.find((i) => i.position === b.currentPosition) : null;
  const liveCode = current && current.kind === 'VENUE_LINK' ? current.venueCode : null;
  const nextLink = b.phase === 'CONCLUDED' ? null : items.find((i) => i.kind === 'VENUE_LINK'
    && (b.currentPosition != null ? i.position > b.currentPosition : whenOf(i, b, now) !== 'past'));
  const nextCode = nextLink ? nextLink.venueCode : null;

  const seen = new Set();
  let previous = null;
  for (const v of venues) {
    seen.add(v.code);
    let parts = venueNodes.get(v.code);
    if (!parts) {
      parts = makeVenue();
      venueNodes.set(v.code, parts);
    }
    const { card } = parts;
    const expected = previous ? previous.nextSibling : grid.firstChild;
    if (expected !== card) grid.insertBefore(card, expected);
    previous = card;

    setData(card, 'state', v.state);
    setText(parts.name, v.name || v.code);
    parts.name.title = v.name || '';
    setText(parts.about, [v.region, v.kind, v.host].filter(Boolean).join(' · '));
    const note = [PROGRAMME_MODE[v.programmeMode], v.rehearsal].filter(Boolean).join(' · ');
    setText(parts.note, note ? ` · ${note}` : '');
    parts.note.parentNode.title = parts.note.parentNode.textContent;

    badge(parts.state, v.state, v.stateLabel);
    const fallback = v.state === 'FALLBACK' ? (v.fallbackLabel || v.fallbackMode) : null;
    setText(parts.fallback, fallback || '');
    setHidden(parts.fallback, !fallback);

    const since = toMillis(v.since);
    setText(parts.since, since != null ? `自 ${sinceText(since, b.symposiumDate)}` : '');

    const mark = v.code === liveCode ? 'now' : v.code === nextCode ? 'next' : '';
    setData(card, 'mark', mark);
    parts.link.classList.toggle('now', mark === 'now');
    parts.link.classList.toggle('next', mark === 'next');
    const link = linkAt.get(v.code);
    setText(parts.link, mark === 'now' ? '▶ 正在连线'
      : mark === 'next' ? `下一场 ${link.startsAt}`
        : link ? `连线 ${link.startsAt}` : '');
  }
  for (const [code, parts] of venueNodes) {
    if (!seen.has(code)) {
      parts.card.remove();
      venueNodes.delete(code);
    }
  }

  setText($('venues-note'), venues.length ? `共 ${venues.length} 个` : '暂无分会场');
}

function sinceText(ms, day) {
  const time = beijingClock(ms, { seconds: false });
  if (day === beijingDate(ms)) return time;
  const b = beijingParts(ms);
  return `${b.month}月${b.day}日 ${time}`;
}

// ---------- counts ----------

function renderCounts(b) {
  const list = $('counts');
  const counts = b.stateCounts || {};
  const labels = {};
  for (const v of b.venues || []) if (v.state && v.stateLabel) labels[v.state] = v.stateLabel;
  const codes = STATES.map(([code]) => code);
  for (const code of Object.keys(counts)) if (!codes.includes(code)) codes.push(code);

  for (const code of codes) {
    let parts = countNodes.get(code);
    if (!parts) {
      const li = element('li', 'count');
      const b2 = element('span', 'badge');
      const n = element('b');
      li.append(b2, n);
      list.append(li);
      parts = { li, badge: b2, n };
      countNodes.set(code, parts);
    }
    const n = Number(counts[code]) || 0;
    badge(parts.badge, code, labels[code] || STATE_LABEL[code]);
    setText(parts.n, n);
    parts.li.classList.toggle('zero', n === 0);
  }
}

// ---------- clock, freshness, banner ----------

function tick() {
  const now = serverNow();
  setText($('clock'), beijingClock(now));
  renderNowNext();
  const updated = $('updated');
  if (lastOkAt != null) {
    const age = (now - lastOkAt) / 1000;
    setText(updated, age > 15 ? `最后更新 ${beijingClock(lastOkAt)} · ${ago(age)}` : `最后更新 ${beijingClock(lastOkAt)}`);
    updated.classList.toggle('stale', age > 10);
  }
  // Next tick just after the next whole second, so the clock never skips a digit.
  setTimeout(tick, 1000 - (Date.now() % 1000) + 20);
}

function showBanner(kind, text, detail) {
  const banner = $('banner');
  banner.classList.toggle('auth', kind === 'auth');
  const message = $('banner-text');
  message.replaceChildren(document.createTextNode(text));
  if (detail) message.append(' ', element('span', 'banner-detail', detail));
  setHidden($('banner-link'), kind !== 'auth');
  setHidden(banner, false);
}

function hideBanner() {
  setHidden($('banner'), true);
}

function lastGood() {
  return lastOkAt != null ? `（仍显示 ${beijingClock(lastOkAt)} 的数据）` : '';
}

// ---------- polling ----------

/** The board, or a RequestFailed. An ended session is reported on the board, which keeps what it shows. */
async function fetchBoard() {
  const body = await fetchJson(apiUrl, { timeoutMs: TIMEOUT_MS, keepPageWhenSessionEnds: true });
  if (!body || typeof body !== 'object' || !Array.isArray(body.items) || !Array.isArray(body.venues)) {
    throw new RequestFailed('format', '服务器返回的数据无法识别');
  }
  return body;
}

function apply(b) {
  const firstRender = data === null;
  const serverTime = toMillis(b.now);
  if (serverTime != null) clockOffset = serverTime - Date.now();
  data = b;
  lastOkAt = serverNow();
  if (firstRender) $('board').classList.remove('loading');
  renderHeader(b);
  renderItems(b);
  renderVenues(b);
  renderCounts(b);
  renderNowNext();
  scrollToCurrent(b, !firstRender);
}

function report(problem) {
  if (problem.kind === 'session') {
    showBanner('auth', '登录已过期，请重新登录', lastGood());
  } else if (problem.status === 403) {
    showBanner('error', '当前账号无权查看此大屏，正在重试…', lastGood());
  } else if (problem.status === 404) {
    showBanner('error', `找不到活动“${campaign}”，请检查地址中的 campaign 参数。正在重试…`, lastGood());
  } else {
    const status = problem.status ? `服务器返回 ${problem.status}` : '';
    showBanner('error', '连接中断，正在重试…', [status, lastGood()].filter(Boolean).join(' '));
  }
}

async function poll() {
  try {
    const board = await fetchBoard();
    hideBanner();
    try {
      apply(board);
    } catch (bug) {
      // Data the page cannot show is not a lost connection: keep what is on screen and say so in the console.
      console.error('大屏无法显示收到的数据', bug);
    }
  } catch (problem) {
    report(problem);
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

// ---------- no campaign in the address ----------

function askForCampaign() {
  setText($('notice-text'),
    '请在地址栏中注明要显示的活动编号（campaign），例如 2019 年的主题活动请打开下面的地址：');
  setText($('notice-example'), `${window.location.origin}${window.location.pathname}?campaign=2019`);
  setHidden($('notice'), false);
  document.title = '座谈会直播大屏 · 缺少活动编号';
}

if (campaign) {
  setHidden($('board'), false);
  // A resized window (laptop ↔ big screen) re-places the running item.
  window.addEventListener('resize', () => {
    scrolledTo = undefined;
    if (data) scrollToCurrent(data, false);
  });
  tick();
  poll();
} else {
  askForCampaign();
}

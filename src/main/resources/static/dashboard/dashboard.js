// 组织者看板: one campaign's progress, deadlines, reviews, selection and ceremony, with the list behind
// every number one click away and the Excel exports. Charts by Apache ECharts (a global script the page loads first).
import { byId as $, beijingDay, beijingMinute, element, fetchJson, fillTable, showBanner } from '/assets/page.js';

const STATE_COLORS = {
  NOT_STARTED: '#b0b7c3', DRAFT: '#8fb8e8', SUBMITTED: '#2f7fd8', RETURNED: '#f0a020', APPROVED: '#2e9e5b',
  REJECTED: '#c0392b', OVERDUE: '#e4572e', EXTENDED: '#9b59b6', WITHDRAWN: '#7f8c8d', NOT_SUBMITTED: '#5d6d7e',
  CLOSED: '#34495e',
};
const VENUE_COLORS = ['#b0b7c3', '#8fb8e8', '#2f7fd8', '#9b59b6', '#f0a020', '#48c9b0', '#2e9e5b', '#e4572e', '#34495e'];
const charts = {};
let campaignId = null;

function chart(id) {
  if (!charts[id]) {
    charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
  }
  return charts[id];
}

// ---------- the list behind a number ----------
async function showList({ state, type, region, title }) {
  const query = new URLSearchParams();
  if (state) query.set('state', state);
  if (type) query.set('type', type);
  if (region) query.set('region', region);
  try {
    const lines = await fetchJson(`/api/campaigns/${encodeURIComponent(campaignId)}/dashboard/recipients?${query}`);
    $('list-title').textContent = `${title}（${lines.length} 家）`;
    fillTable($('list-table'), ['机构代码', '单位名称', '类型', '地区', '状态', '状态更新', '联系人', '手机', '联系人邮箱', '已发提醒'],
      lines.map((line) => [line.orgCode, line.orgName, typeLabels[line.type] || line.type, line.region,
        stateLabels[line.state] || line.state, beijingMinute(line.stateSince), line.contactName, line.contactMobile,
        line.contactEmail || line.orgEmail, line.remindersSent]),
      '没有符合条件的单位');
    $('list-dialog').showModal();
  } catch (failure) {
    showBanner(`无法载入名单：${failure.message}`);
  }
}

let stateLabels = {};
let typeLabels = {};

// ---------- sections ----------
function renderSummary(dashboard) {
  const c = dashboard.campaign;
  const left = c.workingDaysToDeadline;
  const deadline = left > 0 ? `还有 ${left} 个工作日` : left === 0 ? '今天截止' : `已过 ${-left} 个工作日`;
  $('facts').replaceChildren(
    element('span', 'status', c.status),
    element('span', null, `报送截止：${beijingDay(c.planDeadline)}（${deadline}）`),
    element('span', null, `座谈会：${beijingDay(c.symposiumDate)}`),
    element('span', null, `今天：${beijingDay(c.today)}（北京时间）`));
}

function renderProgress(dashboard) {
  stateLabels = Object.fromEntries(dashboard.states.map((figure) => [figure.key, figure.label]));
  typeLabels = Object.fromEntries(dashboard.byType.map((breakdown) => [breakdown.key, breakdown.label]));
  const total = dashboard.campaign.recipients;
  const tiles = [linkTile('全部单位', total, {}, 'total')]
    .concat(dashboard.states.filter((figure) => figure.count > 0 || ['SUBMITTED', 'APPROVED', 'OVERDUE'].includes(figure.key))
      .map((figure) => linkTile(figure.label, figure.count, { state: figure.key }, figure.key)));
  $('tiles').replaceChildren(...tiles);

  const shown = dashboard.states.filter((figure) => figure.count > 0);
  chart('chart-states').setOption({
    title: { text: '各状态单位数', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item', formatter: '{b}：{c} 家（{d}%）' },
    series: [{
      type: 'pie', radius: ['40%', '68%'], top: 24,
      data: shown.map((figure) => ({ name: figure.label, value: figure.count, key: figure.key,
        itemStyle: { color: STATE_COLORS[figure.key] } })),
      label: { formatter: '{b}\n{c}' },
    }],
  }, true);
  chart('chart-states').off('click');
  chart('chart-states').on('click', (event) => showList({ state: event.data.key, title: event.data.name }));

  stacked('chart-types', '按单位类型', dashboard.byType, dashboard.states, true, (breakdown, state) =>
    ({ type: breakdown.key, state, title: `${breakdown.label} · ${stateLabels[state]}` }));
  const provinces = dashboard.byRegion.filter((breakdown) => breakdown.key !== '全国')
    .sort((a, b) => a.key.localeCompare(b.key, 'zh-CN'));
  stacked('chart-regions', '省级科协（按省份）', provinces, dashboard.states, false, (breakdown, state) =>
    ({ region: breakdown.key, state, title: `${breakdown.label} · ${stateLabels[state]}` }));
}

function linkTile(label, count, filter, key) {
  const tile = element('button', `tile tile-${key}`);
  tile.type = 'button';
  tile.style.borderTopColor = STATE_COLORS[key] || '#1f3b64';
  tile.append(element('span', 'tile-count', count), element('span', 'tile-label', label));
  tile.addEventListener('click', () => showList({ ...filter, title: label }));
  return tile;
}

/** A stacked bar per group (organisation type, province), a series per state. */
function stacked(id, title, groups, states, horizontal, filterOf) {
  const used = states.filter((figure) => groups.some((group) => group.states[figure.key] > 0));
  const categories = groups.map((group) => group.label);
  const valueAxis = { type: 'value', minInterval: 1 };
  const categoryAxis = { type: 'category', data: categories, axisLabel: { interval: 0, rotate: horizontal ? 0 : 45 } };
  chart(id).setOption({
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: horizontal ? 80 : 40, right: 20, top: 36, bottom: horizontal ? 40 : 80 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: used.map((figure) => ({
      name: figure.label, type: 'bar', stack: 'states', key: figure.key, barMaxWidth: 36,
      itemStyle: { color: STATE_COLORS[figure.key] },
      data: groups.map((group) => group.states[figure.key] || 0),
    })),
  }, true);
  chart(id).off('click');
  chart(id).on('click', (event) => showList(filterOf(groups[event.dataIndex], used[event.seriesIndex].key)));
}

function renderDeadlines(dashboard) {
  const d = dashboard.deadlines;
  $('deadline-note').textContent = `“即将到期”指今后 ${d.horizonWorkingDays} 个工作日内到期（已扣除节假日和调休）`;
  $('due-count').textContent = `${d.dueSoon.length} 家`;
  $('overdue-count').textContent = `${d.overdue.length} 家`;
  const dueRow = (due) => [due.orgName, due.state, beijingMinute(due.dueAt),
    due.workingDaysLeft >= 0 ? `${due.workingDaysLeft} 个工作日` : `已过 ${-due.workingDaysLeft} 个工作日`];
  fillTable($('due-soon'), ['单位', '状态', '截止时间', '剩余'], d.dueSoon.map(dueRow), '近期没有到期的方案');
  fillTable($('overdue'), ['单位', '状态', '截止时间', '逾期'], d.overdue.map(dueRow), '没有逾期的方案');
  fillTable($('mails'), ['邮件', '已发送', '发送失败', '待发送'], d.mails.map((mail) => [mail.label, mail.sent,
    mail.failed > 0 ? element('strong', 'failed', mail.failed) : 0, mail.pending]), '尚未发出邮件');
}

function renderReviews(dashboard) {
  const r = dashboard.reviews;
  $('review-note').textContent = r.unclaimed > 0 ? `${r.unclaimed} 份待审方案尚无人认领` : '';
  const names = r.reviewers.map((reviewer) => reviewer.name || reviewer.reviewer);
  const series = [['approved', '通过', '#2e9e5b'], ['returned', '退回修改', '#f0a020'], ['rejected', '未通过', '#c0392b'],
    ['open', '审核中', '#2f7fd8']];
  if (!r.reviewers.length) {
    chart('chart-reviewers').setOption(nothingYet('尚无审核记录'), true);
  } else {
    chart('chart-reviewers').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 80, right: 20, top: 10, bottom: 40 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names },
      series: series.map(([key, label, color]) => ({ name: label, type: 'bar', stack: 'reviews', itemStyle: { color },
        data: r.reviewers.map((reviewer) => reviewer[key]) })),
    }, true);
  }
  fillTable($('reviewers'), ['审核人', '通过', '退回修改', '未通过', '审核中', '评分（已评 / 分配）'],
    r.reviewers.map((reviewer) => [reviewer.name || reviewer.reviewer, reviewer.approved, reviewer.returned,
      reviewer.rejected, reviewer.open, `${reviewer.scored} / ${reviewer.scoringAssigned}`]), '尚无审核记录');
  fillTable($('waiting'), ['单位', '提交审核时间', '已等待', '审核人'], r.waitingLongest.map((waiting) => [waiting.orgName,
    beijingMinute(waiting.waitingSince), `${waiting.workingDaysWaiting} 个工作日`, waiting.assignee || '尚未认领']), '没有等待审核的方案');
}

/** An empty chart says so instead of drawing bare axes. */
function nothingYet(text) {
  return { title: { text, left: 'center', top: 'middle', textStyle: { fontSize: 14, color: '#8a94a3', fontWeight: 'normal' } } };
}

function renderSelection(dashboard) {
  const pools = dashboard.selection;
  chart('chart-pools').setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 110, right: 80, top: 10, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: pools.map((pool) => pool.label) },
    series: [
      { name: '名额', type: 'bar', itemStyle: { color: '#d5dbe5' }, barGap: '-100%', z: 1,
        data: pools.map((pool) => pool.quota), label: { show: true, position: 'right', formatter: '名额 {c}' } },
      { name: '入选', type: 'bar', stack: 'pool', z: 2, itemStyle: { color: '#2e9e5b' },
        data: pools.map((pool) => pool.selected), label: { show: true, formatter: '{c}' } },
      { name: '候补', type: 'bar', stack: 'pool', z: 2, itemStyle: { color: '#f0a020' },
        data: pools.map((pool) => pool.waitlisted) },
    ],
  }, true);
}

function renderCeremony(dashboard) {
  const c = dashboard.ceremony;
  pie('chart-venues', '分会场状态', c.venues, VENUE_COLORS);
  pie('chart-representatives', '受旗代表确认', c.representatives, ['#2e9e5b', '#c0392b', '#b0b7c3']);
}

function pie(id, title, figures, colors) {
  const total = figures.reduce((sum, figure) => sum + figure.count, 0);
  chart(id).setOption({
    title: { text: title, subtext: total ? `共 ${total}` : '尚无数据', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    series: [{
      type: 'pie', radius: ['35%', '62%'], top: 30, showEmptyCircle: false,
      data: figures.map((figure, index) => ({ name: figure.label, value: figure.count,
        itemStyle: { color: colors[index % colors.length] } })).filter((item) => item.value > 0),
      label: { formatter: '{b} {c}' },
    }],
  }, true);
}

function renderExports() {
  const base = `/api/campaigns/${encodeURIComponent(campaignId)}`;
  const exports = [
    ['roster.xlsx', '报送名单', '各单位状态与联系人'],
    ['plans.xlsx', '筹备工作方案', '附件 1 的全部字段，含志愿服务队、分会场、推荐的下级学会'],
    ['reviews.xlsx', '审核与评分', '审核意见、评分明细与评分结果'],
    ['selection.xlsx', '遴选名单', '学会、志愿服务队、分会场（拟定后可导出）'],
    ['running-order.xlsx', '座谈会议程', '议程与授旗顺序（议程确定后可导出）'],
    ['venue-schedule.xlsx', '分会场安排', '各分会场的承办单位、联系人、联调时间、连线时段与状态'],
  ];
  $('exports').replaceChildren(...exports.map(([file, label, description]) => {
    const item = element('li');
    const link = element('a', null, label);
    link.href = `${base}/${file}`;
    link.setAttribute('download', '');
    item.append(link, element('span', 'note', description));
    return item;
  }));
}

async function load() {
  try {
    const dashboard = await fetchJson(`/api/campaigns/${encodeURIComponent(campaignId)}/dashboard`);
    showBanner('');
    $('main').hidden = false;
    renderSummary(dashboard);
    renderProgress(dashboard);
    renderDeadlines(dashboard);
    renderReviews(dashboard);
    renderSelection(dashboard);
    renderCeremony(dashboard);
    renderExports();
    Object.values(charts).forEach((instance) => instance.resize());
  } catch (failure) {
    showBanner(`无法载入看板：${failure.message}`);
  }
}

async function start() {
  $('list-close').addEventListener('click', () => $('list-dialog').close());
  window.addEventListener('resize', () => Object.values(charts).forEach((instance) => instance.resize()));
  let campaigns;
  try {
    campaigns = await fetchJson('/api/dashboard/campaigns');
  } catch (failure) {
    showBanner(`无法载入活动列表：${failure.message}`);
    return;
  }
  if (!campaigns.length) {
    showBanner('还没有活动。组织者在任务列表中发起“科技志愿服务主题活动”后，这里会显示它的进度。');
    return;
  }
  const wanted = new URLSearchParams(window.location.search).get('campaign');
  campaignId = campaigns.some((campaign) => campaign.id === wanted) ? wanted : campaigns[0].id;
  $('campaign').replaceChildren(...campaigns.map((campaign) => {
    const option = element('option', null, `${campaign.name}（${campaign.id}）`);
    option.value = campaign.id;
    option.selected = campaign.id === campaignId;
    return option;
  }));
  $('campaign').addEventListener('change', () => {
    campaignId = $('campaign').value;
    window.history.replaceState(null, '', `?campaign=${encodeURIComponent(campaignId)}`);
    load();
  });
  await load();
  // Figures change as organisations submit and reviewers decide: refreshed every minute.
  window.setInterval(load, 60000);
}

start();

// 创新难题需求库: search and filter the library, page through it newest first, open a demand, export to Excel.
import { byId as $, beijingMinute, element, fetchJson, fillSelect, fillTable, showBanner } from '/assets/page.js';

const filters = $('filters');
let page = 1;

function tag(text, className) {
  return element('span', className ? `tag ${className}` : 'tag', text);
}

/** The demand's title, marked when it concerns a key core technology. */
function title(demand) {
  if (!demand.keyCoreTechnology) return demand.title;
  const node = element('span', null, demand.title);
  node.append(' ', tag('关键核心技术', 'key'));
  return node;
}

function query() {
  const params = new URLSearchParams();
  new FormData(filters).forEach((value, name) => {
    if (String(value).trim()) {
      params.set(name, String(value).trim());
    }
  });
  return params;
}

async function load() {
  const params = query();
  $('export').href = `/api/demands.xlsx?${params}`;
  params.set('page', page);
  try {
    const result = await fetchJson(`/api/demands?${params}`);
    showBanner('');
    const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
    $('summary').textContent = `共 ${result.total} 条需求（最新在前）。点击一行查看详情。`;
    $('page').textContent = `第 ${result.page} / ${pages} 页`;
    $('previous').disabled = result.page <= 1;
    $('next').disabled = result.page >= pages;
    fillTable($('list'), ['编号', '需求名称', '提出方', '地区', '技术领域', '需要的服务', '受理单位', '状态', '提交时间'],
      result.items.map((d) => ({
        cells: [d.code, title(d), d.submitterName, d.region, d.techField, d.serviceKind, d.ownerName, tag(d.statusLabel),
          beijingMinute(d.submittedAt)],
        onClick: () => open(d.code),
      })), '没有符合条件的需求。');
  } catch (failed) {
    showBanner(failed.message);
  }
}

async function open(code) {
  try {
    const { demand: d, mergedDuplicates } = await fetchJson(`/api/demands/${encodeURIComponent(code)}`);
    $('detail-title').textContent = `${d.code} ${d.title}`;
    const fields = [['状态', d.statusLabel], ['需求描述', d.description], ['提出方', `${d.submitterName}（${d.submitterKind}）`],
      ['所在地区', d.region], ['技术领域', d.techField], ['需要的服务', d.serviceKind],
      ['关键核心技术', d.keyCoreTechnology ? '是' : '否'], ['受理单位', d.ownerName], ['来源', d.channel],
      ['提交时间', beijingMinute(d.submittedAt)],
      ['联系人', `${d.contactName} ${d.contactMobile}${d.contactShown ? '' : '（仅受理单位和组织者可见完整信息）'}`],
      ['合并到', d.mergedInto], ['不予受理的理由', d.declineReason], ['服务项目', d.projectId], ['服务成效', d.projectResult]]
      .filter(([, value]) => value !== null && value !== undefined && value !== '');
    $('detail-fields').replaceChildren(...fields.flatMap(([label, value]) => [element('dt', null, label),
      element('dd', null, value)]));
    fillTable($('detail-merged'), ['编号', '需求名称', '提出方', '地区'],
      mergedDuplicates.map((m) => [m.code, m.title, m.submitterName, m.region]), '无');
    $('detail').showModal();
  } catch (failed) {
    showBanner(failed.message);
  }
}

async function start() {
  try {
    const options = await fetchJson('/api/public/demand-options');
    fillSelect(filters.elements.techField, options.techFields, '技术领域：全部');
    fillSelect(filters.elements.region, options.regions.map((region) => ({ value: region, label: region })), '地区：全部');
    fillSelect(filters.elements.serviceKind, options.serviceKinds, '需要的服务：全部');
    fillSelect(filters.elements.status, options.statuses, '状态：需求库（已入库、服务中、已完成）');
  } catch (failed) {
    showBanner(failed.message);
  }
  load();
}

filters.addEventListener('submit', (event) => {
  event.preventDefault();
  page = 1;
  load();
});
$('previous').addEventListener('click', () => {
  page -= 1;
  load();
});
$('next').addEventListener('click', () => {
  page += 1;
  load();
});
$('detail-close').addEventListener('click', () => $('detail').close());
start();

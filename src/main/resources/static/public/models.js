// 科技志愿服务先进典型: the published advanced teams and typical people, for everyone, filtered by kind
// and year. Text goes in as text only: what organisations wrote is never read as markup.
import { byId as $, beijingDay, beijingParts, element, fetchJson, showBanner } from '/assets/page.js';

const FIRST_YEAR = 2019;

function fill(card, field, text) {
  card.querySelector(`[data-field="${field}"]`).textContent = text || '';
}

function card(model) {
  const node = $('model-card').content.firstElementChild.cloneNode(true);
  const person = model.kind === 'TYPICAL_PERSON';
  fill(node, 'title', model.title);
  fill(node, 'name', person ? `${model.personName}（${model.personRole}）` : model.team);
  const where = person ? `${model.team} · ${model.organisation}` : model.organisation;
  fill(node, 'meta', `${model.kindLabel} · ${where} · ${beijingDay(model.publishedAt)}发布`);
  fill(node, 'deeds', model.deeds);
  fill(node, 'caseTitle', model.caseTitle);
  fill(node, 'caseText', model.caseText);
  const sources = node.querySelector('[data-field="sources"]');
  for (const project of model.projects) {
    sources.append(element('li', null, `志愿服务项目 ${project.code} ${project.title}（结项评价：${project.grade}）`));
  }
  if (model.campaign) {
    sources.append(element('li', null, `在主题活动中入选：${model.campaign}`));
  }
  return node;
}

async function load() {
  const query = new URLSearchParams();
  if ($('kind').value) {
    query.set('kind', $('kind').value);
  }
  if ($('year').value) {
    query.set('year', $('year').value);
  }
  showBanner('');
  try {
    const models = await fetchJson(`/api/public/models?${query}`);
    $('models').replaceChildren(...models.map(card));
    $('empty').hidden = models.length > 0;
    $('count').textContent = `共 ${models.length} 项`;
  } catch (failure) {
    showBanner(`先进典型名单暂时无法加载：${failure.message}。请稍后刷新页面。`);
  }
}

for (let year = beijingParts(Date.now()).year; year >= FIRST_YEAR; year--) {
  $('year').append(new Option(`${year} 年`, String(year)));
}
$('kind').addEventListener('change', load);
$('year').addEventListener('change', load);
$('filters').addEventListener('submit', (event) => event.preventDefault());
load();

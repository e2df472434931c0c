// 科技志愿服务先进典型: the published advanced teams and typical people, for everyone, filtered by kind
// and year. Text goes in as text only: what organisations wrote is never read as markup.
(() => {
  'use strict';

  const FIRST_YEAR = 2019;
  const $ = (id) => document.getElementById(id);
  const day = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });
  const thisYear = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

  function fill(card, field, text) {
    card.querySelector(`[data-field="${field}"]`).textContent = text || '';
  }

  function card(model) {
    const node = $('model-card').content.firstElementChild.cloneNode(true);
    const person = model.kind === 'TYPICAL_PERSON';
    fill(node, 'title', model.title);
    fill(node, 'name', person ? `${model.personName}（${model.personRole}）` : model.team);
    const where = person ? `${model.team} · ${model.organisation}` : model.organisation;
    fill(node, 'meta', `${model.kindLabel} · ${where} · ${day.format(new Date(model.publishedAt))}发布`);
    fill(node, 'deeds', model.deeds);
    fill(node, 'caseTitle', model.caseTitle);
    fill(node, 'caseText', model.caseText);
    const sources = node.querySelector('[data-field="sources"]');
    for (const project of model.projects) {
      const item = document.createElement('li');
      item.textContent = `志愿服务项目 ${project.code} ${project.title}（结项评价：${project.grade}）`;
      sources.append(item);
    }
    if (model.campaign) {
      const item = document.createElement('li');
      item.textContent = `在主题活动中入选：${model.campaign}`;
      sources.append(item);
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
    $('banner').hidden = true;
    try {
      const response = await fetch(`/api/public/models?${query}`, { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new Error(`服务器返回 ${response.status}`);
      }
      const models = await response.json();
      $('models').replaceChildren(...models.map(card));
      $('empty').hidden = models.length > 0;
      $('count').textContent = `共 ${models.length} 项`;
    } catch (failure) {
      $('banner').textContent = `先进典型名单暂时无法加载：${failure.message}。请稍后刷新页面。`;
      $('banner').hidden = false;
    }
  }

  for (let year = thisYear; year >= FIRST_YEAR; year--) {
    $('year').append(new Option(`${year} 年`, String(year)));
  }
  $('kind').addEventListener('change', load);
  $('year').addEventListener('change', load);
  $('filters').addEventListener('submit', (event) => event.preventDefault());
  load();
})();

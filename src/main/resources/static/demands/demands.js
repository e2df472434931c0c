// 创新难题需求库: search and filter the library, page through it newest first, open a demand, export to Excel.
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const filters = $('filters');
  const dateTime = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
  const when = (iso) => (iso ? dateTime.format(new Date(iso)) : '—');
  let page = 1;

  async function get(url) {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      window.location.assign('/login');
      throw new Error('未登录');
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(body.message || `服务器返回 ${response.status}`);
    }
    return body;
  }

  function banner(message) {
    $('banner').textContent = message || '';
    $('banner').hidden = !message;
  }

  function fill(select, all, choices) {
    select.replaceChildren(new Option(all, ''));
    choices.forEach((choice) => select.add(new Option(choice.label, choice.value)));
  }

  function cell(row, value) {
    const node = row.insertCell();
    if (value instanceof Node) {
      node.appendChild(value);
    } else {
      node.textContent = value === null || value === undefined || value === '' ? '—' : value;
    }
  }

  function tag(text, className) {
    const node = document.createElement('span');
    node.className = className ? `tag ${className}` : 'tag';
    node.textContent = text;
    return node;
  }

  function table(target, headers, rows, empty, open) {
    target.replaceChildren();
    const head = target.createTHead().insertRow();
    headers.forEach((title) => {
      const th = document.createElement('th');
      th.textContent = title;
      head.appendChild(th);
    });
    const body = target.createTBody();
    if (!rows.length) {
      const node = body.insertRow().insertCell();
      node.colSpan = headers.length;
      node.className = 'empty';
      node.textContent = empty;
    }
    rows.forEach(({ values, code }) => {
      const row = body.insertRow();
      values.forEach((value) => cell(row, value));
      if (open) {
        row.className = 'pick';
        row.addEventListener('click', () => open(code));
      }
    });
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
      const result = await get(`/api/demands?${params}`);
      banner('');
      const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
      $('summary').textContent = `共 ${result.total} 条需求（最新在前）。点击一行查看详情。`;
      $('page').textContent = `第 ${result.page} / ${pages} 页`;
      $('previous').disabled = result.page <= 1;
      $('next').disabled = result.page >= pages;
      table($('list'), ['编号', '需求名称', '提出方', '地区', '技术领域', '需要的服务', '受理单位', '状态', '提交时间'],
        result.items.map((d) => ({
          code: d.code,
          values: [d.code, d.keyCoreTechnology ? [d.title, tag('关键核心技术', 'key')] : d.title, d.submitterName, d.region,
            d.techField, d.serviceKind, d.ownerName, tag(d.statusLabel), when(d.submittedAt)]
            .map((value) => (Array.isArray(value) ? wrap(value) : value)),
        })), '没有符合条件的需求。', open);
    } catch (failed) {
      banner(failed.message);
    }
  }

  function wrap(parts) {
    const node = document.createElement('span');
    parts.forEach((part, i) => {
      node.append(i ? ' ' : '', part);
    });
    return node;
  }

  async function open(code) {
    try {
      const { demand: d, mergedDuplicates } = await get(`/api/demands/${encodeURIComponent(code)}`);
      $('detail-title').textContent = `${d.code} ${d.title}`;
      const fields = [['状态', d.statusLabel], ['需求描述', d.description], ['提出方', `${d.submitterName}（${d.submitterKind}）`],
        ['所在地区', d.region], ['技术领域', d.techField], ['需要的服务', d.serviceKind],
        ['关键核心技术', d.keyCoreTechnology ? '是' : '否'], ['受理单位', d.ownerName], ['来源', d.channel],
        ['提交时间', when(d.submittedAt)],
        ['联系人', `${d.contactName} ${d.contactMobile}${d.contactShown ? '' : '（仅受理单位和组织者可见完整信息）'}`],
        ['合并到', d.mergedInto], ['不予受理的理由', d.declineReason], ['服务项目', d.projectId], ['服务成效', d.projectResult]]
        .filter(([, value]) => value !== null && value !== undefined && value !== '');
      $('detail-fields').replaceChildren(...fields.flatMap(([label, value]) => {
        const dt = document.createElement('dt');
        dt.textContent = label;
        const dd = document.createElement('dd');
        dd.textContent = value;
        return [dt, dd];
      }));
      table($('detail-merged'), ['编号', '需求名称', '提出方', '地区'],
        mergedDuplicates.map((m) => ({ code: m.code, values: [m.code, m.title, m.submitterName, m.region] })), '无');
      $('detail').showModal();
    } catch (failed) {
      banner(failed.message);
    }
  }

  async function start() {
    try {
      const options = await get('/api/public/demand-options');
      fill(filters.elements.techField, '技术领域：全部', options.techFields);
      fill(filters.elements.region, '地区：全部', options.regions.map((region) => ({ value: region, label: region })));
      fill(filters.elements.serviceKind, '需要的服务：全部', options.serviceKinds);
      fill(filters.elements.status, '状态：需求库（已入库、服务中、已完成）', options.statuses);
    } catch (failed) {
      banner(failed.message);
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
})();

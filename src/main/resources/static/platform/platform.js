// 基层服务阵地: the centres within the user's reach with filters, registering one (organisers and provincial
// associations), and the pilot counties' coverage with its Excel export. The server decides who sees what.
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);
  let reach = null;
  let pilotCounties = [];

  async function call(url, options = {}) {
    const response = await fetch(url, { credentials: 'same-origin', ...options,
      headers: { Accept: 'application/json', ...(options.headers || {}) } });
    if (response.status === 401) {
      window.location.assign('/login');
      throw new Error('未登录');
    }
    let body = null;
    try {
      body = await response.json();
    } catch (notJson) {
      // the status says enough
    }
    if (!response.ok) {
      throw new Error((body && body.message) || `服务器返回 ${response.status}`);
    }
    return body;
  }

  function banner(message) {
    $('banner').textContent = message || '';
    $('banner').hidden = !message;
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  /** A table from column titles and rows of cell values (strings, numbers or nodes). */
  function table(target, headers, rows, empty) {
    target.replaceChildren();
    const head = target.createTHead().insertRow();
    headers.forEach((title) => head.appendChild(element('th', title)));
    const body = target.createTBody();
    if (!rows.length) {
      const cell = body.insertRow().insertCell();
      cell.colSpan = headers.length;
      cell.className = 'empty';
      cell.textContent = empty;
      return;
    }
    rows.forEach((values) => {
      const row = body.insertRow();
      values.forEach((value) => {
        const cell = row.insertCell();
        if (value instanceof Node) {
          cell.appendChild(value);
        } else {
          cell.textContent = value === null || value === undefined || value === '' ? '—' : value;
          if (typeof value === 'number') {
            cell.className = 'num';
          }
        }
      });
    });
  }

  function options(select, choices) {
    choices.forEach(([value, label]) => {
      const option = element('option', label);
      option.value = value;
      select.appendChild(option);
    });
  }

  function pairedWith(names) {
    return names.length ? element('span', names.join('；'), 'paired') : element('span', '未结对', 'unpaired');
  }

  // ---------- the centres ----------
  async function loadCentres() {
    const query = new URLSearchParams();
    if ($('filter-kind').value) query.set('kind', $('filter-kind').value);
    if ($('filter-paired').value) query.set('paired', $('filter-paired').value);
    if ($('filter-county').value.trim()) query.set('countyCode', $('filter-county').value.trim());
    const province = $('filter-province').value;
    try {
      const centres = (await call(`/api/centres?${query}`)).filter((centre) => !province || centre.province === province);
      table($('centres'), ['编号', '阵地名称', '类型', '省份', '县（市、区）', '试点县', '地址', '联系人', '联系电话', '结对情况'],
        centres.map((centre) => [centre.code, centre.name, centre.kindLabel, centre.province,
          `${centre.countyName}（${centre.countyCode}）`, centre.pilotCounty ? '是' : '否', centre.address,
          centre.contactName, centre.contactMobile, pairedWith(centre.pairedWith)]),
        '没有符合条件的阵地');
      banner('');
    } catch (failure) {
      banner(`无法载入阵地名录：${failure.message}`);
    }
  }

  // ---------- registering a centre ----------
  async function register(event) {
    event.preventDefault();
    const form = event.target;
    const body = Object.fromEntries(new FormData(form).entries());
    try {
      const csrf = await call('/api/csrf');
      const centre = await call('/api/centres', { method: 'POST', body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', [csrf.headerName]: csrf.token } });
      $('register-result').textContent = `已登记：${centre.code} ${centre.name}`;
      form.reset();
      banner('');
      await Promise.all([loadCentres(), loadCoverage()]);
    } catch (failure) {
      $('register-result').textContent = '';
      banner(failure.message);
    }
  }

  /** A pilot county's code fills in its name, as the server expects it. */
  function fillCountyName() {
    const county = pilotCounties.find((candidate) => candidate.code === $('register-county').value.trim());
    if (county) {
      $('register-county-name').value = county.name;
      $('register-province').value = county.province;
    }
  }

  // ---------- the coverage ----------
  async function loadCoverage() {
    if (!reach.readsCoverage) {
      return;
    }
    try {
      const coverage = await call('/api/platform/coverage');
      $('coverage-tiles').replaceChildren(
        tile(`${coverage.coveredCounties} / ${coverage.counties}`, '试点县已全覆盖'),
        tile(`${coverage.pairedPracticeCentres} / ${coverage.practiceCentres}`, '文明实践阵地已结对'),
        tile(`${coverage.pairedCentres} / ${coverage.centres}`, '全部阵地已结对'));
      table($('coverage'), ['代码', '县（市、区）', '省份', '文明实践阵地（已结对/登记）', '党群服务中心（已结对/登记）', '覆盖情况', '阵地与结对'],
        coverage.rows.map((county) => {
          const practice = county.centres.filter((line) => line.civilizationPractice);
          const partyMass = county.centres.filter((line) => !line.civilizationPractice);
          const count = (lines) => `${lines.filter((line) => line.pairedWith.length).length} / ${lines.length}`;
          const details = element('ul', null, 'centre-lines');
          county.centres.forEach((line) => {
            const item = element('li', `${line.code} ${line.name}：`);
            item.appendChild(pairedWith(line.pairedWith));
            details.appendChild(item);
          });
          const state = element('span', county.covered ? '已全覆盖' : practice.length ? '未全覆盖' : '未登记文明实践阵地',
            county.covered ? 'paired' : 'unpaired');
          return [county.code, county.name, county.province, count(practice), count(partyMass), state, details];
        }), '没有试点县');
      const unpaired = coverage.rows.flatMap((county) => county.centres.filter((line) => !line.pairedWith.length));
      $('unpaired-count').textContent = `${unpaired.length} 个`;
      table($('unpaired'), ['县（市、区）', '编号', '阵地名称', '类型'],
        unpaired.map((line) => [line.countyName, line.code, line.name, line.kind]), '试点县的阵地都已结对');
      $('coverage-panel').hidden = false;
    } catch (failure) {
      banner(`无法载入覆盖情况：${failure.message}`);
    }
  }

  function tile(count, label) {
    const node = element('div', null, 'tile');
    node.append(element('div', count, 'tile-count'), element('div', label, 'tile-label'));
    return node;
  }

  async function start() {
    try {
      reach = await call('/api/platform/reach');
      const choices = await call('/api/platform/options');
      pilotCounties = await call('/api/pilot-counties');
      const kinds = choices.kinds.map((kind) => [kind.value, kind.label]);
      const provinces = choices.provinces.map((province) => [province, province]);
      options($('filter-kind'), kinds);
      options($('filter-province'), provinces);
      options($('register-kind'), kinds);
      options($('register-province'), provinces);
      $('facts').replaceChildren(element('span', reach.province ? `范围：${reach.province}` : '范围：全国'));
      $('register-panel').hidden = !reach.registers;
      $('main').hidden = false;
      $('filters').addEventListener('submit', (event) => {
        event.preventDefault();
        loadCentres();
      });
      $('register').addEventListener('submit', register);
      $('register-county').addEventListener('change', fillCountyName);
      await Promise.all([loadCentres(), loadCoverage()]);
    } catch (failure) {
      banner(failure.message);
    }
  }

  start();
})();

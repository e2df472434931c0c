// 先进典型工作台: an organisation's teams with the grounds on record (to fill in 推荐先进典型), and the
// nominations with their state — every one for CAST's organisers, the organisation's own for its staff.
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const dateTime = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
  const when = (iso) => (iso ? dateTime.format(new Date(iso)) : '—');

  /** The list, or null where the user may not see it (403). */
  async function get(url) {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401 || response.redirected) {
      window.location.assign('/login');
      return null;
    }
    if (response.status === 403) {
      return null;
    }
    if (!response.ok) {
      throw new Error(`服务器返回 ${response.status}`);
    }
    return response.json();
  }

  function table(target, headers, rows, empty) {
    target.replaceChildren();
    const head = target.createTHead().insertRow();
    headers.forEach((title) => head.append(Object.assign(document.createElement('th'), { textContent: title })));
    const body = target.createTBody();
    if (rows.length === 0) {
      const cell = body.insertRow().insertCell();
      cell.colSpan = headers.length;
      cell.textContent = empty;
    }
    rows.forEach((row) => {
      const line = body.insertRow();
      row.forEach((value) => {
        line.insertCell().textContent = value === null || value === undefined || value === '' ? '—' : String(value);
      });
    });
  }

  async function load() {
    try {
      const [candidates, nominations] = await Promise.all([get('/api/models/candidates'), get('/api/models/nominations')]);
      if (candidates) {
        table($('candidates'), ['队伍编号', '队伍名称', '层级', '入选的主题活动', '已结项的服务项目'],
          candidates.map((team) => [team.code, team.name, team.rank, team.campaign,
            team.projects.map((p) => `${p.code} ${p.title}（${p.grade}）`).join('；')]),
          '本单位还没有已启用的队伍。');
        $('candidates-section').hidden = false;
      }
      if (nominations) {
        table($('nominations'), ['编号', '类别', '队伍', '人物', '推荐单位', '状态', '推荐时间', '评审意见', '表彰称号'],
          nominations.map((m) => [m.code, m.kind, `${m.teamCode} ${m.team}`, m.personName, m.organisation, m.status,
            when(m.nominatedAt), m.decisionComment, m.title]),
          '还没有推荐。');
        $('nominations-section').hidden = false;
      }
      if (!candidates && !nominations) {
        $('banner').textContent = '先进典型工作台仅对报送单位和中国科协组织人事部开放。公开的名单见“先进典型名单”。';
        $('banner').hidden = false;
      }
    } catch (failure) {
      $('banner').textContent = `加载失败：${failure.message}。请稍后刷新页面。`;
      $('banner').hidden = false;
    }
  }

  load();
})();

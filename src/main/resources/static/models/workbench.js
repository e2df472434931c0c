// 先进典型工作台: an organisation's teams with the grounds on record (to fill in 推荐先进典型), and the
// nominations with their state — every one for CAST's organisers, the organisation's own for its staff.
import { byId as $, beijingMinute, fetchJson, fillTable, showBanner } from '/assets/page.js';

/** The list, or null where the user may not see it (403). */
async function listOrNull(url) {
  try {
    return await fetchJson(url);
  } catch (failure) {
    if (failure.status === 403) return null;
    throw failure;
  }
}

async function load() {
  try {
    const [candidates, nominations] = await Promise.all([listOrNull('/api/models/candidates'),
      listOrNull('/api/models/nominations')]);
    if (candidates) {
      fillTable($('candidates'), ['队伍编号', '队伍名称', '层级', '入选的主题活动', '已结项的服务项目'],
        candidates.map((team) => [team.code, team.name, team.rank, team.campaign,
          team.projects.map((p) => `${p.code} ${p.title}（${p.grade}）`).join('；')]),
        '本单位还没有已启用的队伍。');
      $('candidates-section').hidden = false;
    }
    if (nominations) {
      fillTable($('nominations'), ['编号', '类别', '队伍', '人物', '推荐单位', '状态', '推荐时间', '评审意见', '表彰称号'],
        nominations.map((m) => [m.code, m.kind, `${m.teamCode} ${m.team}`, m.personName, m.organisation, m.status,
          beijingMinute(m.nominatedAt), m.decisionComment, m.title]),
        '还没有推荐。');
      $('nominations-section').hidden = false;
    }
    if (!candidates && !nominations) {
      showBanner('先进典型工作台仅对报送单位和中国科协组织人事部开放。公开的名单见“先进典型名单”。');
    }
  } catch (failure) {
    showBanner(`加载失败：${failure.message}。请稍后刷新页面。`);
  }
}

load();

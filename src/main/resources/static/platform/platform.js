// 基层服务阵地: the centres within the user's reach with filters, registering one (organisers and provincial
// associations), and the pilot counties' coverage with its Excel export. The server decides who sees what.
import { byId as $, csrfHeader, element, fetchJson, fillSelect, fillTable, showBanner } from '/assets/page.js';

let reach = null;
let pilotCounties = [];

function pairedWith(names) {
  return names.length ? element('span', 'paired', names.join('；')) : element('span', 'unpaired', '未结对');
}

// ---------- the centres ----------
async function loadCentres() {
  const query = new URLSearchParams();
  if ($('filter-kind').value) query.set('kind', $('filter-kind').value);
  if ($('filter-paired').value) query.set('paired', $('filter-paired').value);
  if ($('filter-county').value.trim()) query.set('countyCode', $('filter-county').value.trim());
  const province = $('filter-province').value;
  try {
    const centres = (await fetchJson(`/api/centres?${query}`))
      .filter((centre) => !province || centre.province === province);
    fillTable($('centres'), ['编号', '阵地名称', '类型', '省份', '县（市、区）', '试点县', '地址', '联系人', '联系电话', '结对情况'],
      centres.map((centre) => [centre.code, centre.name, centre.kindLabel, centre.province,
        `${centre.countyName}（${centre.countyCode}）`, centre.pilotCounty ? '是' : '否', centre.address,
        centre.contactName, centre.contactMobile, pairedWith(centre.pairedWith)]),
      '没有符合条件的阵地');
    showBanner('');
  } catch (failure) {
    showBanner(`无法载入阵地名录：${failure.message}`);
  }
}

// ---------- registering a centre ----------
async function register(event) {
  event.preventDefault();
  const form = event.target;
  try {
    const centre = await fetchJson('/api/centres',
      { method: 'POST', json: Object.fromEntries(new FormData(form)), headers: await csrfHeader() });
    $('register-result').textContent = `已登记：${centre.code} ${centre.name}`;
    form.reset();
    showBanner('');
    await Promise.all([loadCentres(), loadCoverage()]);
  } catch (failure) {
    $('register-result').textContent = '';
    showBanner(failure.message);
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
function coverageRow(county) {
  const practice = county.centres.filter((line) => line.civilizationPractice);
  const partyMass = county.centres.filter((line) => !line.civilizationPractice);
  const count = (lines) => `${lines.filter((line) => line.pairedWith.length).length} / ${lines.length}`;
  const details = element('ul', 'centre-lines');
  county.centres.forEach((line) => {
    const item = element('li', null, `${line.code} ${line.name}：`);
    item.append(pairedWith(line.pairedWith));
    details.append(item);
  });
  const state = element('span', county.covered ? 'paired' : 'unpaired',
    county.covered ? '已全覆盖' : practice.length ? '未全覆盖' : '未登记文明实践阵地');
  return [county.code, county.name, county.province, count(practice), count(partyMass), state, details];
}

async function loadCoverage() {
  if (!reach.readsCoverage) {
    return;
  }
  try {
    const coverage = await fetchJson('/api/platform/coverage');
    $('coverage-tiles').replaceChildren(
      tile(`${coverage.coveredCounties} / ${coverage.counties}`, '试点县已全覆盖'),
      tile(`${coverage.pairedPracticeCentres} / ${coverage.practiceCentres}`, '文明实践阵地已结对'),
      tile(`${coverage.pairedCentres} / ${coverage.centres}`, '全部阵地已结对'));
    fillTable($('coverage'), ['代码', '县（市、区）', '省份', '文明实践阵地（已结对/登记）', '党群服务中心（已结对/登记）', '覆盖情况', '阵地与结对'],
      coverage.rows.map(coverageRow), '没有试点县');
    const unpaired = coverage.rows.flatMap((county) => county.centres.filter((line) => !line.pairedWith.length));
    $('unpaired-count').textContent = `${unpaired.length} 个`;
    fillTable($('unpaired'), ['县（市、区）', '编号', '阵地名称', '类型'],
      unpaired.map((line) => [line.countyName, line.code, line.name, line.kind]), '试点县的阵地都已结对');
    $('coverage-panel').hidden = false;
  } catch (failure) {
    showBanner(`无法载入覆盖情况：${failure.message}`);
  }
}

function tile(count, label) {
  const node = element('div', 'tile');
  node.append(element('div', 'tile-count', count), element('div', 'tile-label', label));
  return node;
}

async function start() {
  try {
    reach = await fetchJson('/api/platform/reach');
    const choices = await fetchJson('/api/platform/options');
    pilotCounties = await fetchJson('/api/pilot-counties');
    const provinces = choices.provinces.map((province) => ({ value: province, label: province }));
    fillSelect($('filter-kind'), choices.kinds, '全部');
    fillSelect($('filter-province'), provinces, '全部');
    fillSelect($('register-kind'), choices.kinds);
    fillSelect($('register-province'), provinces);
    $('facts').replaceChildren(element('span', null, reach.province ? `范围：${reach.province}` : '范围：全国'));
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
    showBanner(failure.message);
  }
}

start();

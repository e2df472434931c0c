// 提交创新需求: the public form. The server checks every field again and answers each problem in Chinese.
import { byId as $, element, fetchJson, fillSelect, showBanner } from '/assets/page.js';

const form = $('demand-form');
let regional = {};

function owners(region, societies) {
  const own = regional[region];
  const group = element('optgroup');
  group.label = '全国学会';
  societies.forEach((society) => group.append(new Option(society.label, society.value)));
  form.elements.ownerCode.replaceChildren(
    new Option(own ? `${own.label}（所在地区的省级科协，默认）` : '请先选择所在地区', ''), group);
}

function clearErrors() {
  form.querySelectorAll('.field-error').forEach((node) => node.remove());
  form.querySelectorAll('.invalid').forEach((node) => node.classList.remove('invalid'));
  $('errors').hidden = true;
}

function showErrors(message, violations) {
  (violations || []).forEach((violation) => {
    const field = form.elements[violation.field];
    if (field && field.type !== 'hidden' && field.name !== 'website') {
      field.classList.add('invalid');
      field.after(element('span', 'field-error', violation.message));
    }
  });
  $('errors').textContent = message;
  $('errors').hidden = false;
}

function values() {
  const body = {};
  ['demandTitle', 'demandDescription', 'submitterKind', 'submitterName', 'contactName', 'contactMobile', 'region',
    'techField', 'serviceKind', 'ownerCode', 'website'].forEach((name) => {
    body[name] = form.elements[name].value.trim();
  });
  body.keyCoreTechnology = form.elements.keyCoreTechnology.checked;
  return body;
}

function problemOf(failure) {
  if (failure.kind === 'http') {
    return [failure.serverMessage || `提交未成功（${failure.status}），请稍后重试。`, failure.body && failure.body.violations];
  }
  return ['网络连接失败，请检查网络后重试。'];
}

async function submit(event) {
  event.preventDefault();
  clearErrors();
  if (!form.checkValidity()) {
    const invalid = [...form.elements].filter((field) => field.willValidate && !field.validity.valid);
    showErrors('请按提示补全或修改标红的项目后再提交。', invalid.map((field) => ({
      field: field.name,
      message: field.validity.patternMismatch ? '请输入 11 位手机号码，例如 13812345678。' : '此项为必填项，或长度不符合要求。',
    })));
    return;
  }
  $('submit').disabled = true;
  try {
    // The public API acts for nobody signed in: no session, so no CSRF token to send.
    const answer = await fetchJson('/api/public/demands', { method: 'POST', json: values() });
    form.hidden = true;
    $('receipt-text').textContent = answer.message;
    $('receipt').hidden = false;
  } catch (failure) {
    showErrors(...problemOf(failure));
  } finally {
    $('submit').disabled = false;
  }
}

async function load() {
  try {
    const options = await fetchJson('/api/public/demand-options');
    regional = options.regionalAssociations;
    fillSelect(form.elements.submitterKind, options.submitterKinds, '请选择');
    fillSelect(form.elements.region, options.regions.map((region) => ({ value: region, label: region })), '请选择');
    fillSelect(form.elements.techField, options.techFields, '请选择');
    fillSelect(form.elements.serviceKind, options.serviceKinds, '请选择');
    owners('', options.societies);
    form.elements.region.addEventListener('change', () => owners(form.elements.region.value, options.societies));
  } catch {
    showBanner('页面加载失败，请刷新重试。');
  }
}

form.addEventListener('submit', submit);
$('again').addEventListener('click', () => {
  form.reset();
  form.hidden = false;
  $('receipt').hidden = true;
});
load();

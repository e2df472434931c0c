// 提交创新需求: the public form. The server checks every field again and answers each problem in Chinese.
(() => {
  'use strict';

  const form = document.getElementById('demand-form');
  const $ = (id) => document.getElementById(id);
  let regional = {};

  function fill(select, choices, placeholder) {
    select.replaceChildren(new Option(placeholder, ''));
    choices.forEach((choice) => select.add(new Option(choice.label, choice.value)));
  }

  function owners(region, societies) {
    const select = form.elements.ownerCode;
    const own = regional[region];
    select.replaceChildren(new Option(own ? `${own.label}（所在地区的省级科协，默认）` : '请先选择所在地区', ''));
    const group = document.createElement('optgroup');
    group.label = '全国学会';
    societies.forEach((society) => group.appendChild(new Option(society.label, society.value)));
    select.add(group);
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
        const note = document.createElement('span');
        note.className = 'field-error';
        note.textContent = violation.message;
        field.after(note);
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
      const response = await fetch('/api/public/demands', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(values()),
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok) {
        form.hidden = true;
        $('receipt-text').textContent = answer.message;
        $('receipt').hidden = false;
      } else {
        showErrors(answer.message || `提交未成功（${response.status}），请稍后重试。`, answer.violations);
      }
    } catch (offline) {
      showErrors('网络连接失败，请检查网络后重试。');
    } finally {
      $('submit').disabled = false;
    }
  }

  async function load() {
    try {
      const response = await fetch('/api/public/demand-options', { headers: { Accept: 'application/json' } });
      const options = await response.json();
      regional = options.regionalAssociations;
      fill(form.elements.submitterKind, options.submitterKinds, '请选择');
      fill(form.elements.region, options.regions.map((region) => ({ value: region, label: region })), '请选择');
      fill(form.elements.techField, options.techFields, '请选择');
      fill(form.elements.serviceKind, options.serviceKinds, '请选择');
      owners('', options.societies);
      form.elements.region.addEventListener('change', () => owners(form.elements.region.value, options.societies));
    } catch (failed) {
      $('banner').textContent = '页面加载失败，请刷新重试。';
      $('banner').hidden = false;
    }
  }

  form.addEventListener('submit', submit);
  $('again').addEventListener('click', () => {
    form.reset();
    form.hidden = false;
    $('receipt').hidden = true;
  });
  load();
})();

/*
 * 附件: a Tasklist task-detail tab for a plan's documents, the stamped PDF and the Word file.
 * The submitting organisation uploads (with progress), replaces, deletes and downloads them while its
 * task is open; reviewers and organisers see the revision under review. The app's REST endpoints do
 * every check; this tab only shows their answers.
 */
const appRoot = document.querySelector('base').getAttribute('app-root');
const api = appRoot.replace(/\/camunda$/, '') + '/api';
const MAX_BYTES = 20 * 1024 * 1024;
const KINDS = [
  { kind: 'STAMPED_PDF', label: '盖章PDF版', accept: '.pdf,application/pdf', hint: '加盖单位公章后扫描的PDF文件' },
  { kind: 'WORD', label: 'Word版', accept: '.docx,.doc', hint: 'Word文档（.docx或.doc）' }
];

let csrf = null;

async function csrfHeader() {
  if (!csrf) {
    csrf = await (await fetch(api + '/csrf', { credentials: 'same-origin' })).json();
  }
  return { [csrf.headerName]: csrf.token };
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'onclick' || name === 'onchange') {
      node[name] = value;
    } else {
      node.setAttribute(name, value);
    }
  });
  children.filter((child) => child !== null && child !== undefined)
    .forEach((child) => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function size(bytes) {
  return bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

async function message(response) {
  try {
    return (await response.json()).message || ('请求失败（' + response.status + '）');
  } catch (e) {
    return '请求失败（' + response.status + '）';
  }
}

function upload(taskId, kind, file, onProgress) {
  return csrfHeader().then((headers) => new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('PUT', api + '/tasks/' + encodeURIComponent(taskId) + '/documents/' + kind);
    Object.entries(headers).forEach(([name, value]) => request.setRequestHeader(name, value));
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => resolve({ ok: request.status === 200, status: request.status, text: request.responseText });
    request.onerror = () => resolve({ ok: false, status: 0, text: '' });
    request.send(file);
  }));
}

/**
 * Attachment 1 filled in from the plan's values, with what the organisation has saved in the form
 * (Tasklist keeps it in the browser until the form is submitted) laid over them.
 */
async function generate(taskId, format) {
  const saved = localStorage.getItem('camunda-form:' + taskId) || '{}';
  const response = await fetch(api + '/tasks/' + encodeURIComponent(taskId) + '/attachment-one.' + format, {
    method: 'POST', credentials: 'same-origin',
    headers: Object.assign({ 'Content-Type': 'application/json' }, await csrfHeader()), body: saved
  });
  if (!response.ok) {
    return message(response);
  }
  const link = element('a', { href: URL.createObjectURL(await response.blob()),
    download: '附件1-全国科技工作者日主题活动筹备工作方案.' + format });
  document.body.append(link);
  link.click();
  link.remove();
  return null;
}

function render(node, taskId) {
  const state = { notice: null, error: null, progress: {} };
  const root = element('div', { class: 'cast-attachments', style: 'padding:16px 4px' });
  node.replaceChildren(root);

  async function refresh() {
    const response = await fetch(api + '/tasks/' + encodeURIComponent(taskId) + '/documents',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      root.replaceChildren(element('p', { class: 'text-muted' }, await message(response)));
      return;
    }
    draw(await response.json());
  }

  function draw(view) {
    const rows = KINDS.map((spec) => {
      const document = view.documents.find((d) => d.kind === spec.kind);
      const progress = state.progress[spec.kind];
      const input = element('input', { type: 'file', accept: spec.accept, 'data-kind': spec.kind,
        style: 'position:absolute;opacity:0;width:1px;height:1px' });
      input.onchange = () => input.files.length && send(spec, input.files[0]);
      return element('tr', { 'data-kind': spec.kind },
        element('td', { style: 'width:9em' }, element('strong', null, spec.label), element('br'),
          element('small', { class: 'text-muted' }, spec.hint)),
        element('td', null,
          document
            ? element('span', null,
                element('a', { href: api + '/documents/' + document.id, class: 'cast-download' }, document.fileName),
                element('small', { class: 'text-muted' }, '　' + size(document.size) + '　' + document.uploadedBy + ' 上传于 '
                  + document.uploadedAt.replace('T', ' ').substring(0, 16)))
            : element('span', { class: 'text-muted' }, '尚未上传'),
          progress !== undefined
            ? element('div', { class: 'progress', style: 'margin:6px 0 0;height:8px' },
                element('div', { class: 'progress-bar', style: 'width:' + Math.round(progress * 100) + '%' }))
            : null),
        element('td', { style: 'width:13em;text-align:right' }, view.canUpload
          ? element('span', null, input,
              element('button', { type: 'button', class: 'btn btn-default btn-sm cast-choose', onclick: () => input.click() },
                document ? '替换' : '上传'),
              document ? element('button', { type: 'button', class: 'btn btn-link btn-sm',
                onclick: () => remove(spec) }, '删除') : null)
          : null));
    });
    const missing = KINDS.filter((spec) => view.missing.includes(spec.kind)).map((spec) => spec.label);
    root.replaceChildren(...[
      element('p', null, view.canUpload
        ? '第 ' + view.revision + ' 次提交的附件。请将筹备工作方案打印并加盖单位公章，扫描为PDF，连同Word版一并上传，再在“Form”中提交方案；每个文件不超过20MB。'
        : '第 ' + view.revision + ' 次提交的附件（只读）。'),
      state.error ? element('div', { class: 'alert alert-danger cast-error' }, state.error) : null,
      state.notice ? element('div', { class: 'alert alert-success' }, state.notice) : null,
      view.canUpload && missing.length
        ? element('div', { class: 'alert alert-warning' }, '提交方案前请上传：' + missing.join('、')) : null,
      element('table', { class: 'table' }, element('tbody', null, ...rows)),
      element('p', null, element('strong', null, '附件1（筹备工作方案表）'), '　按已保存或已提交的内容生成，可打印盖章：',
        element('button', { type: 'button', class: 'btn btn-default btn-sm cast-generate', onclick: () => download('docx') },
          'Word版'), ' ',
        element('button', { type: 'button', class: 'btn btn-default btn-sm cast-generate', onclick: () => download('pdf') },
          'PDF版')),
      view.canUpload ? element('p', { class: 'text-muted small' }, '提示：先在“Form”中填写并点击“Save”保存，生成的附件1即包含填写的内容。')
        : null
    ].filter((child) => child !== null));
  }

  async function send(spec, file) {
    state.error = null;
    state.notice = null;
    if (file.size > MAX_BYTES) {
      state.error = '“' + file.name + '”超过20MB，请压缩后再上传。';
      return refresh();
    }
    state.progress[spec.kind] = 0;
    await refresh();
    const result = await upload(taskId, spec.kind, file, (share) => {
      state.progress[spec.kind] = share;
      const bar = root.querySelector('tr[data-kind="' + spec.kind + '"] .progress-bar');
      if (bar) {
        bar.style.width = Math.round(share * 100) + '%';
      }
    });
    delete state.progress[spec.kind];
    if (result.ok) {
      state.notice = '已上传' + spec.label + '：' + file.name;
    } else {
      let text = '上传失败，请稍后重试。';
      try {
        text = JSON.parse(result.text).message || text;
      } catch (e) {
        // not JSON: keep the general message
      }
      state.error = text;
    }
    refresh();
  }

  async function download(format) {
    state.error = await generate(taskId, format);
    if (state.error) {
      refresh();
    }
  }

  async function remove(spec) {
    state.error = null;
    state.notice = null;
    const response = await fetch(api + '/tasks/' + encodeURIComponent(taskId) + '/documents/' + spec.kind,
      { method: 'DELETE', credentials: 'same-origin', headers: await csrfHeader() });
    if (response.ok) {
      state.notice = '已删除' + spec.label;
    } else {
      state.error = await message(response);
    }
    refresh();
  }

  refresh();
}

export default {
  id: 'cast.attachments',
  pluginPoint: 'tasklist.task.detail',
  priority: 500,
  label: '附件',
  render: (node, { taskId }) => render(node, taskId)
};

/*
 * What Tasklist's forms say about invalid input, fixed and in Chinese.
 *
 * Tasklist 7.24 bundles a form-js whose Form leaves an empty entry in its error state for every field
 * inside a dynamic list once it has been rendered or edited (bpmn-io/form-js#1494). Tasklist counts
 * any entry as an error and keeps "Complete" disabled, so no form with a dynamic list could be
 * completed. This drops the entries that hold no message before Tasklist reads them; real messages
 * stay exactly where form-js put them, and submitting still runs form-js's own full validation.
 *
 * form-js writes its messages in English only ("Field must be a valid email."); unless the user chose
 * English in the account menu, each is put in Chinese as it enters the error state.
 */
const inChinese = window.localStorage.getItem('cast-language') !== 'en';

/** Our forms' patterns (forms/*.form), said in words: a regular expression means nothing to a user. */
const PATTERNS = {
  '^1[3-9]\\d{9}$': '请输入 11 位手机号码，例如 13812345678。',
  '^0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?$': '请输入带区号的固定电话，例如 010-62568157，分机号用“-”隔开。',
  '^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$': '请输入有效的电子邮箱地址，例如 name@example.org.cn。',
  '^https?://[^\\s/?#]+([/?#]\\S*)?$': '请输入以 http:// 或 https:// 开头的完整网址。',
  '^[0-9A-Za-z-]{2,32}$': '只能填写字母、数字和“-”，2 到 32 个字符。',
  '^[Tt]\\d{1,12}$': '应为 T 加数字，例如 T12；登记本单位总队时留空。',
  '^\\s*[Dd]\\d{1,12}([\\s,，、]+[Dd]\\d{1,12})*\\s*$': '应为需求库中的需求编号，例如 D3；多个编号用逗号分隔。',
  '^[Cc]\\d{1,12}$': '应为 C 加数字，例如 C3（见基层服务阵地名录）。',
  '^[Tt][0-9]{1,12}$': '应为服务队的编号，T 加数字，例如 T12。',
  '^[Ss]\\d{1,12}([，,、;；\\s]+[Ss]\\d{1,12})*$': '应为 S 加数字，多个编号用逗号隔开，例如 S3, S7。',
};

const CHINESE_MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮箱地址，例如 name@example.org.cn。'],
  [/^Field must be a valid +international phone number\./, () => '请输入有效的国际格式电话号码，例如 +861068571234。'],
  [/^Field must match pattern (.*)\.$/, (pattern) => PATTERNS[pattern] || '格式不正确，请按说明填写。'],
  [/^Field must have minimum value of (.*)\.$/, (min) => `不能小于 ${min}。`],
  [/^Field must have maximum value of (.*)\.$/, (max) => `不能大于 ${max}。`],
  [/^Field must have minimum length of (.*)\.$/, (min) => `至少填写 ${min} 个字符。`],
  [/^Field must have maximum length of (.*)\.$/, (max) => `最多填写 ${max} 个字符。`],
  [/^Value is not a number\.$/, () => '请输入数字。'],
  [/^Value is expected to be an integer\.$/, () => '请输入整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (digits) => `最多保留 ${digits} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    (below, above) => `请输入有效的值，最接近的两个有效值是 ${below} 和 ${above}。`],
];

function chinese(message) {
  for (const [english, translate] of CHINESE_MESSAGES) {
    const match = english.exec(message);
    if (match) {
      return translate(...match.slice(1));
    }
  }
  return message;
}

const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);

function isMessageList(value) {
  return Array.isArray(value) && value.some((entry) => typeof entry === 'string');
}

/** The same error tree without branches that end in no message (the rest in Chinese); undefined when nothing is left. */
function shownErrors(value) {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (isMessageList(value)) {
    return inChinese ? value.map((entry) => (typeof entry === 'string' ? chinese(entry) : entry)) : value;
  }
  const pruned = Array.isArray(value) ? [] : {};
  let kept = false;
  Object.keys(value).forEach((key) => {
    const entry = shownErrors(value[key]);
    if (entry !== undefined) {
      pruned[key] = entry; // list indexes stay where they were
      kept = true;
    }
  });
  return kept ? pruned : undefined;
}

chunks.push([['castFormErrors'], {}, (require) => {
  const moduleId = Object.keys(require.m).find((id) => String(require.m[id]).includes('_getSubmitData(){'));
  if (!moduleId) {
    return;
  }
  const Form = Object.values(require(moduleId))
    .find((value) => typeof value === 'function' && value.prototype && value.prototype._getSubmitData);
  if (!Form || Form.prototype.castErrorsFixed) {
    return;
  }
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    if (state && state.errors) {
      return setState.call(this, { ...state, errors: shownErrors(state.errors) || {} });
    }
    return setState.call(this, state);
  };
  Form.prototype.castErrorsFixed = true;
}]);

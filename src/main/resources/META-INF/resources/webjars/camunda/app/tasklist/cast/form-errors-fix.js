/*
 * Tasklist 7.24 bundles a form-js whose Form leaves an empty entry in its error state for every field
 * inside a dynamic list once it has been rendered or edited (bpmn-io/form-js#1494). Tasklist counts
 * any entry as an error and keeps "Complete" disabled, so no form with a dynamic list could be
 * completed. This drops the entries that hold no message before Tasklist reads them; real messages
 * stay exactly where form-js put them, and submitting still runs form-js's own full validation.
 */
const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);

function isMessageList(value) {
  return Array.isArray(value) && value.some((entry) => typeof entry === 'string');
}

/** The same error tree without branches that end in no message; undefined when nothing is left. */
function withoutEmptyEntries(value) {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (isMessageList(value)) {
    return value;
  }
  const pruned = Array.isArray(value) ? [] : {};
  let kept = false;
  Object.keys(value).forEach((key) => {
    const entry = withoutEmptyEntries(value[key]);
    if (entry !== undefined) {
      pruned[key] = entry; // list indexes stay where they were
      kept = true;
    }
  });
  return kept ? pruned : undefined;
}

chunks.push([['castFormErrorsFix'], {}, (require) => {
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
      return setState.call(this, { ...state, errors: withoutEmptyEntries(state.errors) || {} });
    }
    return setState.call(this, state);
  };
  Form.prototype.castErrorsFixed = true;
}]);

/*
 * One login for Tasklist, Cockpit and Admin: the app's own (Chinese) login page. When a webapp
 * would show Camunda's login view (after "log out", or when the session has expired), go there instead.
 */
const appRoot = document.querySelector('base').getAttribute('app-root');
const loginPage = appRoot.replace(/\/camunda$/, '') + '/login';

function toAppLogin() {
  if (/^#\/login/.test(window.location.hash)) {
    window.location.replace(loginPage);
  }
}

window.addEventListener('hashchange', toAppLogin);
toAppLogin();

/*
 * Chinese first, English on request, times in Beijing time, in every webapp.
 *
 * The webapps pick their language from the browser's first language (locales in config.js). This
 * script runs before they start: it answers that question with the language the user chose in the
 * account menu (中文 unless they chose English), so the choice holds on any browser and machine.
 * Their dates are formatted by moment in the browser's time zone; CAST's deadlines are Beijing
 * times, so moment is told to show every time at UTC+8 (China has had no daylight saving since 1991).
 */
const STORAGE_KEY = 'cast-language';
const LANGUAGES = { zh: { other: 'en', label: 'English' }, en: { other: 'zh', label: '中文' } };
const BEIJING_OFFSET_MINUTES = 8 * 60;

const chosen = LANGUAGES[window.localStorage.getItem(STORAGE_KEY)] ? window.localStorage.getItem(STORAGE_KEY) : 'zh';

Object.defineProperty(window.navigator, 'languages', { configurable: true, get: () => [chosen] });
Object.defineProperty(window.navigator, 'language', { configurable: true, get: () => chosen });
document.documentElement.lang = chosen === 'zh' ? 'zh-CN' : 'en';

/** The account menu gets one more entry: the other language. */
function offerTheOtherLanguage() {
  const menu = document.querySelector('[cam-widget-header] li.account ul.dropdown-menu');
  if (!menu || menu.querySelector('li.cast-language')) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'cast-language';
  const link = document.createElement('a');
  link.href = '';
  link.textContent = LANGUAGES[chosen].label;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    window.localStorage.setItem(STORAGE_KEY, LANGUAGES[chosen].other);
    window.location.reload();
  });
  item.appendChild(link);
  menu.insertBefore(item, menu.querySelector('li.logout'));
}

new MutationObserver(offerTheOtherLanguage).observe(document.documentElement, { childList: true, subtree: true });

/** moment lives inside the webapps' bundle: find it among the bundle's modules. */
const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
chunks.push([['castBeijingTime'], {}, (require) => {
  const moduleId = Object.keys(require.m).find((id) => {
    const source = String(require.m[id]);
    return source.includes('updateOffset') && source.includes('isMoment') && source.includes('defineLocale');
  });
  const moment = moduleId && require(moduleId);
  if (!moment || typeof moment.updateOffset !== 'function' || moment.castBeijingTime) {
    return;
  }
  moment.updateOffset = (instant, keepLocalTime) => {
    if (instant.isValid() && instant.utcOffset() !== BEIJING_OFFSET_MINUTES && !instant.castSettingOffset) {
      instant.castSettingOffset = true;
      instant.utcOffset(BEIJING_OFFSET_MINUTES, keepLocalTime);
      instant.castSettingOffset = false;
    }
  };
  moment.castBeijingTime = true;
}]);

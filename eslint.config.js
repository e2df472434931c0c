// Lint for the app's own pages (src/main/resources/static): ES modules in the browser. Camunda's webapps load
// their own customisations (META-INF/resources/webjars/camunda) in their own way; they are not linted here.
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  globalIgnores(['target/', 'src/main/resources/META-INF/']),
  {
    files: ['src/main/resources/static/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      sourceType: 'module',
      globals: globals.browser,
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // ECharts comes from its WebJar as a classic script that defines the global before the page's module runs.
    files: ['src/main/resources/static/dashboard/dashboard.js'],
    languageOptions: { globals: { echarts: 'readonly' } },
  },
  {
    files: ['eslint.config.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
]);

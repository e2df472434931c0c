/*
 * The welcome page (个人资料 and the list of apps), Chinese first like the other webapps.
 */
export default {
  // Language and Beijing time; the app's one login page instead of Camunda's login view.
  customScripts: ['../cast/language', '../cast/one-login'],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  app: {
    name: '欢迎',
    vendor: '科技志愿服务'
  },
  // The app's own pages, beside Tasklist, Cockpit and Admin.
  links: [
    {
      label: '组织者看板',
      href: '../../../../dashboard/index.html',
      description: '报送进度、截止与提醒、审核、遴选与分会场，导出 Excel（组织者和遴选委员会）'
    },
    {
      label: '座谈会直播大屏',
      href: '../../../../board/index.html',
      description: '各分会场联调与直播连线状态'
    },
    {
      label: '基层服务阵地',
      href: '../../../../platform/index.html',
      description: '党群服务中心、新时代文明实践中心名录与登记，试点县结对覆盖情况（组织者和报送单位）'
    },
    {
      label: '审计日志',
      href: '../../../../audit/index.html',
      description: '登录、下载与流程操作记录'
    }
  ]
};

// Texts by language; each view registers its own so no file grows large.
const TEXT = {
  zh: {
    skip: '跳到主要内容', mainNav: '主导航', brand: '养老护理与时间银行', elder: '长辈模式', logout: '退出',
    verifyLink: '证书查验（无需登录）', back: '返回', home: '首页', loading: '正在加载…', none: '暂无记录',
    done: '已完成', choose: '请选择',
    unexpected: '服务暂时不可用，请稍后再试。', offline: '无法连接服务器，请检查网络后再试。', fixFields: '请按提示修改后再提交。',
    sessionExpired: '登录已过期，请重新登录。', page: '第 {p} / {n} 页', prev: '上一页', next: '下一页',
    hoursMinutes: '{h} 小时 {m} 分钟',
    loginTitle: '登录', username: '用户名', password: '密码', signIn: '登录', welcome: '您好，{name}',
    loginHint: '演示账号见说明文档，密码 Demo#2026。', noScreen: '您的角色暂无网页功能，请使用接口。',
  },
  en: {
    skip: 'Skip to main content', mainNav: 'Main navigation', brand: 'Elder care & time bank', elder: 'Elder mode', logout: 'Sign out',
    verifyLink: 'Verify a certificate (no sign-in)', back: 'Back', home: 'Home', loading: 'Loading…', none: 'Nothing yet',
    done: 'Done', choose: 'Please choose',
    unexpected: 'The service is unavailable right now. Please try again later.', offline: 'Cannot reach the server. Check your connection and try again.',
    fixFields: 'Please correct the fields marked below.', sessionExpired: 'Your session has ended. Please sign in again.',
    page: 'Page {p} of {n}', prev: 'Previous', next: 'Next', hoursMinutes: '{h} h {m} min',
    loginTitle: 'Sign in', username: 'Username', password: 'Password', signIn: 'Sign in', welcome: 'Hello, {name}',
    loginHint: 'Demo accounts are listed in the README; the password is Demo#2026.', noScreen: 'Your role has no web screens yet; please use the API.',
  },
};

const LANG_KEY = 'eldercare.lang';
let lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';

export function register(texts) {
  for (const l of Object.keys(TEXT)) Object.assign(TEXT[l], texts[l]);
}

export function language() { return lang; }

/** The HTTP Accept-Language for the UI language, so the API's field messages match what the user reads. */
export function acceptLanguage() { return lang === 'en' ? 'en' : 'zh-CN'; }

export function setLanguage(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem(LANG_KEY, lang);
  applyStatic();
}

export function t(key, vars = {}) {
  const s = TEXT[lang][key] ?? TEXT.zh[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? '');
}

/** Bilingual names from the API ({zh, en}) or the catalogue's nameZh/nameEn. */
export function pick(zh, en) { return lang === 'en' && en ? en : zh; }

export function applyStatic(root = document) {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-aria]').forEach(el => el.setAttribute('aria-label', t(el.dataset.i18nAria)));
  const toggle = document.getElementById('lang-toggle');
  if (toggle) {
    toggle.textContent = lang === 'en' ? '中文' : 'English';
    toggle.lang = lang === 'en' ? 'zh-CN' : 'en';
  }
}

/** A calendar date (2026-12-08) is that day wherever the reader is; new Date() would read it as UTC midnight. */
export function formatDate(iso) {
  if (!iso) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso);
  return new Intl.DateTimeFormat(acceptLanguage(), { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(iso) {
  return iso ? new Intl.DateTimeFormat(acceptLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '';
}

export function hoursMinutes(total) {
  const sign = total < 0 ? '−' : '';
  const abs = Math.abs(total);
  return sign + t('hoursMinutes', { h: Math.floor(abs / 60), m: abs % 60 });
}

import { applyStatic, language, setLanguage, t } from './i18n.js';
import { session, whenSignedOut } from './api.js';
import { show, html, toast, loading } from './ui.js';
import { loginScreen } from './views/login.js';
import { ROLES } from './roles.js';
import { startSpeech, showSpeechToggle } from './speech.js';

const ELDER_KEY = 'eldercare.elder';

/** The toggle shows its state in words (开/关) and colour as well as aria-pressed, so a sighted user sees it too. */
function setElder(on) {
  document.documentElement.classList.toggle('elder', on);
  localStorage.setItem(ELDER_KEY, on ? 'on' : 'off');
  showElder();
}

function showElder() {
  const on = document.documentElement.classList.contains('elder');
  const toggle = document.getElementById('elder-toggle');
  toggle.setAttribute('aria-pressed', String(on));
  toggle.classList.toggle('active', on);
  toggle.querySelector('.state').textContent = on ? t('on') : t('off');
  showSpeechToggle();
}

/** The nav lists the role's tasks; in elder mode CSS hides it so home shows one big button per task. */
function renderNav(role, user) {
  const nav = document.getElementById('nav');
  nav.innerHTML = role ? role.tasks(user).map(([href, label]) => html`<li class="nav-item"><a class="nav-link" href="${href}">${label}</a></li>`).join('') : '';
  const current = location.hash || '#/';
  nav.querySelectorAll('a').forEach(a => { if (a.getAttribute('href') === current) a.setAttribute('aria-current', 'page'); });
}

let started = 0;
let drawn = 0;

async function route() {
  const mine = ++started;
  const main = document.getElementById('view');
  main.setAttribute('aria-busy', 'true');
  const s = session.get();
  document.getElementById('logout').hidden = !s;
  const role = s && ROLES[s.user.role];
  renderNav(role, s && s.user);
  applyStatic();
  showElder();
  if (!s) {
    loginScreen(() => { location.hash = '#/'; route(); });
    return settle(mine);
  }
  if (!role) {
    show(html`<h1 class="h3">${t('welcome', { name: s.user.displayName })}</h1><p>${t('noScreen')}</p>`);
    return settle(mine);
  }
  const [path, ...args] = (location.hash.replace(/^#\/?/, '') || '').split('/');
  const screenFn = role.screens[path] || role.screens[''];
  loading();
  try {
    await screenFn(s.user, ...args.map(decodeURIComponent));
  } catch (error) {
    show(html`<div class="alert alert-danger" role="alert">${error.message || t('unexpected')}</div><a class="btn btn-outline-dark" href="#/">${t('home')}</a>`);
  }
  // A slow earlier screen may finish after a newer one and cover it: then draw the current one again.
  if (mine < drawn) return route();
  drawn = mine;
  if (document.activeElement === document.body) main.focus({ preventScroll: true });
  settle(mine);
}

/** aria-busy stays true until the newest screen is drawn (assistive technology and the browser tests wait for it). */
function settle(mine) {
  if (mine === started) document.getElementById('view').setAttribute('aria-busy', 'false');
}

document.getElementById('elder-toggle').addEventListener('click', () => setElder(!document.documentElement.classList.contains('elder')));
document.getElementById('lang-toggle').addEventListener('click', () => { setLanguage(language() === 'en' ? 'zh' : 'en'); route(); });
document.getElementById('logout').addEventListener('click', () => { session.clear(); location.hash = '#/'; route(); });
whenSignedOut(() => { session.clear(); toast(t('sessionExpired')); setTimeout(route); });
window.addEventListener('hashchange', route);

startSpeech();
setElder(localStorage.getItem(ELDER_KEY) === 'on');
route();

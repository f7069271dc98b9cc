import { register, t } from './i18n.js';

// Read-aloud for 长辈模式: the browser's own speech synthesis, no service and no download.
register({
  zh: { readAloud: '朗读', speakToggle: '朗读', on: '开', off: '关', speakStarted: '朗读已打开。点按任何按钮或“朗读”即可听到。' },
  en: { readAloud: 'Read aloud', speakToggle: 'Read aloud', on: 'on', off: 'off', speakStarted: 'Reading aloud is on. Tap any button or "Read aloud" to hear it.' },
});

const KEY = 'eldercare.speak';
const supported = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
/** The main figures of a screen: its title, the balance, dates and times, statuses. */
const FIGURES = '#view h1, .balance-value, .when, .status .badge';
let on = localStorage.getItem(KEY) === 'on';

const elder = () => document.documentElement.classList.contains('elder');
const active = () => supported && on && elder();

export function say(text) {
  const words = String(text || '').replace(/\s+/g, ' ').trim();
  if (!supported || !words) return;
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(words);
  u.lang = document.documentElement.lang === 'en' ? 'en-US' : 'zh-CN';
  u.rate = 0.9;
  speechSynthesis.speak(u);
}

/** A "朗读" button after each main figure, which reads that figure. */
function decorate() {
  const view = document.getElementById('view');
  if (!active()) {
    view.querySelectorAll('.speak').forEach(b => b.remove());
    return;
  }
  view.querySelectorAll(FIGURES).forEach(el => {
    if (el.nextElementSibling && el.nextElementSibling.classList.contains('speak')) return;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn btn-outline-dark btn-sm speak ms-2';
    b.textContent = t('readAloud');
    b.setAttribute('aria-label', `${t('readAloud')}：${el.textContent.trim()}`);
    b.speakOf = el;
    el.after(b);
  });
}

export function showSpeechToggle() {
  const toggle = document.getElementById('speak-toggle');
  toggle.hidden = !supported;
  toggle.setAttribute('aria-pressed', String(on));
  toggle.classList.toggle('active', on);
  toggle.querySelector('.state').textContent = on ? t('on') : t('off');
  decorate();
}

export function startSpeech() {
  document.getElementById('speak-toggle').addEventListener('click', () => {
    on = !on;
    localStorage.setItem(KEY, on ? 'on' : 'off');
    showSpeechToggle();
    if (on) say(t('speakStarted')); else if (supported) speechSynthesis.cancel();
  });
  // Any button or task tile says what it does as it is pressed; a figure's own button reads the figure.
  document.addEventListener('click', e => {
    if (!active()) return;
    const speak = e.target.closest('.speak');
    if (speak) {
      say(speak.speakOf.textContent);
      return;
    }
    const control = e.target.closest('button, a.btn, a.tile');
    if (control && control.id !== 'speak-toggle') say(control.textContent);
  }, true);
  new MutationObserver(decorate).observe(document.getElementById('view'), { childList: true, subtree: true });
  showSpeechToggle();
}

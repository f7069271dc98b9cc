import { t } from './i18n.js';

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = v => String(v ?? '').replace(/[&<>"']/g, c => ESC[c]);

/** Template tag that escapes every interpolated value unless it is marked safe with raw(). */
export function html(strings, ...values) {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), '');
}
function render(v) {
  if (Array.isArray(v)) return v.map(render).join('');
  return v && v.__raw !== undefined ? v.__raw : esc(v);
}
export const raw = s => ({ __raw: s });

export const view = () => document.getElementById('view');

export function show(markup) {
  const v = view();
  v.innerHTML = markup;
  fillProgress(v);
  return v;
}

/** Sizes progress bars from their aria-valuenow: a style attribute in the markup would break the content security policy. */
export function fillProgress(container) {
  container.querySelectorAll('.progress[aria-valuenow] > .progress-bar').forEach(bar => {
    bar.style.width = `${bar.parentElement.getAttribute('aria-valuenow')}%`;
  });
}

/** The heading of a task screen, with a large back button to the role's home. */
export function screen(title, body, { back = true } = {}) {
  return html`${back ? raw(`<a class="btn btn-outline-dark btn-back mb-3" href="#/">← ${esc(t('back'))}</a>`) : ''}
    <h1 class="h3 mb-3">${title}</h1>${raw(body)}`;
}

export function loading() {
  show(html`<p class="text-body-secondary" role="status">${t('loading')}</p>`);
}

export function toast(message) {
  const el = document.getElementById('toast');
  el.textContent = message;
  el.classList.add('show');
  clearTimeout(el._timer);
  el._timer = setTimeout(() => el.classList.remove('show'), 10000);
}

/** Shows an error in the screen's alert area, never raw JSON or a stack trace. */
export function showError(container, error) {
  const box = container.querySelector('.form-alert') || container;
  box.innerHTML = html`<div class="alert alert-danger" role="alert">${error.message || t('unexpected')}</div>`;
}

export function clearErrors(form) {
  form.querySelectorAll('.is-invalid').forEach(el => el.classList.remove('is-invalid'));
  form.querySelectorAll('.invalid-feedback.from-api').forEach(el => el.remove());
  form.querySelectorAll('[aria-describedby~="api-error"]').forEach(el => el.removeAttribute('aria-describedby'));
  const alert = form.querySelector('.form-alert');
  if (alert) alert.innerHTML = '';
}

/** Puts each API field message next to its input (matched by name); others go to the form's alert. */
export function showFieldErrors(form, error) {
  clearErrors(form);
  const unmatched = [];
  for (const { field, message } of error.fields || []) {
    const name = String(field || '').split('.').pop();
    const input = name && form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (!input) { unmatched.push(message); continue; }
    input.classList.add('is-invalid');
    const id = input.id + '-error';
    let feedback = document.getElementById(id);
    if (!feedback) {
      feedback = document.createElement('div');
      feedback.id = id;
      feedback.className = 'invalid-feedback from-api';
      (input.closest('.field') || input.parentElement).append(feedback);
      feedback.textContent = message;
    } else {
      feedback.textContent += '；' + message;
    }
    input.setAttribute('aria-describedby', id);
    input.setAttribute('aria-invalid', 'true');
  }
  const alert = form.querySelector('.form-alert');
  const lines = error.fields && error.fields.length ? [error.message, ...unmatched] : [error.message];
  if (alert) alert.innerHTML = html`<div class="alert alert-danger" role="alert">${lines.filter(Boolean).join(' ')}</div>`;
  const first = form.querySelector('.is-invalid');
  if (first) first.focus();
}

/** Wires a form: collects its values, calls action, shows field errors or success. */
export function onSubmit(form, action) {
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const button = form.querySelector('[type=submit]');
    button.disabled = true;
    clearErrors(form);
    form.querySelectorAll('[aria-invalid]').forEach(el => el.removeAttribute('aria-invalid'));
    try {
      await action(Object.fromEntries(new FormData(form)));
    } catch (error) {
      if (!error.fields) throw error;
      showFieldErrors(form, error);
    } finally {
      button.disabled = false;
    }
  });
}

/** A labelled input; live adds an empty hint (id f-NAME-help) that scripts fill as the user types. */
export function field(name, label, input = '', { type = 'text', help = '', live = false, attrs = '' } = {}) {
  const id = 'f-' + name;
  const control = input || `<input class="form-control" id="${id}" name="${esc(name)}" type="${type}" ${attrs}>`;
  const hint = help || live ? `<div class="form-text" id="${id}-help"${live ? ' aria-live="polite"' : ''}>${esc(help)}</div>` : '';
  return `<div class="field mb-3"><label class="form-label" for="${id}">${esc(label)}</label>${control}${hint}</div>`;
}

export function select(name, label, options, { attrs = '' } = {}) {
  const opts = options.map(([v, text]) => `<option value="${esc(v)}">${esc(text)}</option>`).join('');
  return field(name, label, `<select class="form-select" id="f-${esc(name)}" name="${esc(name)}" ${attrs}>${opts}</select>`);
}

/** A choice that starts on "请选择", so leaving it unchosen is a field error rather than a silent first option. */
export function choice(name, label, options, opts) {
  return select(name, label, [['', t('choose')], ...options], opts);
}

export function tiles(items) {
  return `<div class="row g-3 tiles">${items.map(([href, title, text]) => `<div class="col-12 col-sm-6 col-lg-4">
    <a class="tile card h-100 text-decoration-none" href="${esc(href)}"><span class="card-body"><span class="h5 d-block">${esc(title)}</span>
    <span class="tile-text">${esc(text)}</span></span></a></div>`).join('')}</div>`;
}

/** The "nothing yet" line for an empty list, as markup (raw) so that html`` does not escape it into visible tags. */
export function empty(items) {
  return items.length ? '' : raw(html`<p class="text-body-secondary empty">${t('none')}</p>`);
}

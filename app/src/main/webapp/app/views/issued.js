import { register, t, formatDate } from '../i18n.js';
import { get, post } from '../api.js';
import { html, raw, field, onSubmit, toast } from '../ui.js';

register({
  zh: {
    issuedTitle: '本课程已颁发的证书', revoke: '撤销', reissue: '补发新版本', reason: '原因（至少 2 个字）', revokedOk: '证书已撤销。',
    reissuedOk: '已补发新版本。', version: '第 {v} 版',
  },
  en: {
    issuedTitle: 'Certificates issued for this course', revoke: 'Revoke', reissue: 'Re-issue', reason: 'Reason (at least 2 characters)',
    revokedOk: 'Certificate revoked.', reissuedOk: 'New version issued.', version: 'version {v}',
  },
});

export async function issuedPanel(courseId) {
  const page = await get(`certificates?courseId=${courseId}&size=100`);
  const items = page.items.map(c => html`<li class="list-group-item" data-issued="${c.id}">
    <span class="fw-bold">${c.holderName}</span> · <span class="font-monospace">${c.number}</span> · ${t('version', { v: c.version })}
    · ${t('cst.' + c.status)} · ${formatDate(c.issuedOn)}
    ${c.status === 'VALID' ? raw(html`<div class="d-flex flex-wrap gap-2 mt-2">
      <button type="button" class="btn btn-outline-danger" data-act="revoke">${t('revoke')}</button>
      <button type="button" class="btn btn-outline-dark" data-act="reissue">${t('reissue')}</button></div>`) : ''}</li>`);
  return page.items.length ? html`<section class="card mb-4"><div class="card-body"><h2 class="h4">${t('issuedTitle')}</h2>
    <ul class="list-group">${items.map(raw)}</ul></div></section>` : '';
}

/** Revoking and re-issuing both ask for a reason in place; the API's message lands beside that field. */
export function wireIssued(root, reload) {
  root.querySelectorAll('[data-issued] [data-act]').forEach(b => b.addEventListener('click', () => {
    const item = b.closest('[data-issued]');
    const act = b.dataset.act;
    const id = item.dataset.issued;
    b.parentElement.outerHTML = html`<form class="mt-2 reason-form" novalidate><div class="form-alert"></div>
      ${raw(field('reason', t('reason'), '', { attrs: 'maxlength="500"' }).replaceAll('f-reason', 'f-reason-' + id))}
      <button type="submit" class="btn ${act === 'revoke' ? 'btn-danger' : 'btn-primary'}">${t(act)}</button></form>`;
    onSubmit(item.querySelector('form'), async f => {
      await post(`certificates/${id}/${act}`, { reason: f.reason });
      toast(t(act === 'revoke' ? 'revokedOk' : 'reissuedOk'));
      await reload();
    });
  }));
}

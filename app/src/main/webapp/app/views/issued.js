import { register, t, formatDate } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { html, raw, field, onSubmit, toast, showFieldErrors } from '../ui.js';
import { versionLabel } from './certificates.js';

register({
  zh: {
    issuedTitle: '本课程已颁发的证书', revoke: '撤销', reissue: '补发新版本', reason: '原因（至少 2 个字）', revokedOk: '证书已撤销。',
    reissuedOk: '已补发新版本。', reasonRequired: '不能为空', reasonShort: '至少 2 个字', next: '下一步', notNow: '不撤销，返回',
    notNowReissue: '不补发，返回',
    revokeWhat: '撤销后证书立即失效：公开查验页和扫码结果将显示“已撤销”和您填写的原因，持证人不能再用它证明技能等级。撤销不能恢复；如只是信息有误，请改用“补发新版本”。',
    reissueWhat: '补发后将签发第 {n} 版证书，现在的第 {v} 版显示“已被新版本取代”，查验时提示以新版本为准。',
    revokeSure: '确定撤销 {name} 的证书 {number}（第 {v} 版）吗？原因：{reason}', yesRevoke: '确认撤销',
    reissueSure: '确定为 {name} 补发证书 {number} 的第 {n} 版吗？原因：{reason}', yesReissue: '确认补发',
  },
  en: {
    issuedTitle: 'Certificates issued for this course', revoke: 'Revoke', reissue: 'Re-issue', reason: 'Reason (at least 2 characters)',
    revokedOk: 'Certificate revoked.', reissuedOk: 'New version issued.', reasonRequired: 'must not be blank', reasonShort: 'at least 2 characters',
    next: 'Next', notNow: 'Do not revoke; go back', notNowReissue: 'Do not re-issue; go back',
    revokeWhat: 'Revoking ends the certificate at once: the public verification page and its QR code show "Revoked" with your reason, and the holder can no longer use it. It cannot be undone; if only some details are wrong, re-issue instead.',
    reissueWhat: 'Re-issuing signs version {n}; the current version {v} then shows "Superseded by a newer version", and verification points to the new one.',
    revokeSure: 'Revoke certificate {number} (version {v}) of {name}? Reason: {reason}', yesRevoke: 'Yes, revoke',
    reissueSure: 'Issue version {n} of certificate {number} for {name}? Reason: {reason}', yesReissue: 'Yes, re-issue',
  },
});

export async function issuedPanel(courseId) {
  const page = await get(`certificates?courseId=${courseId}&size=100`);
  const items = page.items.map(c => html`<li class="list-group-item" data-issued="${c.id}" data-holder="${c.holderName}" data-number="${c.number}"
    data-version="${c.version}">
    <span class="fw-bold">${c.holderName}</span> · <span class="font-monospace">${c.number}</span> · ${versionLabel(c)}
    · ${t('cst.' + c.status)} · ${formatDate(c.issuedOn)}
    ${c.status === 'VALID' ? raw(html`<div class="d-flex flex-wrap gap-2 mt-2">
      <button type="button" class="btn btn-outline-danger" data-act="revoke">${t('revoke')}</button>
      <button type="button" class="btn btn-outline-dark" data-act="reissue">${t('reissue')}</button></div>`) : ''}</li>`);
  return page.items.length ? html`<section class="card mb-4"><div class="card-body"><h2 class="h4">${t('issuedTitle')}</h2>
    <ul class="list-group">${items.map(raw)}</ul></div></section>` : '';
}

/**
 * Revoking and re-issuing take two steps: the first says what will happen and asks for the reason, the second repeats
 * whose certificate it is and the reason, and only its button calls the API. The API's messages land beside the field.
 */
export function wireIssued(root, reload) {
  root.querySelectorAll('[data-issued] [data-act]').forEach(b => b.addEventListener('click', () => {
    const item = b.closest('[data-issued]');
    const act = b.dataset.act;
    const { issued: id, holder, number } = item.dataset;
    const v = Number(item.dataset.version);
    b.parentElement.outerHTML = html`<form class="mt-2 reason-form" novalidate>
      <p class="alert ${act === 'revoke' ? 'alert-danger' : 'alert-info'} what">${t(act + 'What', { v, n: v + 1 })}</p><div class="form-alert"></div>
      ${raw(field('reason', t('reason'), '', { attrs: 'maxlength="500"' }).replaceAll('f-reason', 'f-reason-' + id))}
      <div class="confirm" role="alert"></div>
      <button type="submit" class="btn ${act === 'revoke' ? 'btn-outline-danger' : 'btn-outline-dark'}">${t('next')}</button></form>`;
    const form = item.querySelector('form');
    form.querySelector('input').focus();
    onSubmit(form, async f => {
      const reason = (f.reason || '').trim();
      if (reason.length < 2) {
        throw new ApiError(0, t('fixFields'), 'REASON', [{ field: 'reason', message: t(reason ? 'reasonShort' : 'reasonRequired') }]);
      }
      const box = form.querySelector('.confirm');
      const yes = act === 'revoke' ? 'yesRevoke' : 'yesReissue';
      box.innerHTML = html`<p class="fw-bold">${t(act + 'Sure', { name: holder, number, v, n: v + 1, reason })}</p>
        <div class="d-flex flex-wrap gap-2 mb-2"><button type="button" class="btn ${act === 'revoke' ? 'btn-danger' : 'btn-primary'}" data-yes>${t(yes)}</button>
        <button type="button" class="btn btn-outline-dark" data-no>${t(act === 'revoke' ? 'notNow' : 'notNowReissue')}</button></div>`;
      form.querySelector('[type=submit]').hidden = true;
      box.querySelector('[data-no]').addEventListener('click', () => reload());
      box.querySelector('[data-yes]').addEventListener('click', async e => {
        e.target.disabled = true;
        try {
          await post(`certificates/${id}/${act}`, { reason });
          toast(t(act === 'revoke' ? 'revokedOk' : 'reissuedOk'));
          await reload();
        } catch (error) {
          box.innerHTML = '';
          form.querySelector('[type=submit]').hidden = false;
          showFieldErrors(form, error);
        }
      });
      box.querySelector('[data-yes]').focus();
    });
  }));
}

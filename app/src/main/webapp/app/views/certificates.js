import { register, t, formatDate } from '../i18n.js';
import { get, download } from '../api.js';
import { show, screen, html, raw, toast, showError, empty } from '../ui.js';
import { levelName, occupationName } from './reference.js';

register({
  zh: {
    certsTitle: '我的证书', issuedHere: '本平台颁发的证书', recordedHere: '已登记的其他证书', number: '证书编号',
    issuedOn: '发证日期', issuer: '发证机构', downloadPdf: '下载 PDF', downloaded: '证书已下载', verifyIt: '查验此证书',
    'cst.VALID': '有效', 'cst.REVOKED': '已撤销', 'cst.SUPERSEDED': '已被新版本取代',
    'kind.SKILL_LEVEL': '职业技能等级证书', 'kind.COMPLETION': '培训结业证书', versionN: '第 {v} 版', replaces: '取代第 {v} 版',
    replacedOn: '{d} 起由第 {v} 版取代', revokedBecause: '撤销原因：{r}',
  },
  en: {
    certsTitle: 'My certificates', issuedHere: 'Certificates issued here', recordedHere: 'Other certificates on record', number: 'Number',
    issuedOn: 'Issued on', issuer: 'Issued by', downloadPdf: 'Download PDF', downloaded: 'Certificate downloaded', verifyIt: 'Verify this certificate',
    'cst.VALID': 'Valid', 'cst.REVOKED': 'Revoked', 'cst.SUPERSEDED': 'Superseded by a newer version',
    'kind.SKILL_LEVEL': 'Vocational skill level certificate', 'kind.COMPLETION': 'Training completion certificate', versionN: 'version {v}',
    replaces: 'replaces version {v}', replacedOn: 'replaced by version {v} on {d}', revokedBecause: 'Reason for revoking: {r}',
  },
});

/** "第 2 版 · 取代第 1 版": every version is labelled, so two cards with one number are told apart. */
export const versionLabel = c => [t('versionN', { v: c.version }), c.supersedesId ? t('replaces', { v: c.version - 1 }) : '',
  c.supersededAt ? t('replacedOn', { v: c.version + 1, d: formatDate(c.supersededAt) }) : ''].filter(Boolean).join(' · ');

export async function certificatesScreen(user) {
  const holdings = await get(`caregivers/${user.caregiverId}/certificates`);
  const recorded = await Promise.all(holdings.recorded.map(async r => ({ ...r, occupation: await occupationName(r.occupationCode) })));
  // the newest version of each certificate first, its older versions right under it
  const mine = await Promise.all([...holdings.issued].sort((a, b) => a.number.localeCompare(b.number) || b.version - a.version)
    .map(async c => ({ ...c, occupation: await occupationName(c.occupationCode) })));
  const body = html`<h2 class="h4">${t('issuedHere')}</h2>${empty(mine)}
    <ul class="list-unstyled">${mine.map(c => raw(issued(c)))}</ul>
    <h2 class="h4 mt-4">${t('recordedHere')}</h2>${empty(recorded)}
    <ul class="list-unstyled">${recorded.map(r => raw(html`<li class="card mb-2"><div class="card-body">
      <p class="fw-bold mb-1">${r.occupation} · ${levelName(r.level)}</p>
      <p class="mb-0">${t('number')}: ${r.number} · ${t('issuedOn')}: ${formatDate(r.issuedOn)}</p></div></li>`))}</ul>`;
  const v = show(screen(t('certsTitle'), body));
  v.querySelectorAll('[data-pdf]').forEach(b => b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      await download(`certificates/${b.dataset.pdf}/pdf`, 'application/pdf', b.dataset.file);
      toast(t('downloaded'));
    } catch (error) {
      showError(b.closest('.card-body'), error);
    } finally {
      b.disabled = false;
    }
  }));
}

function issued(c) {
  const badge = c.status === 'VALID' ? 'text-bg-success' : c.status === 'REVOKED' ? 'text-bg-danger' : 'text-bg-warning';
  return html`<li class="card mb-3" data-certificate="${c.id}"><div class="card-body">
    <h3 class="h5">${t('kind.' + c.kind)}</h3>
    <p class="mb-1">${c.occupation}${c.level ? ' · ' + levelName(c.level) : ''} <span class="badge ${badge}">${t('cst.' + c.status)}</span></p>
    <p class="mb-1">${t('number')}: <span class="font-monospace">${c.number}</span> · <span class="version">${versionLabel(c)}</span></p>
    ${c.revocationReason ? raw(html`<p class="mb-1">${t('revokedBecause', { r: c.revocationReason })}</p>`) : ''}
    <p class="mb-1">${t('issuer')}: ${c.baseName}</p>
    <p class="mb-2">${t('issuedOn')}: ${formatDate(c.issuedOn)}</p>
    <div class="form-alert"></div>
    <div class="d-flex flex-wrap gap-2">
      <button type="button" class="btn btn-primary btn-lg" data-pdf="${c.id}" data-file="${c.number}.pdf">${t('downloadPdf')}</button>
      <a class="btn btn-outline-dark btn-lg" href="verify.html?code=${encodeURIComponent(c.verificationCode)}">${t('verifyIt')}</a>
    </div></div></li>`;
}

import { register, t } from '../i18n.js';
import { get, post, download } from '../api.js';
import { html, raw, showError, fillProgress } from '../ui.js';

register({
  zh: {
    cohortTitle: '为本班颁发证书', cohortText: '为本课程所有符合条件的学员生成并签名证书。', startCohort: '开始颁发',
    cohortProgress: '已处理 {p} / {n} 人：颁发 {d}，失败 {f}，已持证跳过 {s}', cohortDone: '颁发完成',
    cohortNothing: '没有颁发新证书', cohortBroke: '颁发中断，请稍后重试', zip: '下载全部证书（ZIP）',
  },
  en: {
    cohortTitle: 'Issue certificates for this class', cohortText: 'Generate and sign certificates for every eligible learner of the course.',
    startCohort: 'Start issuing', cohortProgress: '{p} of {n} learners processed: {d} issued, {f} failed, {s} skipped (already certified)',
    cohortDone: 'Issuing finished', cohortNothing: 'No new certificate issued', cohortBroke: 'Issuing broke off; please try again later',
    zip: 'Download all (ZIP)',
  },
});

export function cohortPanel(course) {
  return html`<section class="card mb-4" id="cohort"><div class="card-body"><h2 class="h4">${t('cohortTitle')}</h2>
    <p>${t('cohortText')}</p><div class="form-alert"></div>
    <button type="button" class="btn btn-primary btn-lg" data-cohort="${course.id}">${t('startCohort')}</button>
    <div class="job mt-3" aria-live="polite"></div></div></section>`;
}

/** Starts the job and polls it for a live progress bar until it stops running. */
export async function startCohort(button) {
  const panel = button.closest('.card-body');
  button.disabled = true;
  try {
    let job = await post(`courses/${button.dataset.cohort}/certificate-jobs`);
    while (job.status === 'QUEUED' || job.status === 'RUNNING') {
      progress(panel, job);
      await new Promise(r => setTimeout(r, 1000));
      job = await get(`certificate-jobs/${job.id}`);
    }
    progress(panel, job);
  } catch (error) {
    showError(panel, error);
  } finally {
    button.disabled = false;
  }
}

/** The job's total leaves out learners already certified (skipped): the user's count is everyone on the roster. */
function progress(panel, job) {
  const all = job.total + job.skipped;
  const processed = job.done + job.failed + job.skipped;
  const pct = all ? Math.round((processed / all) * 100) : 100;
  const label = t('cohortProgress', { p: processed, n: all, d: job.done, f: job.failed, s: job.skipped });
  const outcome = job.status === 'FAILED' ? t('cohortBroke') : job.status !== 'DONE' ? '' : job.done ? t('cohortDone') : t('cohortNothing');
  const box = panel.querySelector('.job');
  box.innerHTML = html`<p class="mb-1">${outcome ? outcome + ' · ' : ''}${label}</p>
    <div class="progress mb-2" role="progressbar" aria-label="${label}" aria-valuenow="${pct}" aria-valuemin="0" aria-valuemax="100">
    <div class="progress-bar"></div></div>
    <ul>${job.failures.map(f => raw(html`<li>${f.holderName}: ${f.reason}</li>`))}</ul>
    ${job.status === 'DONE' && job.done ? raw(html`<button type="button" class="btn btn-outline-dark" data-zip="${job.id}">${t('zip')}</button>`) : ''}`;
  fillProgress(box);
  const zip = box.querySelector('[data-zip]');
  if (zip) zip.addEventListener('click', () => download(`certificate-jobs/${job.id}/zip`, 'application/zip', `certificates-${job.id}.zip`));
}

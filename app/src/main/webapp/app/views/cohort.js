import { register, t } from '../i18n.js';
import { get, post, download } from '../api.js';
import { html, raw, showError, fillProgress } from '../ui.js';

register({
  zh: {
    cohortTitle: '为本班颁发证书', cohortText: '为本课程所有符合条件的学员生成并签名证书。', startCohort: '开始颁发',
    cohortProgress: '已完成 {d} / {n}，失败 {f}，跳过 {s}', cohortDone: '颁发完成', zip: '下载全部证书（ZIP）',
  },
  en: {
    cohortTitle: 'Issue certificates for this class', cohortText: 'Generate and sign certificates for every eligible learner of the course.',
    startCohort: 'Start issuing', cohortProgress: '{d} of {n} done, {f} failed, {s} skipped', cohortDone: 'Issuing finished', zip: 'Download all (ZIP)',
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

function progress(panel, job) {
  const finished = job.done + job.failed + job.skipped;
  const pct = job.total ? Math.round((finished / job.total) * 100) : 100;
  const label = t('cohortProgress', { d: job.done, n: job.total, f: job.failed, s: job.skipped });
  const box = panel.querySelector('.job');
  box.innerHTML = html`<p class="mb-1">${job.status === 'DONE' ? t('cohortDone') + ' · ' : ''}${label}</p>
    <div class="progress mb-2" role="progressbar" aria-label="${label}" aria-valuenow="${pct}" aria-valuemin="0" aria-valuemax="100">
    <div class="progress-bar"></div></div>
    <ul>${job.failures.map(f => raw(html`<li>${f.holderName}: ${f.reason}</li>`))}</ul>
    ${job.status === 'DONE' && job.done ? raw(html`<button type="button" class="btn btn-outline-dark" data-zip="${job.id}">${t('zip')}</button>`) : ''}`;
  fillProgress(box);
  const zip = box.querySelector('[data-zip]');
  if (zip) zip.addEventListener('click', () => download(`certificate-jobs/${job.id}/zip`, 'application/zip', `certificates-${job.id}.zip`));
}

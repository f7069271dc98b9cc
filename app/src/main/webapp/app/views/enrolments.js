import { register, t } from '../i18n.js';
import { get, post } from '../api.js';
import { show, screen, html, raw, toast, showError, empty } from '../ui.js';

register({
  zh: {
    mineTitle: '我的课程与学时', hoursOf: '已学 {a} 学时 / 标准 {s} 学时', hoursDone: '学时已达标', cancelEnrol: '取消报名',
    cancelSure: '确定要取消这门课程的报名吗？', yesCancel: '是，取消报名', keep: '不取消', cancelled: '已取消报名',
    scoresTitle: '我的成绩', passed: '合格', failed: '不合格',
    notYet: '尚未考核', attempt: '第 {n} 次', score: '{s} 分', allPassed: '考核全部合格', 'part.THEORY': '理论知识考试',
    'part.SKILL': '技能考核', 'part.REVIEW': '综合评审',
  },
  en: {
    mineTitle: 'My courses and hours', hoursOf: '{a} of {s} standard hours attended', hoursDone: 'Hours complete', cancelEnrol: 'Cancel enrolment',
    cancelSure: 'Do you really want to cancel your place on this course?', yesCancel: 'Yes, cancel it', keep: 'Keep my place', cancelled: 'Enrolment cancelled',
    scoresTitle: 'My scores', passed: 'Passed', failed: 'Not passed',
    notYet: 'Not assessed yet', attempt: 'Attempt {n}', score: '{s} points', allPassed: 'Passed the whole assessment', 'part.THEORY': 'Theory exam',
    'part.SKILL': 'Skill test', 'part.REVIEW': 'Comprehensive review',
  },
});

const statusBadge = e => e.status === 'WAITING'
  ? html`<span class="badge text-bg-warning">${t('st.WAITING', { n: e.waitingPosition })}</span>`
  : html`<span class="badge ${e.status === 'ENROLLED' ? 'text-bg-success' : 'text-bg-secondary'}">${t('st.' + e.status)}</span>`;

const hours = h => Number(h).toLocaleString(undefined, { maximumFractionDigits: 1 });

export async function enrolmentsScreen() {
  const mine = await get('me/enrolments?size=100');
  // Current courses first; cancelled ones stay listed below them as a record.
  const items = [...mine.items].sort((a, b) => (a.status === 'CANCELLED') - (b.status === 'CANCELLED'));
  const v = show(screen(t('mineTitle'), html`${empty(items)}<ul class="list-unstyled">${items.map(e => raw(card(e)))}</ul>`));
  v.querySelectorAll('[data-cancel]').forEach(b => b.addEventListener('click', () => askCancel(b)));
}

function card(e) {
  const pct = Math.min(100, Math.round((e.attendedHours / Math.max(1, e.standardHours)) * 100));
  const label = t('hoursOf', { a: hours(e.attendedHours), s: e.standardHours });
  return html`<li class="card mb-3" data-enrolment="${e.id}" data-course="${e.courseId}"><div class="card-body">
    <h2 class="h5">${e.courseTitle}</h2><p class="mb-2 status">${raw(statusBadge(e))}</p>
    ${e.status === 'CANCELLED' ? '' : raw(html`<p class="mb-1">${label}${e.hoursComplete ? ' · ' + t('hoursDone') : ''}</p>
    <div class="progress mb-3" role="progressbar" aria-label="${label}" aria-valuenow="${pct}" aria-valuemin="0" aria-valuemax="100">
      <div class="progress-bar ${e.hoursComplete ? 'bg-success' : ''}"></div></div>`)}
    <div class="form-alert"></div><div class="actions">
    ${e.status === 'CANCELLED' ? '' : raw(html`<button type="button" class="btn btn-outline-danger btn-lg" data-cancel="${e.id}">${t('cancelEnrol')}</button>`)}</div>
  </div></li>`;
}

/** Cancelling asks once more in place, a plain yes/no an older user can read. */
function askCancel(button) {
  const box = button.closest('.actions');
  box.innerHTML = html`<p class="fw-bold">${t('cancelSure')}</p><div class="d-flex flex-wrap gap-2">
    <button type="button" class="btn btn-danger btn-lg" data-yes>${t('yesCancel')}</button>
    <button type="button" class="btn btn-outline-dark btn-lg" data-no>${t('keep')}</button></div>`;
  box.querySelector('[data-no]').addEventListener('click', () => enrolmentsScreen());
  box.querySelector('[data-yes]').addEventListener('click', async e => {
    e.target.disabled = true;
    try {
      await post(`enrolments/${button.dataset.cancel}/cancel`);
      toast(t('cancelled'));
      await enrolmentsScreen();
    } catch (error) {
      e.target.disabled = false;
      showError(box.closest('.card-body'), error);
    }
  });
}

export async function scoresScreen() {
  const mine = (await get('me/enrolments?size=100')).items.filter(e => e.status === 'ENROLLED');
  const outcomes = await Promise.all(mine.map(e => get(`enrolments/${e.id}/scores`)));
  const body = html`${empty(mine)}${mine.map((e, i) => raw(scoreCard(e, outcomes[i])))}`;
  show(screen(t('scoresTitle'), body));
}

function scoreCard(e, o) {
  const parts = ['THEORY', 'SKILL', ...(o.level === 1 || o.level === 2 ? ['REVIEW'] : [])];
  const rows = parts.map(part => {
    const tries = o.attempts.filter(a => a.part === part);
    const last = tries[tries.length - 1];
    return html`<tr><th scope="row">${t('part.' + part)}</th>
      <td>${last ? t('score', { s: last.score }) : t('notYet')}</td>
      <td>${last ? raw(html`<span class="badge ${last.passed ? 'text-bg-success' : 'text-bg-danger'}">${last.passed ? t('passed') : t('failed')}</span>`) : ''}</td>
      <td class="detail">${last ? t('attempt', { n: last.attempt }) : ''}</td></tr>`;
  });
  return html`<section class="card mb-3"><div class="card-body"><h2 class="h5">${e.courseTitle}</h2>
    ${o.passed ? raw(html`<p class="text-success fw-bold">${t('allPassed')}</p>`) : ''}
    <table class="table mb-0"><tbody>${rows.map(raw)}</tbody></table></div></section>`;
}

import { register, t, formatDate } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { show, screen, html, raw, field, select, choice, onSubmit, toast, empty } from '../ui.js';
import { levelName } from './reference.js';
import { cohortPanel, startCohort } from './cohort.js';
import { rosterPanel, wireRoster } from './roster.js';
import { issuedPanel, wireIssued } from './issued.js';
// the certificate status names (cst.*) and assessment parts (part.*) are registered by these screens
import './certificates.js';
import './enrolments.js';

register({
  zh: {
    staffTitle: '本机构的课程', openCourse: '花名册与录入', rosterTitle: '花名册', name: '姓名', idMasked: '身份证号',
    hours: '学时', attendanceTitle: '登记一次上课考勤', heldOn: '上课日期', sessionMinutes: '时长（分钟）', topic: '授课内容',
    attendees: '出勤学员', saveAttendance: '保存考勤', attendanceSaved: '考勤已保存。', scoreTitle: '录入考核成绩', learner: '学员',
    part: '考核项目', scoreValue: '分数（0–100）', panel: '评审组成员（综合评审时填写，用逗号分隔）', saveScore: '保存成绩', scoreSaved: '成绩已保存。',
    chooseLearner: '请选择学员', scoresSoFar: '已录入的成绩', scoreOf: '{s} 分（第 {n} 次）', noScore: '未录入',
  },
  en: {
    staffTitle: 'Our courses', openCourse: 'Roster and entry', rosterTitle: 'Roster', name: 'Name', idMasked: 'ID number',
    hours: 'Hours', attendanceTitle: 'Record a class session', heldOn: 'Date held', sessionMinutes: 'Length (minutes)', topic: 'Topic',
    attendees: 'Who attended', saveAttendance: 'Save attendance', attendanceSaved: 'Attendance saved.', scoreTitle: 'Enter an assessment score', learner: 'Learner',
    part: 'Part', scoreValue: 'Score (0–100)', panel: 'Review panel (for the comprehensive review, comma-separated)', saveScore: 'Save score', scoreSaved: 'Score saved.',
    chooseLearner: 'Choose a learner', scoresSoFar: 'Scores entered so far', scoreOf: '{s} points (attempt {n})', noScore: 'Not entered',
  },
});

const tasks = () => [['#/', t('staffTitle')]];

async function home(user) {
  const page = await get(`courses?baseId=${user.baseId}&size=100`);
  const cards = page.items.map(c => html`<li class="card mb-3"><div class="card-body">
    <h2 class="h5">${c.title}</h2><p class="mb-2">${levelName(c.level)} · ${formatDate(c.startsOn)} – ${formatDate(c.endsOn)} · ${c.enrolled}/${c.capacity}</p>
    <a class="btn btn-primary btn-lg" href="#/course/${c.id}">${t('openCourse')}</a></div></li>`);
  show(screen(t('welcome', { name: user.displayName }), html`<h2 class="h4">${t('staffTitle')}</h2>${empty(page.items)}<ul class="list-unstyled">${cards.map(raw)}</ul>`, { back: false }));
}

async function courseScreen(user, id) {
  const [course, roster] = await Promise.all([get(`courses/${id}`), get(`courses/${id}/enrolments?status=ENROLLED&size=100`)]);
  const rows = roster.items.map(e => html`<tr><td>${e.caregiverName}</td><td class="detail">${e.idNumberMasked}</td>
    <td>${e.attendedHours} / ${e.standardHours}</td></tr>`);
  const people = roster.items.map(e => [e.id, e.caregiverName]);
  const staff = user.role === 'BASE_STAFF';
  const outcomes = staff ? [] : await Promise.all(roster.items.map(e => get(`enrolments/${e.id}/scores`)));
  const forms = staff ? attendanceForm(roster.items) + rosterPanel() + cohortPanel(course) + await issuedPanel(id)
    : scoreTable(roster.items, outcomes, course.level) + scoreForm(people, course.level);
  const body = html`<h2 class="h4">${t('rosterTitle')}</h2>${empty(roster.items)}
    <div class="table-responsive"><table class="table"><thead><tr><th scope="col">${t('name')}</th><th scope="col">${t('idMasked')}</th>
    <th scope="col">${t('hours')}</th></tr></thead><tbody>${rows.map(raw)}</tbody></table></div>${raw(forms)}`;
  const v = show(screen(course.title, body));
  // Drawn again after a change, at the same place on the page: the form just used stays under the user's eyes.
  const again = async () => {
    const y = window.scrollY;
    await courseScreen(user, id);
    window.scrollTo(0, y);
  };
  const attendance = v.querySelector('#attendance-form');
  if (attendance) {
    onSubmit(attendance, async () => {
      const f = new FormData(attendance);
      await post(`courses/${id}/sessions`, { heldOn: f.get('heldOn') || null, minutes: f.get('minutes') ? Number(f.get('minutes')) : null,
        topic: f.get('topic'), attendees: f.getAll('attendees').map(Number) });
      toast(t('attendanceSaved'));
      await again();
    });
  }
  const scores = v.querySelector('#score-form');
  if (scores) {
    // The score lands in its cell of the table; the learner and part stay chosen, so the page neither redraws nor jumps.
    onSubmit(scores, async f => {
      if (!f.enrolment) throw new ApiError(0, t('fixFields'), 'NO_LEARNER', [{ field: 'enrolment', message: t('chooseLearner') }]);
      const panel = (f.panel || '').split(/[,，]/).map(s => s.trim()).filter(Boolean);
      const s = await post(`enrolments/${f.enrolment}/scores`, { part: f.part, score: f.score === '' ? null : Number(f.score), panel: panel.length ? panel : undefined });
      const cell = v.querySelector(`[data-score-of="${CSS.escape(f.enrolment)}-${s.part}"]`);
      if (cell) cell.innerHTML = scoreCell(s);
      toast(t('scoreSaved'));
      scores.querySelector('[name=score]').value = '';
      scores.querySelector('[name=score]').focus({ preventScroll: true });
    });
  }
  v.querySelectorAll('[data-cohort]').forEach(b => b.addEventListener('click', () => startCohort(b)));
  if (staff) {
    wireRoster(v.querySelector('#roster-form'), id, again);
    wireIssued(v, again);
  }
}

function attendanceForm(enrolled) {
  const boxes = enrolled.map(e => html`<div class="form-check"><input class="form-check-input" type="checkbox" name="attendees" value="${e.id}"
    id="att-${e.id}" checked><label class="form-check-label" for="att-${e.id}">${e.caregiverName}</label></div>`);
  return html`<section class="card mb-4"><div class="card-body"><h2 class="h4">${t('attendanceTitle')}</h2>
    <form id="attendance-form" novalidate><div class="form-alert"></div>
    ${raw(field('heldOn', t('heldOn'), '', { type: 'date' }))}${raw(field('minutes', t('sessionMinutes'), '', { type: 'number', attrs: 'min="1" max="720"' }))}
    ${raw(field('topic', t('topic'), '', { attrs: 'maxlength="200"' }))}
    <fieldset class="field mb-3"><legend class="form-label fs-6">${t('attendees')}</legend>${boxes.map(raw)}</fieldset>
    <button type="submit" class="btn btn-primary btn-lg">${t('saveAttendance')}</button></form></div></section>`;
}

const partsOf = level => ['THEORY', 'SKILL', ...(level === 1 || level === 2 ? ['REVIEW'] : [])];

const scoreCell = s => html`${t('scoreOf', { s: s.score, n: s.attempt })}
  <span class="badge ${s.passed ? 'text-bg-success' : 'text-bg-danger'}">${s.passed ? t('passed') : t('failed')}</span>`;

/** Each learner's latest score per part, so an assessor sees what is already entered before entering more. */
function scoreTable(enrolled, outcomes, level) {
  const parts = partsOf(level);
  const rows = enrolled.map((e, i) => html`<tr><th scope="row">${e.caregiverName}</th>${parts.map(p => {
    const last = outcomes[i].attempts.filter(a => a.part === p).pop();
    return raw(html`<td data-score-of="${e.id}-${p}">${last ? raw(scoreCell(last)) : t('noScore')}</td>`);
  })}</tr>`);
  return html`<section class="card mb-4"><div class="card-body"><h2 class="h4">${t('scoresSoFar')}</h2>
    <div class="table-responsive"><table class="table table-sm scores mb-0"><thead><tr><th scope="col">${t('learner')}</th>
    ${parts.map(p => raw(html`<th scope="col">${t('part.' + p)}</th>`))}</tr></thead><tbody>${rows.map(raw)}</tbody></table></div></div></section>`;
}

function scoreForm(people, level) {
  const parts = partsOf(level).map(p => [p, t('part.' + p)]);
  return html`<section class="card mb-4"><div class="card-body"><h2 class="h4">${t('scoreTitle')}</h2>
    <form id="score-form" novalidate><div class="form-alert"></div>
    ${raw(choice('enrolment', t('learner'), people))}${raw(select('part', t('part'), parts))}
    ${raw(field('score', t('scoreValue'), '', { type: 'number', attrs: 'min="0" max="100"' }))}
    ${raw(level === 1 || level === 2 ? field('panel', t('panel')) : '')}
    <button type="submit" class="btn btn-primary btn-lg">${t('saveScore')}</button></form></div></section>`;
}

export const role = { tasks, screens: { '': home, course: courseScreen } };

import { register, t, pick } from '../i18n.js';
import { get } from '../api.js';
import { show, screen, html, raw } from '../ui.js';
import { occupationList, levelName } from './reference.js';

register({
  zh: {
    eligTitle: '我能申报哪些等级', eligLead: '按国家职业技能标准的申报条件，根据您的学历、证书和工作年限逐级核对。',
    canApply: '可以申报', cannotApply: '暂不符合', metBy: '符合的条件：{o}', whyNot: '为什么不符合（申报条件）', option: '条件 {id}',
    openAll: '本平台尚未收录这个职业的申报条件，各等级均可报名参加培训。',
  },
  en: {
    eligTitle: 'Which levels can I apply for', eligLead: 'Each level is checked against the application conditions of the national skill standard: your education, certificates and years of work.',
    canApply: 'You can apply', cannotApply: 'Not yet', metBy: 'Condition met: {o}', whyNot: 'Why not (application conditions)', option: 'Option {id}',
    openAll: 'The application conditions of this occupation are not on record here; every level is open for training.',
  },
});

const text = v => (v ? pick(v.zh, v.en) : '');

/** Every level of every graded occupation, with the condition met or, for each condition, what is missing. */
export async function eligibilityScreen(user) {
  const graded = (await occupationList()).filter(o => o.leveled);
  const checks = await Promise.all(graded.map(o => Promise.all([...o.levels].sort((a, b) => b.level - a.level).map(async l => ({
    level: l.level,
    result: await get(`caregivers/${user.caregiverId}/eligibility?occupation=${encodeURIComponent(o.code)}&level=${l.level}`),
  })))));
  // An occupation whose conditions are not on record answers "open" for every level: one line says so, after the others.
  const open = checks.map(levels => levels.every(c => c.result.eligible && !c.result.metOptionId && !c.result.unmetOptions.length));
  const cards = graded.map((o, i) => html`<section class="card mb-3" data-occupation="${o.code}"><div class="card-body">
    <h2 class="h5">${pick(o.name.zh, o.name.en)}</h2>${open[i] ? raw(html`<p class="mb-0">${t('openAll')}</p>`)
    : raw(html`<ul class="list-group">${checks[i].map(c => raw(row(c.level, c.result)))}</ul>`)}</div></section>`);
  const order = graded.map((_, i) => i).sort((a, b) => open[a] - open[b]);
  show(screen(t('eligTitle'), html`<p>${t('eligLead')}</p>${order.map(i => raw(cards[i]))}`));
}

function row(level, r) {
  const reasons = r.unmetOptions.map(u => html`<li><span class="fw-bold">${t('option', { id: u.optionId })}</span> ${text(u.description)}
    <ul>${u.shortfalls.map(s => raw(html`<li>${text(s)}</li>`))}</ul></li>`);
  return html`<li class="list-group-item" data-level="${level}"><span class="fw-bold">${levelName(level)}</span>
    <span class="badge ${r.eligible ? 'text-bg-success' : 'text-bg-secondary'}">${r.eligible ? t('canApply') : t('cannotApply')}</span>
    ${r.eligible ? raw(html`<p class="mb-0 mt-1">${r.metOption ? t('metBy', { o: text(r.metOption) }) : text(r.summary)}</p>`)
    : raw(html`<details class="mt-1"><summary>${t('whyNot')}</summary><p class="mb-1">${text(r.summary)}</p><ul>${reasons.map(raw)}</ul></details>`)}</li>`;
}

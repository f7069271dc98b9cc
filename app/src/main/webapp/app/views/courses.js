import { register, t, pick, formatDate } from '../i18n.js';
import { get, post, query } from '../api.js';
import { show, screen, html, raw, field, select, onSubmit, toast, showError, empty } from '../ui.js';
import { occupationList, baseNames, levelName } from './reference.js';

register({
  zh: {
    coursesTitle: '找课程报名', occupation: '职业', level: '等级', mode: '上课方式', any: '全部', title: '课程名称含',
    startsFrom: '开课不早于', subsidyOnly: '只看可申请补贴的课程', search: '筛选', enrol: '报名',
    capacity: '名额 {e}/{c}', waitingCount: '候补 {n} 人', enrolledOk: '报名成功', waitingOk: '名额已满，您已进入候补，第 {n} 位',
    'mode.ONLINE': '线上', 'mode.OFFLINE': '线下', 'mode.BLENDED': '线上线下结合', subsidy: '可申请培训补贴',
    'level.0': '不分等级', 'level.1': '一级/高级技师', 'level.2': '二级/技师', 'level.3': '三级/高级工', 'level.4': '四级/中级工', 'level.5': '五级/初级工',
    standardHours: '标准学时 {h}', dates: '{from} 至 {to}', found: '共 {n} 门课程',
    'st.ENROLLED': '已报名', 'st.WAITING': '候补第 {n} 位', 'st.CANCELLED': '已取消',
  },
  en: {
    coursesTitle: 'Find a course', occupation: 'Occupation', level: 'Level', mode: 'Delivery', any: 'Any', title: 'Title contains',
    startsFrom: 'Starting on or after', subsidyOnly: 'Only courses eligible for a subsidy', search: 'Filter', enrol: 'Enrol',
    capacity: 'Places {e}/{c}', waitingCount: '{n} waiting', enrolledOk: 'You are enrolled', waitingOk: 'The course is full; you are number {n} on the waiting list',
    'mode.ONLINE': 'Online', 'mode.OFFLINE': 'In person', 'mode.BLENDED': 'Blended', subsidy: 'Training subsidy available',
    'level.0': 'No level', 'level.1': 'Level 1 (senior technician)', 'level.2': 'Level 2 (technician)', 'level.3': 'Level 3 (senior)', 'level.4': 'Level 4 (intermediate)', 'level.5': 'Level 5 (entry)',
    standardHours: '{h} standard hours', dates: '{from} to {to}', found: '{n} courses',
    'st.ENROLLED': 'Enrolled', 'st.WAITING': 'Waiting list, number {n}', 'st.CANCELLED': 'Cancelled',
  },
});

const PAGE = 10;

export async function coursesScreen() {
  const occupations = await occupationList();
  const filters = html`<form id="filters" class="row g-2 align-items-end filters" novalidate>
    <div class="form-alert col-12"></div>
    <div class="col-12 col-md-4">${raw(select('occupation', t('occupation'), [['', t('any')], ...occupations.map(o => [o.code, pick(o.name.zh, o.name.en)])]))}</div>
    <div class="col-6 col-md-4">${raw(select('level', t('level'), [['', t('any')], ...[5, 4, 3, 2, 1, 0].map(l => [l, levelName(l)])]))}</div>
    <div class="col-6 col-md-4">${raw(select('mode', t('mode'), [['', t('any')], ...['OFFLINE', 'ONLINE', 'BLENDED'].map(m => [m, t('mode.' + m)])]))}</div>
    <div class="col-12 col-md-4">${raw(field('title', t('title'), '', { attrs: 'maxlength="100"' }))}</div>
    <div class="col-12 col-md-4">${raw(field('startsFrom', t('startsFrom'), '', { type: 'date' }))}</div>
    <div class="col-12 col-md-4 mb-3"><div class="form-check"><input class="form-check-input" type="checkbox" id="f-subsidy" name="subsidyEligible" value="true">
      <label class="form-check-label" for="f-subsidy">${t('subsidyOnly')}</label></div></div>
    <div class="col-12 mb-3"><button type="submit" class="btn btn-primary btn-lg">${t('search')}</button></div>
  </form><div id="course-list" aria-live="polite"></div>`;
  const v = show(screen(t('coursesTitle'), filters));
  const form = v.querySelector('#filters');
  let page = 0;
  const load = async values => {
    const [list, mine, bases] = await Promise.all([
      get('courses' + query({ ...values, page, size: PAGE })), get('me/enrolments?size=100'), baseNames()]);
    renderList(v.querySelector('#course-list'), list, mine.items, bases, p => { page = p; return load(values); });
  };
  onSubmit(form, values => { page = 0; return load(values); });
  await load({});
}

function renderList(target, list, mine, bases, goTo) {
  const active = new Map(mine.filter(e => e.status !== 'CANCELLED').map(e => [e.courseId, e]));
  const pages = Math.max(1, Math.ceil(list.total / list.size));
  target.innerHTML = html`<p class="text-body-secondary">${t('found', { n: list.total })}</p>${empty(list.items)}
    <ul class="list-unstyled course-list">${list.items.map(c => raw(courseCard(c, active.get(c.id), bases)))}</ul>
    ${pages > 1 ? raw(html`<nav class="d-flex gap-2 align-items-center" aria-label="${t('page', { p: list.page + 1, n: pages })}">
      <button class="btn btn-outline-dark" data-page="${list.page - 1}" ${list.page === 0 ? 'disabled' : ''}>${t('prev')}</button>
      <span>${t('page', { p: list.page + 1, n: pages })}</span>
      <button class="btn btn-outline-dark" data-page="${list.page + 1}" ${list.page + 1 >= pages ? 'disabled' : ''}>${t('next')}</button></nav>`) : ''}`;
  target.querySelectorAll('[data-page]').forEach(b => b.addEventListener('click', () => goTo(Number(b.dataset.page))));
  target.querySelectorAll('[data-enrol]').forEach(b => b.addEventListener('click', () => enrol(b)));
}

function courseCard(c, mine, bases) {
  const state = mine
    ? html`<span class="badge ${mine.status === 'WAITING' ? 'text-bg-warning' : 'text-bg-success'} fs-6">${t('st.' + mine.status, { n: mine.waitingPosition })}</span>`
    : html`<button type="button" class="btn btn-primary btn-lg" data-enrol="${c.id}">${t('enrol')}</button>`;
  return html`<li class="card mb-3" data-course="${c.id}"><div class="card-body">
    <h2 class="h5 card-title">${c.title}</h2>
    <p class="mb-1">${bases.get(c.baseId) || ''}</p>
    <p class="mb-1">${levelName(c.level)} · ${t('standardHours', { h: c.standardHours })} · ${t('mode.' + c.deliveryMode)}</p>
    <p class="mb-1">${t('dates', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) })} · ${c.schedule || ''}</p>
    <p class="mb-2 detail">${t('capacity', { e: c.enrolled, c: c.capacity })}${c.waiting ? ' · ' + t('waitingCount', { n: c.waiting }) : ''}${c.subsidyEligible ? ' · ' + t('subsidy') : ''}</p>
    <div class="card-alert form-alert"></div>${raw(state)}</div></li>`;
}

async function enrol(button) {
  const card = button.closest('[data-course]');
  button.disabled = true;
  try {
    const e = await post(`courses/${button.dataset.enrol}/enrolments`, {});
    const text = e.status === 'WAITING' ? t('waitingOk', { n: e.waitingPosition }) : t('enrolledOk');
    button.outerHTML = html`<span class="badge ${e.status === 'WAITING' ? 'text-bg-warning' : 'text-bg-success'} fs-6">${text}</span>`;
    toast(text);
  } catch (error) {
    button.disabled = false;
    showError(card, error);
  }
}

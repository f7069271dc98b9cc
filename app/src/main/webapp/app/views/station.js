import { register, t, formatDateTime, hoursMinutes } from '../i18n.js';
import { get, post } from '../api.js';
import { show, screen, html, raw, tiles, select, choice, field, onSubmit, toast, empty } from '../ui.js';
import { categoryName } from './catalogue.js';
import { regionName } from './regions.js';
import { logScreen, requestId } from './timebank-forms.js';

register({
  zh: {
    sQueue: '待确认的服务', sQueueText: '核对志愿者登记的服务，代老人确认。', sLog: '代为登记服务', sLogText: '为不会用手机的志愿者登记服务。',
    sMembers: '本站会员', sMembersText: '本服务站的志愿者和服务对象。', queueTitle: '待确认的服务', rating: '服务评价',
    comment: '备注（可不填）', confirmService: '确认服务', confirmed: '已确认，时间已存入志愿者账户。', expires: '{t} 前确认',
    'stars.5': '5 分 · 非常满意', 'stars.4': '4 分 · 满意', 'stars.3': '3 分 · 一般', 'stars.2': '2 分 · 不满意', 'stars.1': '1 分 · 很不满意',
    membersTitle: '本站会员', isVolunteer: '志愿者', isRecipient: '服务对象',
    sRelatives: '登记亲属关系', sRelativesText: '核对户口簿等材料后，登记会员的直系亲属，以便赠送和代兑换时间。',
    relMember: '会员', relRelative: '亲属', relKinship: '亲属是该会员的', relSave: '登记', relSaved: '已登记：{r} 是 {m} 的{k}。',
    relHelp: '请先核对户口簿或亲属关系证明原件。',
  },
  en: {
    sQueue: 'Services to confirm', sQueueText: 'Check services volunteers logged and confirm for the recipient.', sLog: 'Log a service for someone',
    sLogText: 'Log a service for a volunteer without a phone.', sMembers: 'Station members', sMembersText: 'Volunteers and recipients of this station.',
    queueTitle: 'Services to confirm', rating: 'Rating', comment: 'Comment (optional)', confirmService: 'Confirm service',
    confirmed: 'Confirmed; the time is credited to the volunteer.', expires: 'Confirm before {t}',
    'stars.5': '5 · Very satisfied', 'stars.4': '4 · Satisfied', 'stars.3': '3 · Fair', 'stars.2': '2 · Unsatisfied', 'stars.1': '1 · Very unsatisfied',
    membersTitle: 'Station members', isVolunteer: 'Volunteer', isRecipient: 'Recipient',
    sRelatives: 'Record a relative', sRelativesText: 'After checking the household register, record a member\'s direct relative for gifts and redemptions.',
    relMember: 'Member', relRelative: 'Relative', relKinship: 'The relative is the member\'s', relSave: 'Record', relSaved: 'Recorded: {r} is the {k} of {m}.',
    relHelp: 'Check the original household register or proof of kinship first.',
  },
});

const tasks = () => [
  ['#/pending', t('sQueue'), t('sQueueText')],
  ['#/log', t('sLog'), t('sLogText')],
  ['#/members', t('sMembers'), t('sMembersText')],
  ['#/relatives', t('sRelatives'), t('sRelativesText')],
];

function home(user) {
  show(screen(t('welcome', { name: user.displayName }), tiles(tasks()), { back: false }));
}

/** Station staff confirm on a recipient's behalf; recipients confirm their own services. Same queue, same form. */
export async function pendingScreen(user) {
  const page = await get('timebank/services/pending?size=100');
  const names = user.role === 'STATION_STAFF'
    ? new Map((await get('timebank/members?size=100')).items.map(m => [m.memberId, m.name])) : new Map();
  const cards = await Promise.all(page.items.map(async p => card(p, names, await categoryName(p.categoryCode))));
  const v = show(screen(t('queueTitle'), html`${empty(page.items)}<ul class="list-unstyled">${cards.map(raw)}</ul>`));
  v.querySelectorAll('form[data-record]').forEach(form => onSubmit(form, async f => {
    await post(`timebank/services/${encodeURIComponent(form.dataset.record)}/confirm`,
      { rating: Number(f.rating), comment: f.comment || undefined, requestId: requestId() });
    toast(t('confirmed'));
    await pendingScreen(user);
  }));
}

function card(p, names, category) {
  const who = [names.get(p.volunteerId), names.get(p.recipientId)].filter(Boolean).join(' → ');
  const stars = [5, 4, 3, 2, 1].map(n => [n, t('stars.' + n)]);
  return html`<li class="card mb-3"><div class="card-body">
    <h2 class="h5">${category}${p.servedMinutes ? ' · ' + hoursMinutes(p.servedMinutes) : ''}</h2>
    ${who ? raw(html`<p class="mb-1 fw-bold">${who}</p>`) : ''}
    <p class="mb-1">${formatDateTime(p.start)} – ${formatDateTime(p.end)}</p>
    <p class="mb-2 when">${t('expires', { t: formatDateTime(p.expiresAt) })}</p>
    <form data-record="${p.recordId}" novalidate><div class="form-alert"></div>
      ${raw(select('rating', t('rating'), stars).replaceAll('f-rating', 'f-rating-' + p.recordId.slice(0, 12)))}
      ${raw(field('comment', t('comment'), '', { attrs: 'maxlength="500"' }).replaceAll('f-comment', 'f-comment-' + p.recordId.slice(0, 12)))}
      <button type="submit" class="btn btn-primary btn-lg">${t('confirmService')}</button></form></div></li>`;
}

async function membersScreen() {
  const page = await get('timebank/members?size=100');
  const rows = page.items.map(m => html`<li class="list-group-item"><span class="fw-bold">${m.name}</span>
    ${m.volunteer ? raw(html`<span class="badge text-bg-primary">${t('isVolunteer')}</span>`) : ''}
    ${m.recipient ? raw(html`<span class="badge text-bg-secondary">${t('isRecipient')}</span>`) : ''}
    <br><span>${m.idNumberMasked} · ${regionName(m.regionCode)}</span></li>`);
  show(screen(t('membersTitle'), html`${empty(page.items)}<ul class="list-group">${rows.map(raw)}</ul>`));
}

/** The station records a direct relative (checked on paper) with POST /api/timebank/relatives; gifts need it. */
async function relativesScreen(user) {
  const members = (await get('timebank/members?size=100')).items.map(m => [m.memberId, `${m.name} · ${m.idNumberMasked}`]);
  const kinships = ['PARENT', 'GRANDPARENT', 'CHILD', 'GRANDCHILD'].map(k => [k, t('kin.' + k)]);
  const body = html`<p class="alert alert-info">${t('relHelp')}</p><form id="relative-form" class="narrow" novalidate><div class="form-alert"></div>
    ${raw(choice('memberId', t('relMember'), members))}${raw(choice('relativeId', t('relRelative'), members))}
    ${raw(choice('kinship', t('relKinship'), kinships))}
    <button type="submit" class="btn btn-primary btn-lg">${t('relSave')}</button></form>`;
  const form = show(screen(t('sRelatives'), body)).querySelector('form');
  onSubmit(form, async f => {
    await post('timebank/relatives', { memberId: f.memberId || undefined, relativeId: f.relativeId || undefined, kinship: f.kinship || undefined,
      requestId: requestId() });
    const name = id => members.find(([v]) => v === id)[1].split(' · ')[0];
    const message = t('relSaved', { r: name(f.relativeId), m: name(f.memberId), k: t('kin.' + f.kinship) });
    toast(message);
    form.reset();
    form.querySelector('.form-alert').innerHTML = html`<div class="alert alert-success" role="status">${message}</div>`;
  });
}

export const role = { tasks, screens: { '': home, pending: pendingScreen, log: logScreen, members: membersScreen, relatives: relativesScreen } };

import { register, t, hoursMinutes } from '../i18n.js';
import { get, post } from '../api.js';
import { show, screen, html, raw, field, choice, onSubmit, toast, clearErrors, showFieldErrors } from '../ui.js';
import { categoryOptions } from './catalogue.js';

register({
  zh: {
    logTitle: '登记一次服务', findRecipient: '按姓名查找服务对象', findRecipientHelp: '名单中是您服务过的老人；输入姓名中的字，名单随之缩小。', 
    firstTime: '第一次为这位老人服务？', newName: '老人姓名（全名）', newIdNumber: '老人身份证号', lookup: '查找并加入名单', added: '已找到 {v}，已选中。',
    volunteerName: '志愿者', recipientName: '服务对象', category: '服务类别', day: '服务日期', startTime: '开始时间', endTime: '结束时间',
    submitLog: '提交登记', logged: '已登记，等待服务对象或服务站确认。',
    giftTitle: '赠送给亲属', relativeId: '亲属', relativeHelp: '亲属须先在服务站登记为您的亲属。', noRelatives: '服务站还没有为您登记亲属。请带上户口簿到服务站办理。',
    unknownName: '外地会员', 'kin.PARENT': '父母', 'kin.GRANDPARENT': '祖父母、外祖父母', 'kin.CHILD': '子女', 'kin.GRANDCHILD': '孙子女、外孙子女', minutes: '时长（分钟）',
    submitGift: '确认赠送', gifted: '已赠送 {v}。', redeemTitle: '兑换服务', submitRedeem: '确认兑换', redeemed: '已兑换 {v}。',
    minutesHelp: '即 {v}', backHome: '回到首页', another: '再办一笔',
  },
  en: {
    logTitle: 'Log a service', findRecipient: 'Find the recipient by name', findRecipientHelp: 'The list holds the elders you have served; type part of the name to narrow it.', 
    firstTime: 'Serving this elder for the first time?', newName: "Elder's full name", newIdNumber: "Elder's ID number", lookup: 'Find and add to the list', added: '{v} found and chosen.',
    volunteerName: 'Volunteer', recipientName: 'Recipient', category: 'Kind of service', day: 'Date', startTime: 'Start time', endTime: 'End time',
    submitLog: 'Submit', logged: 'Logged. It now waits for the recipient or the station to confirm.',
    giftTitle: 'Gift to a relative', relativeId: 'Relative', relativeHelp: 'The station must first record them as your relative.', noRelatives: 'The station has not recorded any relative for you yet. Bring your household register to the station.',
    unknownName: 'Member elsewhere', 'kin.PARENT': 'parent', 'kin.GRANDPARENT': 'grandparent', 'kin.CHILD': 'child', 'kin.GRANDCHILD': 'grandchild', minutes: 'Time (minutes)',
    submitGift: 'Give', gifted: '{v} given.', redeemTitle: 'Redeem', submitRedeem: 'Redeem', redeemed: '{v} redeemed.',
    minutesHelp: 'That is {v}', backHome: 'Back to home', another: 'Do another',
  },
});

/** A request id makes a retried submission (double tap, flaky network) count once. */
export function requestId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

const today = () => new Date().toLocaleDateString('sv');

function minutesField() {
  return field('minutes', t('minutes'), '', { type: 'number', live: true, attrs: 'min="1" max="90000" step="1" inputmode="numeric"' });
}

function liveMinutes(form) {
  const input = form.querySelector('[name=minutes]');
  const help = form.querySelector('#f-minutes-help');
  input.addEventListener('input', () => { help.textContent = input.value > 0 ? t('minutesHelp', { v: hoursMinutes(Number(input.value)) }) : ''; });
}

function done(message, again) {
  toast(message);
  const v = show(screen(t('done'), html`<div class="alert alert-success" role="status">${message}</div>
    <div class="d-flex flex-wrap gap-2"><a class="btn btn-primary btn-lg" href="#/">${t('backHome')}</a>
    <button type="button" class="btn btn-outline-dark btn-lg" id="again">${t('another')}</button></div>`));
  v.querySelector('#again').addEventListener('click', again);
}

const time = (day, hm) => (day && hm ? new Date(`${day}T${hm}`).toISOString() : null);


const recipientOptions = async name => (await get('timebank/me/recipients?size=100&name=' + encodeURIComponent(name))).items
  .map(r => [r.memberId, `${r.name} · ${r.idNumberMasked}`]);

/**
 * The first service to an elder: the volunteer sees only elders they served, so a new one is found by full name and
 * ID number together (from the elder's ID card), sent in the body, and added to the choice.
 */
function lookupRecipient(form) {
  const button = form.querySelector('#lookup');
  const status = form.querySelector('#lookup-status');
  button.addEventListener('click', async () => {
    status.textContent = '';
    clearErrors(form);
    try {
      const r = await post('timebank/me/recipients/lookup', { name: form.newName.value.trim(), idNumber: form.newIdNumber.value.trim() });
      const list = form.querySelector('[name=recipientId]');
      list.insertAdjacentHTML('beforeend', html`<option value="${r.memberId}">${r.name} · ${r.idNumberMasked}</option>`);
      list.value = r.memberId;
      status.textContent = t('added', { v: r.name });
    } catch (error) {
      if (!error.fields && !error.message) throw error;
      showFieldErrors(form, error);
    }
  });
}

/** Typing in the search box narrows the recipients offered, for stations with more than a screenful. */
function searchRecipients(form) {
  const query = form.querySelector('[name=recipientQuery]');
  const list = form.querySelector('[name=recipientId]');
  let timer;
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const options = await recipientOptions(query.value.trim());
      list.innerHTML = [['', t('choose')], ...options].map(([v, text]) => html`<option value="${v}">${text}</option>`).join('');
    }, 300);
  });
}

/** Volunteers pick a recipient of their own station by name; station staff pick both people from their station's members. */
export async function logScreen(user) {
  const station = user.role === 'STATION_STAFF';
  const members = station ? (await get('timebank/members?size=100')).items : [];
  const people = (pred, name, label) => choice(name, label, members.filter(pred).map(m => [m.memberId, m.name]));
  const recipient = station ? people(m => m.recipient, 'recipientId', t('recipientName'))
    : field('recipientQuery', t('findRecipient'), '', { type: 'search', help: t('findRecipientHelp'), attrs: 'autocomplete="off" maxlength="50"' })
      + choice('recipientId', t('recipientName'), await recipientOptions(''))
      + html`<fieldset class="border rounded p-2 mb-3"><legend class="fs-6">${t('firstTime')}</legend>
        ${raw(field('newName', t('newName'), '', { attrs: 'autocomplete="off" maxlength="50"' }))}
        ${raw(field('newIdNumber', t('newIdNumber'), '', { attrs: 'autocomplete="off" maxlength="18"' }))}
        <button type="button" class="btn btn-outline-dark" id="lookup">${t('lookup')}</button>
        <p class="form-text" id="lookup-status" role="status"></p></fieldset>`;
  const body = html`<form id="log-form" class="narrow" novalidate><div class="form-alert"></div>
    ${raw(station ? people(m => m.volunteer, 'volunteerId', t('volunteerName')) : '')}
    ${raw(recipient)}
    ${raw(choice('categoryCode', t('category'), await categoryOptions()))}
    ${raw(field('day', t('day'), '', { type: 'date', attrs: `value="${today()}"` }))}
    <div class="row"><div class="col-6">${raw(field('start', t('startTime'), '', { type: 'time' }))}</div>
    <div class="col-6">${raw(field('end', t('endTime'), '', { type: 'time' }))}</div></div>
    <button type="submit" class="btn btn-primary btn-lg">${t('submitLog')}</button></form>`;
  const form = show(screen(t('logTitle'), body)).querySelector('form');
  if (!station) {
    searchRecipients(form);
    lookupRecipient(form);
  }
  onSubmit(form, async f => {
    await post('timebank/services', {
      volunteerId: f.volunteerId || undefined, recipientId: f.recipientId, categoryCode: f.categoryCode || undefined,
      start: time(f.day, f.start), end: time(f.day, f.end), requestId: requestId(),
    });
    done(t('logged'), () => logScreen(user));
  });
}

/** The relatives the station recorded for the caller, by name and kinship. */
export async function giftScreen(user) {
  const relatives = await get('timebank/me/relatives');
  if (!relatives.length) {
    show(screen(t('giftTitle'), html`<p class="alert alert-info" role="status">${t('noRelatives')}</p>`));
    return;
  }
  const options = relatives.map(r => [r.memberId, `${r.name ?? t('unknownName')}（${t('kin.' + r.kinship)}）`]);
  const body = html`<form id="gift-form" class="narrow" novalidate><div class="form-alert"></div>
    ${raw(choice('relativeId', t('relativeId'), options))}
    <p class="form-text">${t('relativeHelp')}</p>
    ${raw(minutesField())}
    <button type="submit" class="btn btn-primary btn-lg">${t('submitGift')}</button></form>`;
  const form = show(screen(t('giftTitle'), body)).querySelector('form');
  liveMinutes(form);
  onSubmit(form, async f => {
    await post('timebank/me/gifts', { relativeId: f.relativeId, minutes: f.minutes ? Number(f.minutes) : null, requestId: requestId() });
    done(t('gifted', { v: hoursMinutes(Number(f.minutes)) }), () => giftScreen(user));
  });
}

export async function redeemScreen(user) {
  const body = html`<form id="redeem-form" class="narrow" novalidate><div class="form-alert"></div>
    ${raw(choice('categoryCode', t('category'), await categoryOptions()))}
    ${raw(minutesField())}
    <button type="submit" class="btn btn-primary btn-lg">${t('submitRedeem')}</button></form>`;
  const form = show(screen(t('redeemTitle'), body)).querySelector('form');
  liveMinutes(form);
  onSubmit(form, async f => {
    await post('timebank/me/redemptions', { categoryCode: f.categoryCode || undefined, minutes: f.minutes ? Number(f.minutes) : null, requestId: requestId() });
    done(t('redeemed', { v: hoursMinutes(Number(f.minutes)) }), () => redeemScreen(user));
  });
}

import { register, t, hoursMinutes, formatDateTime } from '../i18n.js';
import { get } from '../api.js';
import { show, screen, html, raw, tiles, empty } from '../ui.js';
import { logScreen, giftScreen, redeemScreen } from './timebank-forms.js';
import { categoryName } from './catalogue.js';
import { pendingScreen } from './station.js';

register({
  zh: {
    balance: '当前余额', deposited: '累计存入 {v}', withdrawn: '累计支出 {v}',
    vStatement: '收支明细', vStatementText: '每一笔存入和支出。', vLog: '登记一次服务', vLogText: '记下您为老人提供的服务，等待确认。',
    vGift: '赠送给亲属', vGiftText: '把时间转赠给登记过的亲属。', vRedeem: '兑换服务', vRedeemText: '用存下的时间兑换养老服务。',
    vConfirm: '确认收到的服务', vConfirmText: '确认志愿者为您提供的服务并评价。',
    statementTitle: '收支明细', 'mv.EARNED': '服务存入', 'mv.OVERFLOW': '超出上限转入公益池', 'mv.ISSUED': '基金发放',
    'mv.REDEEMED': '兑换服务', 'mv.GIFT_OUT': '赠出', 'mv.GIFT_IN': '受赠', 'mv.DONATED': '捐赠', 'mv.GRANTED': '获赠公益时间',
    balanceAfter: '余额 {v}', counterparty: '对方：{name}', beneficiary: '受益人：{name}',
    vWaiting: '等待确认的服务', vWaitingText: '您登记的、还在等老人或服务站确认的服务。', waitingTitle: '等待确认的服务',
    waitingFor: '服务对象：{name}', confirmBy: '请对方在 {t} 前确认，过期不计入时间。', waitingNone: '您登记的服务都已确认。',
  },
  en: {
    balance: 'Balance', deposited: 'Deposited in total: {v}', withdrawn: 'Spent in total: {v}',
    vStatement: 'Statement', vStatementText: 'Every deposit and withdrawal.', vLog: 'Log a service', vLogText: 'Record a service you gave; it then waits for confirmation.',
    vGift: 'Gift to a relative', vGiftText: 'Give time to a registered relative.', vRedeem: 'Redeem', vRedeemText: 'Use your saved time for care services.',
    vConfirm: 'Confirm services received', vConfirmText: 'Confirm and rate services a volunteer gave you.',
    statementTitle: 'Statement', 'mv.EARNED': 'Service credited', 'mv.OVERFLOW': 'Over the cap, moved to the pool', 'mv.ISSUED': 'Issued by the fund',
    'mv.REDEEMED': 'Redeemed', 'mv.GIFT_OUT': 'Gift sent', 'mv.GIFT_IN': 'Gift received', 'mv.DONATED': 'Donated', 'mv.GRANTED': 'Granted from the pool',
    balanceAfter: 'Balance {v}', counterparty: 'With {name}', beneficiary: 'For {name}',
    vWaiting: 'Services waiting for confirmation', vWaitingText: 'Services you logged that the elder or the station has not confirmed yet.',
    waitingTitle: 'Services waiting for confirmation', waitingFor: 'For {name}', confirmBy: 'To be confirmed before {t}; after that it does not count.',
    waitingNone: 'Every service you logged is confirmed.',
  },
});

const OUT = new Set(['REDEEMED', 'GIFT_OUT', 'DONATED', 'OVERFLOW']);
/** A movement out of the account; the sign is drawn once, in front of the unsigned amount. */
const out = m => OUT.has(m.kind) || m.minutes < 0;

const tasks = user => [
  ['#/statement', t('vStatement'), t('vStatementText')],
  ...(user.role === 'VOLUNTEER' ? [['#/log', t('vLog'), t('vLogText')], ['#/waiting', t('vWaiting'), t('vWaitingText')]]
    : [['#/pending', t('vConfirm'), t('vConfirmText')]]),
  ['#/gift', t('vGift'), t('vGiftText')],
  ['#/redeem', t('vRedeem'), t('vRedeemText')],
];

async function home(user) {
  const b = await get('timebank/me');
  const body = html`<section class="balance card mb-4" aria-labelledby="balance-label"><div class="card-body">
      <h2 class="h5" id="balance-label">${t('balance')}</h2>
      <p class="balance-value" data-minutes="${b.balanceMinutes}">${hoursMinutes(b.balanceMinutes)}</p>
      <p class="mb-0 detail">${t('deposited', { v: hoursMinutes(b.depositedMinutes) })} · ${t('withdrawn', { v: hoursMinutes(b.withdrawnMinutes) })}</p>
    </div></section>${raw(tiles(tasks(user)))}`;
  show(screen(t('welcome', { name: user.displayName }), body, { back: false }));
}

async function statementScreen() {
  const page = await get('timebank/me/statement?size=50');
  const names = await Promise.all(page.items.map(m => (m.categoryCode ? categoryName(m.categoryCode) : '')));
  const rows = page.items.map((m, i) => html`<li class="list-group-item d-flex justify-content-between gap-3 flex-wrap">
    <span><span class="fw-bold">${t('mv.' + m.kind)}</span>${names[i] ? ' · ' + names[i] : ''}
    ${m.counterpartyName ? raw(html`<br><span class="counterparty">${t(m.kind === 'REDEEMED' ? 'beneficiary' : 'counterparty', { name: m.counterpartyName })}</span>`) : ''}<br><span class="when">${formatDateTime(m.at)}</span></span>
    <span class="text-end"><span class="fw-bold ${out(m) ? 'text-danger' : 'text-success'}">${out(m) ? '−' : '+'}${hoursMinutes(Math.abs(m.minutes))}</span>
    ${m.balanceAfter === null || m.balanceAfter === undefined ? '' : raw(html`<br><span class="detail">${t('balanceAfter', { v: hoursMinutes(m.balanceAfter) })}</span>`)}</span></li>`);
  show(screen(t('statementTitle'), html`${empty(page.items)}<ul class="list-group statement">${rows.map(raw)}</ul>`));
}

/** A volunteer's own services not yet confirmed (GET /api/timebank/services/pending answers a volunteer with theirs). */
async function waitingScreen() {
  const [page, recipients] = await Promise.all([get('timebank/services/pending?size=100'), get('timebank/me/recipients?size=100')]);
  const names = new Map(recipients.items.map(r => [r.memberId, r.name]));
  const categories = await Promise.all(page.items.map(p => categoryName(p.categoryCode)));
  const rows = page.items.map((p, i) => html`<li class="list-group-item" data-record="${p.recordId}">
    <span class="fw-bold">${categories[i]}${p.servedMinutes ? ' · ' + hoursMinutes(p.servedMinutes) : ''}</span>
    ${names.get(p.recipientId) ? raw(html`<br>${t('waitingFor', { name: names.get(p.recipientId) })}`) : ''}
    <br><span class="when">${formatDateTime(p.start)} – ${formatDateTime(p.end)}</span>
    <br><span class="text-body-secondary">${t('confirmBy', { t: formatDateTime(p.expiresAt) })}</span></li>`);
  const none = page.items.length ? '' : raw(html`<p class="text-body-secondary empty">${t('waitingNone')}</p>`);
  show(screen(t('waitingTitle'), html`${none}<ul class="list-group waiting">${rows.map(raw)}</ul>`));
}

export const role = {
  tasks,
  screens: { '': home, statement: statementScreen, log: logScreen, waiting: waitingScreen, gift: giftScreen, redeem: redeemScreen,
    pending: pendingScreen },
};

import { register, t, hoursMinutes } from '../i18n.js';
import { get, download } from '../api.js';
import { show, screen, html, raw, toast, showError } from '../ui.js';
import { regionName } from './regions.js';

register({
  zh: {
    dashTitle: '监管看板', ratioTitle: '各机构持证护理员比例', monthTitle: '每月颁发证书数', hoursTitle: '各地区时间存入与兑换',
    institution: '机构', ratio: '持证比例', staffCount: '在岗人数', certifiedCount: '持证人数', month: '月份', issued: '颁发', reissued: '补发/换发',
    region: '地区', depositedH: '存入（小时）', redeemedH: '兑换（小时）', xlsx: '下载 Excel 表', xlsxDownloaded: '已下载', dashNav: '看板',
    pendingExpired: '待确认服务 {p} 条，已过期 {e} 条',
  },
  en: {
    dashTitle: 'Regulator dashboard', ratioTitle: 'Certified caregivers per institution', monthTitle: 'Certificates issued per month',
    hoursTitle: 'Time deposited and redeemed per region', institution: 'Institution', ratio: 'Certified share', staffCount: 'Staff',
    certifiedCount: 'Certified', month: 'Month', issued: 'Issued', reissued: 'Re-issued', region: 'Region', depositedH: 'Deposited (hours)',
    redeemedH: 'Redeemed (hours)', xlsx: 'Download Excel', xlsxDownloaded: 'Downloaded', dashNav: 'Dashboard',
    pendingExpired: '{p} services waiting for confirmation, {e} expired',
  },
});

/** Chart.js is only needed here, so it loads on the dashboard and not for every user. */
function chartLibrary() {
  if (window.Chart) return Promise.resolve(window.Chart);
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = 'webjars/chart.js/4.4.1/dist/chart.umd.js';
    s.onload = () => resolve(window.Chart);
    s.onerror = reject;
    document.head.append(s);
  });
}

const table = (head, rows) => html`<div class="table-responsive"><table class="table table-sm"><thead><tr>${head.map(h => raw(html`<th scope="col">${h}</th>`))}</tr></thead>
  <tbody>${rows.map(r => raw(html`<tr>${r.map(c => raw(html`<td>${c}</td>`))}</tr>`))}</tbody></table></div>`;

function panel(id, title, chartLabel, tableHtml, xlsx) {
  return html`<section class="card mb-4" aria-labelledby="${id}-title"><div class="card-body">
    <div class="d-flex flex-wrap justify-content-between gap-2"><h2 class="h5" id="${id}-title">${title}</h2>
    ${xlsx ? raw(html`<button type="button" class="btn btn-outline-dark" data-xlsx="${xlsx}">${t('xlsx')}</button>`) : ''}</div>
    <div class="form-alert"></div><div class="chart-box"><canvas id="${id}" role="img" aria-label="${chartLabel}"></canvas></div>${raw(tableHtml)}</div></section>`;
}

async function dashboard() {
  const [staff, monthly, bank, Chart] = await Promise.all([get('certificate-statistics/staff'), get('certificate-statistics/monthly'),
    get('timebank/statistics'), chartLibrary()]);
  const months = [...new Set(monthly.rows.map(r => r.month))].sort();
  const perMonth = months.map(m => monthly.rows.filter(r => r.month === m).reduce((a, r) => a + r.issued, 0));
  const regions = [...new Set(bank.perRegionAndMonth.map(r => r.regionCode))].sort();
  const sum = (code, key) => bank.perRegionAndMonth.filter(r => r.regionCode === code).reduce((a, r) => a + r[key], 0);
  const pct = r => Math.round(r.ratio * 1000) / 10;
  const body = html`<p>${t('pendingExpired', { p: bank.pending, e: bank.expired })}</p>
    ${raw(panel('ratio', t('ratioTitle'), t('ratioTitle'), table([t('institution'), t('staffCount'), t('certifiedCount'), t('ratio')],
      [...staff.institutions, staff.total].map(r => [r.institution, r.staff, r.certified, pct(r) + '%'])), 'certificate-statistics/staff'))}
    ${raw(panel('monthly', t('monthTitle'), t('monthTitle'), table([t('month'), t('institution'), t('issued'), t('reissued')],
      monthly.rows.map(r => [r.month, r.baseName, r.issued, r.reissued])), 'certificate-statistics/monthly'))}
    ${raw(panel('hours', t('hoursTitle'), t('hoursTitle'), table([t('region'), t('depositedH'), t('redeemedH')],
      regions.map(c => [regionName(c), hoursMinutes(sum(c, 'depositedMinutes')), hoursMinutes(sum(c, 'redeemedMinutes'))])), 'timebank/statistics'))}`;
  const v = show(screen(t('dashTitle'), body, { back: false }));
  const bar = (id, labels, datasets, options = {}) => new Chart(v.querySelector('#' + id), {
    type: 'bar', data: { labels, datasets }, options: { responsive: true, maintainAspectRatio: false, animation: false, ...options } });
  bar('ratio', staff.institutions.map(r => r.institution), [{ label: t('ratio'), data: staff.institutions.map(pct), backgroundColor: '#1d4f91' }],
    { indexAxis: 'y', scales: { x: { min: 0, max: 100 } } });
  bar('monthly', months, [{ label: t('issued'), data: perMonth, backgroundColor: '#1d6b35' }]);
  bar('hours', regions.map(regionName), [
    { label: t('depositedH'), data: regions.map(c => sum(c, 'depositedMinutes') / 60), backgroundColor: '#1d4f91' },
    { label: t('redeemedH'), data: regions.map(c => sum(c, 'redeemedMinutes') / 60), backgroundColor: '#9a5b00' }]);
  v.querySelectorAll('[data-xlsx]').forEach(b => b.addEventListener('click', async () => {
    try {
      await download(`${b.dataset.xlsx}?format=xlsx`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${b.dataset.xlsx.replace('/', '-')}.xlsx`);
      toast(t('xlsxDownloaded'));
    } catch (error) {
      showError(b.closest('.card-body'), error);
    }
  }));
}

export const role = { tasks: () => [['#/', t('dashNav')]], screens: { '': dashboard } };

import { register, t } from '../i18n.js';
import { upload, ApiError } from '../api.js';
import { html, raw, select, field, onSubmit } from '../ui.js';

register({
  zh: {
    rosterImport: '批量导入名册', rosterFile: '名册文件（CSV 或 Excel .xlsx，第一行为表头：姓名、性别、身份证号、手机号、学历、补贴类别）',
    importMode: '有错误的行怎么办', modeAll: '有任何错误就整份不导入', modeGood: '只导入正确的行', importNow: '导入',
    imported: '导入 {i} 人：报名 {e} 人，候补 {w} 人，新登记学员 {n} 人。', rowErrors: '以下行有错误', row: '行', problem: '问题',
    pickFile: '请先选择文件。', wholeFile: '整个文件',
    'col.name': '姓名', 'col.gender': '性别', 'col.idNumber': '身份证号', 'col.phone': '手机号', 'col.education': '学历', 'col.subsidyCategory': '补贴类别',
  },
  en: {
    rosterImport: 'Import a roster', rosterFile: 'Roster file (CSV or Excel .xlsx; header row: 姓名, 性别, 身份证号, 手机号, 学历, 补贴类别)',
    importMode: 'Rows with errors', modeAll: 'Import nothing if any row is wrong', modeGood: 'Import the correct rows only', importNow: 'Import',
    imported: '{i} imported: {e} enrolled, {w} waiting, {n} new caregivers.', rowErrors: 'Rows with errors', row: 'Row', problem: 'Problem',
    pickFile: 'Choose a file first.', wholeFile: 'Whole file',
    'col.name': 'Name', 'col.gender': 'Gender', 'col.idNumber': 'ID number', 'col.phone': 'Phone', 'col.education': 'Education',
    'col.subsidyCategory': 'Subsidy category',
  },
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function rosterPanel() {
  return html`<section class="card mb-4"><div class="card-body"><h2 class="h4">${t('rosterImport')}</h2>
    <form id="roster-form" novalidate><div class="form-alert"></div>
    ${raw(field('file', t('rosterFile'), '', { type: 'file', attrs: 'accept=".csv,.xlsx,text/csv"' }))}
    ${raw(select('mode', t('importMode'), [['ALL_OR_NOTHING', t('modeAll')], ['GOOD_ROWS', t('modeGood')]]))}
    <button type="submit" class="btn btn-primary btn-lg">${t('importNow')}</button></form>
    <div id="roster-report" aria-live="polite"></div></div></section>`;
}

/** A row number with the column in the reader's words; 0 or no column is about the whole file. */
const where = (row, column) => (Number(row) ? row : t('wholeFile')) + (column ? ' · ' + t('col.' + column) : '');

/**
 * Uploads the file; a rejected file's problems and a partial import's skipped rows both list row by row. After an
 * import the screen is drawn again, so the roster shows the rows that went in, and the report is put back under it.
 */
export function wireRoster(form, courseId, reload) {
  onSubmit(form, async f => {
    const report = () => document.getElementById('roster-report');
    report().innerHTML = '';
    if (!f.file || !f.file.size) throw new ApiError(0, t('pickFile'), 'NO_FILE', [{ field: 'file', message: t('pickFile') }]);
    const type = f.file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv';
    try {
      const r = await upload(`courses/${courseId}/roster-import?mode=${f.mode}`, f.file, type);
      const markup = html`<div class="alert alert-success" role="status">${t('imported', { i: r.imported, e: r.enrolled, w: r.waiting, n: r.newCaregivers })}</div>
        ${raw(rows(r.errors.map(e => [where(e.row, e.column), e.message])))}`;
      if (r.imported) await reload();
      report().innerHTML = markup;
    } catch (error) {
      if (error.code !== 'ROSTER_REJECTED') throw error;
      report().innerHTML = html`<div class="alert alert-danger" role="alert">${error.message}</div>
        ${raw(rows(error.fields.map(e => {
          const [, row, column] = /^row (\d+): (\w+)$/.exec(e.field) || [, 0, null];
          return [where(row, column), e.message];
        })))}`;
    }
  });
}

function rows(list) {
  if (!list.length) return '';
  return html`<h3 class="h5">${t('rowErrors')}</h3><div class="table-responsive"><table class="table table-sm roster-errors">
    <thead><tr><th scope="col">${t('row')}</th><th scope="col">${t('problem')}</th></tr></thead>
    <tbody>${list.map(([row, message]) => raw(html`<tr><td>${row}</td><td>${message}</td></tr>`))}</tbody></table></div>`;
}

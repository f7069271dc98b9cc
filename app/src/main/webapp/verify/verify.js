// The public verification page: calls /api/verification (no sign-in) and shows the answer.
// Opened from a certificate's QR code as verify.html?code=..., it checks that code at once.
(function () {
  'use strict';

  var TEXT = {
    zh: {
      title: '职业技能证书查验', lead: '无需登录。可按证书编号和姓名查询、扫描证书上的二维码，或上传电子证书 PDF 检查其真伪。',
      large: '长辈模式', home: '返回首页 / 登录', byNumber: '按证书编号查询', number: '证书编号', name: '持证人姓名', query: '查询',
      byCode: '按验证码查询', code: '验证码（二维码下方的20位字符）', byFile: '上传电子证书检查真伪',
      file: '选择证书 PDF 文件（不超过 2 MB）', check: '检查',
      privacy: '为保护个人信息，查询结果只显示姓名、脱敏身份证号、职业、等级、发证机构和日期。',
      VALID: '有效', REVOKED: '已撤销', SUPERSEDED: '已被新版本取代', ERROR: '未通过',
      holder: '持证人', idNumber: '身份证号', occupation: '职业', level: '等级', issuer: '发证机构', issuedOn: '发证日期',
      certNumber: '证书编号', version: '版本', revokedOn: '撤销日期', reason: '撤销原因', supersededOn: '取代日期',
      newer: '该证书已有第 {v} 版，请以最新版本为准。', genuine: '文件真实：数字签名有效，由监管部门认证的发证机构签发，且与发证记录一致。',
      signedBy: '签名机构', signedAt: '签名时间', pickFile: '请先选择文件。', network: '无法连接服务器，请稍后再试。',
      kind: '证书类别', waiting: '查询中…', versionN: '第 {v} 版', on: '开', off: '关'
    },
    en: {
      title: 'Certificate verification', lead: 'No sign-in needed. Look a certificate up by its number and the holder\'s name, scan its QR code, or upload the PDF to check that it is genuine.',
      large: 'Elder mode', home: 'Home / sign in', byNumber: 'By certificate number', number: 'Certificate number', name: 'Holder\'s name', query: 'Look up',
      byCode: 'By verification code', code: 'Verification code (the 20 characters under the QR code)', byFile: 'Check an electronic certificate',
      file: 'Choose the certificate PDF (at most 2 MB)', check: 'Check',
      privacy: 'To protect personal information, only the name, masked ID number, occupation, level, issuer and date are shown.',
      VALID: 'Valid', REVOKED: 'Revoked', SUPERSEDED: 'Superseded by a newer version', ERROR: 'Not verified',
      holder: 'Holder', idNumber: 'ID number', occupation: 'Occupation', level: 'Level', issuer: 'Issued by', issuedOn: 'Issued on',
      certNumber: 'Number', version: 'Version', revokedOn: 'Revoked on', reason: 'Reason', supersededOn: 'Superseded on',
      newer: 'Version {v} of this certificate exists; the latest version counts.', genuine: 'Genuine: the digital signature is valid, by an issuer certified by the regulator, and the file matches the record.',
      signedBy: 'Signed by', signedAt: 'Signed at', pickFile: 'Choose a file first.', network: 'The server cannot be reached; try again later.',
      kind: 'Kind', waiting: 'Checking…', versionN: 'version {v}', on: 'on', off: 'off'
    }
  };

  // The API answers in Chinese, the certificate's language; an English reader gets the fixed names translated beside it.
  var ENGLISH = {
    '职业技能等级证书': 'Vocational skill level certificate', '培训结业证书': 'Training completion certificate',
    '一级/高级技师': 'Level 1 (senior technician)', '二级/技师': 'Level 2 (technician)', '三级/高级工': 'Level 3 (senior)',
    '四级/中级工': 'Level 4 (intermediate)', '五级/初级工': 'Level 5 (entry)', '养老护理员': 'Elderly caregiver'
  };

  // Language and elder mode are shared with the main interface, so a user keeps them across both.
  var lang = localStorage.getItem('eldercare.lang') === 'en' ? 'en' : 'zh';
  var result = document.getElementById('result');

  function t(key) { return TEXT[lang][key]; }

  function applyLanguage() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    var toggle = document.getElementById('lang');
    toggle.textContent = lang === 'en' ? '中文' : 'English';
    toggle.lang = lang === 'en' ? 'zh-CN' : 'en';
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function show(nodes) {
    result.replaceChildren.apply(result, nodes);
    result.hidden = false;
    result.focus({ preventScroll: true });
    result.scrollIntoView({ block: 'nearest' });
  }

  function locale() { return lang === 'en' ? 'en' : 'zh-CN'; }

  /** A date (2026-12-08) or an instant (…T…Z) in the reader's language and time zone, never as ISO UTC. */
  function when(value) {
    if (!value) { return value; }
    var day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (day) {
      return new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(new Date(+day[1], day[2] - 1, +day[3]));
    }
    var at = new Date(value);
    return isNaN(at) ? value : new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short' }).format(at);
  }

  function named(zh) {
    return lang === 'en' && ENGLISH[zh] ? ENGLISH[zh] + ' (' + zh + ')' : zh;
  }

  function fields(c) {
    var dl = el('dl');
    [['kind', named(c.title)], ['holder', c.holderName], ['idNumber', c.idNumberMasked], ['occupation', named(c.occupation)],
      ['level', named(c.level)], ['issuer', c.issuer], ['issuedOn', when(c.issuedOn)], ['certNumber', c.number],
      ['version', c.version && t('versionN').replace('{v}', c.version)],
      ['revokedOn', when(c.revokedOn)], ['reason', c.revocationReason], ['supersededOn', when(c.supersededOn)]]
      .forEach(function (f) {
        if (f[1] === undefined || f[1] === null || f[1] === '') { return; }
        dl.append(el('dt', null, t(f[0])), el('dd', null, String(f[1])));
      });
    return dl;
  }

  var shown = null;

  function showCertificate(c, extra) {
    shown = extra ? null : c;
    var nodes = [el('span', 'badge ' + c.result, t(c.result))].concat(extra || []);
    nodes.push(fields(c));
    if (c.currentVersion > c.version) {
      nodes.push(el('p', 'note', t('newer').replace('{v}', c.currentVersion)));
    }
    show(nodes);
  }

  function showProblem(p) {
    shown = null;
    var nodes = [el('span', 'badge ERROR', t('ERROR')), el('p', 'note', p.title)];
    (p.errors || []).forEach(function (e) { nodes.push(el('p', 'note', e.message)); });
    show(nodes);
  }

  function call(path, options) {
    show([el('p', 'note', t('waiting'))]);
    options = options || {};
    options.headers = Object.assign({ 'Accept-Language': lang === 'en' ? 'en' : 'zh-CN' }, options.headers || {});
    return fetch('api/verification' + path, options).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).catch(function () {
      return { ok: false, body: { title: t('network') } };
    });
  }

  function byCode(code) {
    call('/codes/' + encodeURIComponent(code.trim())).then(function (r) {
      return r.ok ? showCertificate(r.body) : showProblem(r.body);
    });
  }

  document.getElementById('by-number').addEventListener('submit', function (e) {
    e.preventDefault();
    var q = new URLSearchParams({ number: document.getElementById('number').value.trim(), name: document.getElementById('name').value.trim() });
    call('?' + q.toString()).then(function (r) { return r.ok ? showCertificate(r.body) : showProblem(r.body); });
  });

  document.getElementById('by-code').addEventListener('submit', function (e) {
    e.preventDefault();
    byCode(document.getElementById('code').value);
  });

  document.getElementById('by-file').addEventListener('submit', function (e) {
    e.preventDefault();
    var file = document.getElementById('file').files[0];
    if (!file) { showProblem({ title: t('pickFile') }); return; }
    call('/documents', { method: 'POST', headers: { 'Content-Type': 'application/pdf' }, body: file }).then(function (r) {
      if (!r.ok) { return showProblem(r.body); }
      showCertificate(r.body.certificate, [el('p', 'note', t('genuine')),
        el('p', 'note', t('signedBy') + '：' + r.body.signer + ' · ' + t('signedAt') + '：' + when(r.body.signedAt))]);
    });
  });

  document.getElementById('lang').addEventListener('click', function () {
    lang = lang === 'en' ? 'zh' : 'en';
    localStorage.setItem('eldercare.lang', lang);
    applyLanguage();
    applyElder(document.documentElement.classList.contains('elder'));
    if (shown) { showCertificate(shown); }
  });

  function applyElder(on) {
    document.documentElement.classList.toggle('elder', on);
    var large = document.getElementById('large');
    large.setAttribute('aria-pressed', String(on));
    large.querySelector('.state').textContent = t(on ? 'on' : 'off');
    localStorage.setItem('eldercare.elder', on ? 'on' : 'off');
  }

  document.getElementById('large').addEventListener('click', function () {
    applyElder(!document.documentElement.classList.contains('elder'));
  });

  applyElder(localStorage.getItem('eldercare.elder') === 'on');

  result.tabIndex = -1;
  applyLanguage();
  var code = new URLSearchParams(location.search).get('code');
  if (code) {
    // Opened from a QR code, usually on a phone: the answer comes first, above the fold, the forms below it.
    document.body.classList.add('landing');
    document.getElementById('code').value = code;
    byCode(code);
  }
}());

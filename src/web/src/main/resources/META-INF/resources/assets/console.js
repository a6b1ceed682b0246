// The staff console: the queue by next statutory deadline, one application with its timeline, deadlines and the
// actions the lifecycle allows, registration of paper applications, the agency's reminders, and the knowledge base
// (documents, FAQ entries, unanswered questions). Signed in with the staff token (JWT); the local run prints a link
// that carries it in the fragment (#token=...), never sent to a server.
import { call, h, showError, formData, select, field, today, daysBetween, applicationFields, beijingTime } from './api.js';

const view = document.getElementById('view');
const PAGE = 50;
const ACTION_NEEDS = {
  CONFIRM_RECEIPT: ['on'],
  REQUEST_SUPPLEMENT: ['note*', 'dueDate'],
  RECEIVE_SUPPLEMENT: ['on', 'note'],
  START_CONSULTATION: ['consultationKind*', 'consulted*', 'note'],
  END_CONSULTATION: ['on', 'note'],
  EXTEND: ['workingDays*', 'note*'],
  ISSUE_FEE_NOTICE: ['note'],
  RECORD_PAYMENT: ['on', 'note'],
  MARK_FEE_UNPAID: ['note'],
  REPLY: ['outcome*', 'note*'],
  MARK_ABANDONED: ['note'],
  WITHDRAW: ['on', 'note'],
};
const FIELD_LABELS = {
  on: '生效日期', note: '说明', dueDate: '补正期限', consultationKind: '征求意见对象', consulted: '被征求意见方',
  workingDays: '延长工作日数（1–20）', outcome: '答复结果',
};
const NOTE_LABELS = { REQUEST_SUPPLEMENT: '需要补正的内容（将告知申请人）', EXTEND: '延期理由（将告知申请人）', REPLY: '答复内容（将告知申请人）' };

let token = null;
let claims = {};
let options = null;
const queueState = { stage: '', channel: '', applicantKind: '', offset: 0 };

function signIn(value) {
  const parts = value.trim().split('.');
  if (parts.length !== 3) throw new Error('这不是有效的工作人员令牌（JWT）。');
  const payload = JSON.parse(decodeURIComponent(escape(atob(parts[1].replace(/-/g, '+').replace(/_/g, '/')))));
  if (payload.exp && payload.exp * 1000 < Date.now()) throw new Error('令牌已过期，请重新获取。');
  token = value.trim();
  claims = payload;
  sessionStorage.setItem('gongkai-token', token);
}

function isHead() {
  return (claims.groups || []).includes('office-head');
}

async function api(name, body) {
  try {
    return await call(name, body, { token });
  } catch (e) {
    if (e.status === 401) {
      sessionStorage.removeItem('gongkai-token');
      token = null;
      location.hash = '#/signin';
    }
    throw e;
  }
}

function name(list, value) {
  return (options?.[list] || []).find(o => o.value === value)?.name || value || '';
}

function urgency(due) {
  if (!due) return { cls: '', text: '—' };
  const days = daysBetween(today(), due);
  if (days < 0) return { cls: 'overdue', text: '已逾期' + -days + '天' };
  if (days === 0) return { cls: 'overdue', text: '今天到期' };
  if (days <= 3) return { cls: 'due-soon', text: '还剩' + days + '天' };
  if (days <= 7) return { cls: 'due-near', text: '还剩' + days + '天' };
  return { cls: 'ok', text: '还剩' + days + '天' };
}

function showSignIn(message) {
  document.getElementById('tabs').hidden = true;
  document.getElementById('who').textContent = '';
  const box = h('div');
  const input = h('textarea', { name: 'token', id: 'token', rows: 4, required: true, placeholder: 'eyJ...' });
  const form = h('form', {
    onsubmit: e => {
      e.preventDefault();
      try { signIn(input.value); location.hash = '#/queue'; route(); } catch (err) { showError(box, err, form); }
    },
  }, field('工作人员令牌', input, '由本机关的统一身份认证签发；本地运行时 ./gongkai serve 会打印一个开发令牌和登录链接。'),
  h('button', { class: 'primary', type: 'submit' }, '登录'), box);
  view.replaceChildren(h('section', { class: 'card' }, h('h2', {}, '登录'), message ? h('p', { class: 'error' }, message) : null, form));
  input.focus();
}

function header() {
  document.getElementById('tabs').hidden = false;
  const roles = (claims.groups || []).map(r => r === 'office-head' ? '负责人' : r === 'clerk' ? '经办人' : r).join('、');
  document.getElementById('who').replaceChildren(
    (claims.upn || claims.sub || '') + '（' + roles + '） · 机关 ' + (claims.agency || ''), ' ',
    h('button', { type: 'button', onclick: () => { sessionStorage.removeItem('gongkai-token'); token = null; showSignIn(); } }, '退出'));
}

// The queue's page, asked for together with the options on the console's first view rather than after them.
let queuePrefetch = null;
const queuePage = () => api('staff-queue', {
  stage: queueState.stage || null, channel: queueState.channel || null,
  applicantKind: queueState.applicantKind || null, offset: queueState.offset, limit: PAGE,
});

async function showQueue() {
  const box = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, '正在加载…'));
  view.replaceChildren(h('section', { class: 'card' }, h('h2', {}, '待办队列（按最近的法定期限排序）'), box));
  let page;
  try {
    page = await (queuePrefetch || queuePage());
  } catch (e) { showError(box, e); return; } finally { queuePrefetch = null; }
  const all = Object.values(page.byStage).reduce((a, b) => a + b, 0);
  const chip = (value, label, count) => h('button', {
    type: 'button', 'aria-pressed': String(queueState.stage === value), 'data-stage': value,
    onclick: () => { queueState.stage = value; queueState.offset = 0; showQueue(); },
  }, label + ' ' + count);
  const chips = h('div', { class: 'chips', role: 'group', 'aria-label': '按办理阶段' }, chip('', '全部', all),
    options.stages.filter(s => page.byStage[s.value]).map(s => chip(s.value, s.name, page.byStage[s.value])));
  const filter = (key, list, label) => {
    const s = select(key, options[list], { value: queueState[key], empty: '全部' });
    s.addEventListener('change', () => { queueState[key] = s.value; queueState.offset = 0; showQueue(); });
    return field(label, s);
  };
  const rows = page.items.map(item => {
    const u = urgency(item.nextDue);
    return h('tr', { class: u.cls, 'data-id': item.id },
      h('td', {}, h('a', { href: '#/case/' + item.id }, item.trackingNumber)),
      h('td', {}, item.applicant),
      h('td', {}, name('applicantKinds', item.applicantKind)),
      h('td', {}, name('channels', item.channel)),
      h('td', {}, item.stageName),
      h('td', {}, item.receivedOn || '待确认'),
      h('td', {}, item.nextDeadline ? item.nextDeadline + ' ' : '', item.nextDue || '—', item.provisional ? h('span', { class: 'muted', title: '所跨年度的放假安排尚未公布' }, '（暂定）') : null),
      h('td', {}, h('span', { class: 'badge ' + u.cls }, u.text)));
  });
  const table = page.items.length === 0 ? h('p', { class: 'muted' }, '没有符合条件的待办申请。') :
    h('table', {}, h('thead', {}, h('tr', {}, ['申请编号', '申请人', '申请人类型', '渠道', '阶段', '收到日期', '最近期限', '剩余'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows));
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + page.items.length;
  const pager = h('div', { class: 'pager' },
    h('button', { type: 'button', disabled: page.offset === 0, onclick: () => { queueState.offset = Math.max(0, page.offset - PAGE); showQueue(); } }, '上一页'),
    h('span', {}, '第 ' + from + '–' + to + ' 条，共 ' + page.total + ' 条'),
    h('button', { type: 'button', disabled: to >= page.total, onclick: () => { queueState.offset = page.offset + PAGE; showQueue(); } }, '下一页'));
  box.replaceChildren(chips,
    h('div', { class: 'filters' }, filter('channel', 'channels', '渠道'), filter('applicantKind', 'applicantKinds', '申请人类型')),
    table, pager);
}

function deadlineList(deadlines) {
  if (!deadlines.length) return h('p', { class: 'muted' }, '当前没有进行中的期限。');
  return h('table', {}, h('thead', {}, h('tr', {}, ['期限', '到期日', '状态', '依据', '为什么是这一天'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, deadlines.map(d => {
      const u = d.state === 'RUNNING' ? urgency(d.due) : { cls: '' };
      return h('tr', { class: u.cls, 'data-deadline': d.kind },
        h('td', {}, d.name), h('td', {}, d.due || '—', d.provisional ? '（暂定）' : ''),
        h('td', {}, d.stateName, ' ', d.state === 'RUNNING' ? h('span', { class: 'badge ' + u.cls }, u.text)
          : d.state === 'PAUSED' ? '（恢复后还剩' + d.remainingWorkingDays + '个工作日）' : ''),
        h('td', {}, d.basis),
        h('td', {}, h('details', {}, h('summary', {}, '查看计算过程'), h('pre', { class: 'explain' }, d.explanation))));
    })));
}

function actionForm(c, action, box) {
  const needs = ACTION_NEEDS[action] || ['note'];
  const inputs = needs.map(spec => {
    const required = spec.endsWith('*');
    const key = spec.replace('*', '');
    let input;
    if (key === 'outcome') input = select('outcome', options.outcomes, { empty: '请选择答复结果', required });
    else if (key === 'consultationKind') input = select('consultationKind', options.consultationKinds, { empty: '请选择', required });
    else if (key === 'note') input = h('textarea', { name: 'note', id: 'note', required });
    else if (key === 'workingDays') input = h('input', { name: 'workingDays', id: 'workingDays', type: 'number', min: 1, max: 20, value: 20, required });
    else if (key === 'on' || key === 'dueDate') input = h('input', { name: key, id: key, type: 'date', required, value: key === 'on' ? today() : null });
    else input = h('input', { name: key, id: key, required });
    return field(key === 'note' ? (NOTE_LABELS[action] || '说明') : FIELD_LABELS[key], input);
  });
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', {
    'data-action': action,
    onsubmit: async e => {
      e.preventDefault();
      const command = { action, expectedVersion: c.version, ...formData(form) };
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        await api('staff-act', { applicationId: c.id, command });
        await showCase(c.id, name('actions', action) + '：已完成。');
      } catch (err) {
        button.disabled = false;
        showError(result, err, form);
        if (err.status === 409) result.append(h('button', { type: 'button', onclick: () => showCase(c.id) }, '重新载入最新情况'));
      }
    },
  }, h('h3', {}, name('actions', action)), inputs,
  h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' }, '确认' + name('actions', action)),
    h('button', { type: 'button', onclick: () => box.replaceChildren() }, '取消')), result);
  box.replaceChildren(form);
  form.querySelector('input, select, textarea')?.focus();
}

async function showCase(id, notice) {
  view.replaceChildren(h('p', { class: 'muted' }, '正在加载…'));
  let c;
  try { c = await api('staff-case', { applicationId: id }); } catch (e) { const box = h('div'); view.replaceChildren(box); showError(box, e); return; }
  const a = c.applicant;
  const formBox = h('div');
  const offered = c.availableActions.filter(x => x !== 'EXTEND' || isHead());
  const actions = h('div', { class: 'actions', role: 'group', 'aria-label': '可办理的操作' },
    offered.map(x => h('button', { type: 'button', 'data-action': x, onclick: () => actionForm(c, x, formBox) }, name('actions', x))));
  const facts = (pairs) => h('dl', { class: 'facts' }, pairs.filter(p => p[1]).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
  view.replaceChildren(
    h('p', {}, h('a', { href: '#/queue' }, '← 返回待办队列')),
    notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
    h('section', { class: 'card' }, h('h2', {}, '申请 ' + c.trackingNumber + ' · ', h('span', { id: 'stage' }, c.stageName)),
      facts([['渠道', name('channels', c.channel)], ['收到申请日期', c.receivedOn || '待确认（条例第三十一条）'],
        ['答复结果', c.outcome ? name('outcomes', c.outcome) : null], ['版本', String(c.version)]])),
    h('section', { class: 'card' }, h('h2', {}, '申请内容'), facts([['所需信息', c.request.description], ['文件名称', c.request.documentTitle],
      ['文号', c.request.documentNumber], ['用途', c.request.purpose],
      ['提供形式', name('deliveryForms', c.request.deliveryForm)], ['获取方式', name('deliveryMethods', c.request.deliveryMethod)]])),
    h('section', { class: 'card' }, h('h2', {}, '申请人', a.masked ? h('span', { class: 'muted' }, '（个人信息已遮蔽，负责人可见全部）') : null),
      facts([['类型', a.kindName], ['姓名或名称', a.name], ['证件号码', a.idNumber], ['法定代表人', a.legalRepresentative],
        ['联系人', a.contactPerson], ['电话', a.phone], ['电子邮箱', a.email], ['地址', a.address]])),
    h('section', { class: 'card', id: 'deadlines' }, h('h2', {}, '法定期限'), deadlineList(c.deadlines)),
    h('section', { class: 'card', id: 'actions' }, h('h2', {}, '办理'),
      offered.length ? actions : h('p', { class: 'muted' }, '本申请已办结，没有可办理的操作。'),
      c.availableActions.includes('EXTEND') && !isHead() ? h('p', { class: 'muted' }, '延长答复期限须经政府信息公开工作机构负责人同意（条例第三十三条），请负责人登录办理。') : null,
      formBox),
    h('section', { class: 'card', id: 'timeline' }, h('h2', {}, '办理记录'),
      h('ol', { class: 'timeline' }, c.history.map(s => h('li', {},
        h('strong', {}, s.on + ' ' + s.actionName), ' ', h('span', { class: 'muted' }, s.actorId + '（' + s.actorRoleName + '）'),
        s.outcome ? h('div', {}, '答复结果：' + name('outcomes', s.outcome)) : null,
        s.consulted ? h('div', {}, '征求意见：' + s.consulted) : null,
        s.workingDays ? h('div', {}, '延长' + s.workingDays + '个工作日') : null,
        s.note ? h('div', {}, s.note) : null)))));
  view.focus();
}

function showRegister() {
  const box = h('div', { 'aria-live': 'polite' });
  const channels = options.channels.filter(c => c.value !== 'ONLINE');
  const form = h('form', {
    onsubmit: async e => {
      e.preventDefault();
      const data = formData(form);
      const { channel, receivedOn, ...application } = data;
      application.agencyId = claims.agency;
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        const receipt = await api('staff-register', { application, channel, receivedOn: receivedOn || null });
        view.replaceChildren(h('section', { class: 'card receipt', id: 'receipt' }, h('h2', {}, '已登记'),
          h('p', {}, '申请编号 ', h('strong', { id: 'tracking-number' }, receipt.trackingNumber), '　查询码 ', h('strong', { id: 'query-code' }, receipt.queryCode)),
          h('p', {}, '请将申请编号和查询码交给申请人，用于查询进度和补正。', receipt.notice),
          h('p', {}, h('a', { href: '#/case/' + receipt.applicationId }, '打开这件申请'), '　', h('a', { href: '#/register' }, '再登记一件'))));
      } catch (err) {
        button.disabled = false;
        showError(box, err, form);
      }
    },
  },
  h('div', { class: 'grid' },
    field('申请渠道', select('channel', channels, { value: 'IN_PERSON', required: true }), '收到申请之日按条例第三十一条确定'),
    field('收到申请日期', h('input', { name: 'receivedOn', type: 'date', value: today() }), '当面提交为提交之日，挂号信为签收之日'),
    applicationFields(options, { deliveryForm: 'PAPER', deliveryMethod: 'COLLECT' })),
  h('button', { class: 'primary', type: 'submit' }, '登记'), box);
  view.replaceChildren(h('section', { class: 'card' }, h('h2', {}, '登记纸质、信函、当面、口头或传真申请'), form));
}

async function showReminders() {
  const box = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, '正在加载…'));
  view.replaceChildren(h('section', { class: 'card' }, h('h2', {}, '期限提醒'), box));
  let settings, dead;
  try {
    [settings, dead] = await Promise.all([api('staff-reminder-settings'), api('staff-reminder-dead-letters')]);
  } catch (e) { showError(box, e); return; }
  const p = settings.policy;
  const result = h('div', { 'aria-live': 'polite' });
  const channelRows = settings.channels.map(c => h('tr', {}, h('td', {}, c.kind), h('td', {}, c.url), h('td', {}, c.hasSecret ? '已设置' : '—')));
  const test = h('button', {
    type: 'button', id: 'test-send',
    onclick: async () => {
      test.disabled = true;
      try {
        const results = await api('staff-reminder-test');
        result.replaceChildren(results.length === 0 ? h('p', { class: 'error' }, '尚未设置任何提醒渠道。') :
          h('ul', {}, results.map(r => h('li', { class: r.delivered ? 'notice' : 'error' }, r.kind + ' ' + r.url + '：' + (r.delivered ? '发送成功' : '发送失败（' + r.error + '）')))));
      } catch (e) { showError(result, e); }
      test.disabled = false;
    },
  }, '发送测试提醒');
  const parts = [
    h('h3', {}, '提醒档次'),
    h('p', {}, '到期前 ' + p.workingDaysBefore.join('、') + ' 个工作日' + (p.onTheDay ? '，到期当日' : '') + (p.escalateOverdue ? '，逾期后报负责人督办' : '') + '。'),
    h('h3', {}, '提醒渠道'),
    settings.channels.length ? h('table', {}, h('thead', {}, h('tr', {}, ['类型', '地址', '签名密钥'].map(t => h('th', {}, t)))), h('tbody', {}, channelRows))
      : h('p', { class: 'muted' }, '尚未设置提醒渠道。'),
    h('div', { class: 'actions' }, test), result,
  ];
  if (isHead()) parts.push(reminderEditor(settings));
  parts.push(h('h3', {}, '投递失败的提醒'), dead.length === 0 ? h('p', { class: 'muted' }, '没有。') :
    h('table', { id: 'dead-letters' }, h('thead', {}, h('tr', {}, ['提醒编号', '事项', '期限', '到期日', '档次', '尝试次数', '最后错误'].map(t => h('th', {}, t)))),
      h('tbody', {}, dead.map(d => h('tr', {}, h('td', {}, d.id), h('td', {}, d.subject), h('td', {}, d.deadline), h('td', {}, d.due),
        h('td', {}, d.tier), h('td', {}, String(d.attempts)), h('td', {}, d.lastError))))));
  box.replaceChildren(...parts);
}

function reminderEditor(settings) {
  const box = h('div', { 'aria-live': 'polite' });
  const kinds = ['WEBHOOK', 'WECOM', 'DINGTALK', 'FEISHU', 'EMAIL'].map(k => ({ value: k, name: k }));
  const rows = h('div');
  const addRow = (c = {}) => rows.append(h('div', { class: 'grid channel-row' },
    field('类型', select('kind', kinds, { value: c.kind || 'WEBHOOK' })),
    field('地址', h('input', { name: 'url', value: c.url || '', placeholder: 'https://… 或 mailto:…' })),
    field('签名密钥', h('input', { name: 'secret', type: 'password', placeholder: c.hasSecret ? '留空则清除' : '可选' }))));
  settings.channels.forEach(addRow);
  const form = h('form', {
    onsubmit: async e => {
      e.preventDefault();
      const days = form.elements.days.value.split(/[,，、\s]+/).filter(Boolean).map(Number);
      const channels = [...rows.querySelectorAll('.channel-row')].map(r => ({
        kind: r.querySelector('[name=kind]').value, url: r.querySelector('[name=url]').value,
        secret: r.querySelector('[name=secret]').value || null,
      })).filter(c => c.url);
      try {
        await api('staff-reminder-settings-update', {
          policy: { workingDaysBefore: days, onTheDay: form.elements.onTheDay.checked, escalateOverdue: form.elements.escalateOverdue.checked },
          channels,
        });
        await showReminders();
      } catch (err) { showError(box, err, form); }
    },
  }, h('h3', {}, '修改提醒设置（负责人）'),
  field('到期前几个工作日提醒', h('input', { name: 'days', value: settings.policy.workingDaysBefore.join(',') }), '用逗号分隔，例如 5,3,1'),
  h('label', {}, h('input', { type: 'checkbox', name: 'onTheDay', checked: settings.policy.onTheDay }), ' 到期当日提醒'), ' ',
  h('label', {}, h('input', { type: 'checkbox', name: 'escalateOverdue', checked: settings.policy.escalateOverdue }), ' 逾期报负责人督办'),
  rows, h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => addRow() }, '添加渠道'), h('button', { class: 'primary', type: 'submit' }, '保存')), box);
  return form;
}

const SEVERITY = { ERROR: '错误', WARNING: '提示', INFO: '说明' };

function download(rendered) {
  const bytes = rendered.encoding === 'base64'
    ? Uint8Array.from(atob(rendered.content), c => c.charCodeAt(0)) : new TextEncoder().encode(rendered.content);
  const url = URL.createObjectURL(new Blob([bytes], { type: rendered.mediaType }));
  const a = h('a', { href: url, download: rendered.fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const reportState = { year: new Date().getFullYear() - 1 };

async function showReport() {
  const box = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, '正在生成…'));
  const years = [];
  for (let y = new Date().getFullYear(); y >= 2019; y--) years.push({ value: String(y), name: y + '年' });
  const yearSelect = select('year', years, { value: String(reportState.year) });
  yearSelect.addEventListener('change', () => { reportState.year = Number(yearSelect.value); showReport(); });
  view.replaceChildren(h('section', { class: 'card' }, h('h2', {}, '政府信息公开工作年度报告'),
    h('div', { class: 'filters' }, field('年度', yearSelect)), box));
  let g;
  try { g = await api('staff-report-generate', { year: reportState.year, output: 'html' }); } catch (e) { showError(box, e); return; }
  const r = g.report;
  const fetchAs = output => async () => {
    try {
      const s = await api('staff-report-snapshot', { snapshotId: g.snapshotId, output });
      download(s.rendered);
    } catch (e) { showError(result, e); }
  };
  const result = h('div', { 'aria-live': 'polite' });
  const findings = g.findings.length === 0 ? h('p', { class: 'notice', id: 'findings' }, '全部校验通过。') :
    h('table', { id: 'findings' }, h('thead', {}, h('tr', {}, ['级别', '代码', '位置', '应为', '实为', '说明'].map(t => h('th', {}, t)))),
      h('tbody', {}, g.findings.map(f => h('tr', { class: f.severity === 'ERROR' ? 'overdue' : '' },
        h('td', {}, SEVERITY[f.severity] || f.severity), h('td', {}, f.code), h('td', {}, f.location || f.sentence || ''),
        h('td', {}, f.expected ?? ''), h('td', {}, f.found ?? ''), h('td', {}, f.message || '')))));
  const changes = g.previousSnapshotId == null ? h('p', { class: 'muted' }, '这是本年度第一次生成。') :
    g.changes.length === 0 ? h('p', { class: 'muted' }, '与上次生成（' + beijingTime(g.previousGeneratedAt) + '）相比没有变化。') :
      h('table', { id: 'changes' }, h('thead', {}, h('tr', {}, ['位置', '上次', '本次'].map(t => h('th', {}, t)))),
        h('tbody', {}, g.changes.map(c => h('tr', {}, h('td', {}, c.location), h('td', {}, c.before ?? ''), h('td', {}, c.after ?? '')))));
  const texts = ['一', '五', '六'].map(section => {
    const area = h('textarea', { name: 'text', rows: 6 }, r.sections?.[section] || '');
    const form = h('form', {
      'data-section': section,
      onsubmit: async e => {
        e.preventDefault();
        try { await api('staff-report-text', { year: reportState.year, section, text: area.value }); await showReport(); }
        catch (err) { showError(result, err, form); }
      },
    }, field('第' + section + '部分正文', area, '留空保存则恢复系统生成的草稿'),
    h('button', { type: 'submit' }, '保存第' + section + '部分'));
    return form;
  });
  const frame = h('iframe', { title: '报告预览', id: 'report-preview', sandbox: '', style: 'width:100%;height:70vh;border:1px solid #d9dee5;background:#fff' });
  frame.srcdoc = g.rendered.content;
  box.replaceChildren(
    h('p', {}, '格式：', r.format, '　生成时间：', beijingTime(g.generatedAt), '　快照 ', String(g.snapshotId)),
    h('div', { class: 'actions' }, ['html', 'docx', 'md', 'json'].map(o => h('button', { type: 'button', 'data-output': o, onclick: fetchAs(o) }, '下载 ' + o.toUpperCase()))),
    result,
    h('h3', {}, '校验结果'), findings,
    h('h3', {}, '与上次生成相比'), changes,
    h('h3', {}, '预览'), frame,
    h('h3', {}, '正文（第一、五、六部分）'), ...texts);
}

async function showConsultations() {
  const box = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, '正在加载…'));
  view.replaceChildren(h('section', { class: 'card' }, h('h2', {}, '网上咨询（5个工作日内答复，简单问题1个工作日）'), box));
  let list;
  try { list = await api('staff-consultations', { openOnly: true }); } catch (e) { showError(box, e); return; }
  if (list.length === 0) { box.replaceChildren(h('p', { class: 'muted' }, '没有待答复的咨询。')); return; }
  box.replaceChildren(...list.map(c => {
    const u = urgency(c.replyDue);
    const result = h('div', { 'aria-live': 'polite' });
    const form = h('form', {
      'data-consultation': c.consultationId,
      onsubmit: async e => {
        e.preventDefault();
        try { await api('staff-consultation-reply', { consultationId: c.consultationId, reply: form.elements.reply.value }); await showConsultations(); }
        catch (err) { showError(result, err, form); }
      },
    }, field('答复', h('textarea', { name: 'reply', required: true })),
    h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' }, '答复'),
      c.simple ? null : h('button', {
        type: 'button', onclick: async () => {
          try { await api('staff-consultation-classify', { consultationId: c.consultationId, simple: true }); await showConsultations(); }
          catch (err) { showError(result, err, form); }
        },
      }, '标为简单问题（1个工作日内答复）')), result);
    return h('section', { class: 'card ' + u.cls },
      h('p', {}, h('strong', {}, c.question)),
      h('p', { class: 'muted' }, '提交 ' + c.askedOn + ' · 答复期限 ' + c.replyDue + ' ', h('span', { class: 'badge ' + u.cls }, u.text),
        c.simple ? ' · 简单问题' : '', c.contact ? ' · 联系方式 ' + c.contact : ''),
      form);
  }));
}

// ---- the knowledge base: documents (upload, replace, remove), the office's FAQ entries, questions left unanswered
const VALIDITIES = ['现行有效', '已修订', '已废止', '尚未施行'];
const KINDS = ['政策法规', '政策解读', '公开指南', '常见问题', '条文解读', '其他'];
const PART_CHARS = 40000; // base64 characters per request, under the functions' 64 KB body limit

function base64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Sends the file (in parts when large) with its metadata; the server stores it and indexes it at once. */
async function uploadDocument(file, metadata) {
  const data = base64(await file.arrayBuffer());
  if (data.length <= PART_CHARS) return api('staff-kb-document-save', { ...metadata, fileName: file.name, content: data });
  const uploadId = 'up-' + crypto.randomUUID();
  for (let part = 0; part * PART_CHARS < data.length; part++) {
    await api('staff-kb-upload-part', { uploadId, part, data: data.slice(part * PART_CHARS, (part + 1) * PART_CHARS) });
  }
  return api('staff-kb-document-save', { ...metadata, fileName: file.name, uploadId });
}

async function showKnowledge(notice) {
  const box = h('div', { 'aria-live': 'polite' }, notice ? h('p', { class: 'notice', role: 'status' }, notice) : null);
  const docs = h('div', {}, h('p', { class: 'muted' }, '正在加载…'));
  const faqBox = h('div');
  const gaps = h('div');
  // upload or replace
  const replaces = h('input', { type: 'hidden', name: 'replaces' });
  const replacing = h('p', { class: 'muted', id: 'replacing' });
  const fileInput = h('input', { type: 'file', name: 'file', id: 'kb-file', required: true, accept: '.md,.markdown,.txt,.html,.htm,.docx,.pdf' });
  const upload = h('form', {
    id: 'kb-upload',
    onsubmit: async e => {
      e.preventDefault();
      const file = fileInput.files[0];
      if (!file) return;
      const button = upload.querySelector('button[type=submit]');
      button.disabled = true;
      box.replaceChildren(h('p', { class: 'muted' }, '正在上传并建立索引…'));
      try {
        const { file: _, ...metadata } = formData(upload);
        const saved = await uploadDocument(file, metadata);
        await showKnowledge((saved.replaced ? '已替换：' : '已入库：') + '《' + saved.document.title + '》，' + saved.chunks + '个条文片段，智能问答即可引用。');
        return;
      } catch (err) { showError(box, err, upload); }
      button.disabled = false;
    },
  }, h('h3', {}, '上传或替换文件'), replacing, replaces,
  field('文件（Markdown、文本、HTML、Word .docx、PDF）', fileInput),
  h('div', { class: 'grid' },
    field('标题', h('input', { name: 'title', id: 'kb-title', required: true })),
    field('文号', h('input', { name: 'number', id: 'kb-number', placeholder: '如：示政发〔2026〕3号' })),
    field('发布机关', h('input', { name: 'issuer', id: 'kb-issuer' })),
    field('时效性', select('validity', VALIDITIES.map(v => ({ value: v, name: v })), { value: '现行有效' })),
    field('类型', select('kind', KINDS.map(v => ({ value: v, name: v })), { value: '政策法规' })),
    field('公布日期', h('input', { type: 'date', name: 'publishedOn', id: 'kb-published' })),
    field('施行日期', h('input', { type: 'date', name: 'effectiveOn', id: 'kb-effective' }))),
  field('解读对象（本文件解读的政策，每行一个标题）', h('textarea', { name: 'interprets', id: 'kb-interprets', rows: 2 })),
  field('替代文件（本文件取代的文件，每行一个标题）', h('textarea', { name: 'supersedes', id: 'kb-supersedes', rows: 2 })),
  h('button', { class: 'primary', type: 'submit' }, '上传并入库'));
  fileInput.addEventListener('change', () => {
    const f = fileInput.files[0];
    if (f && !upload.elements.title.value) upload.elements.title.value = f.name.replace(/\.[^.]+$/, '');
  });
  // FAQ entries
  const faqId = h('input', { type: 'hidden', name: 'id' });
  const faqRevision = h('input', { type: 'hidden', name: 'revision' }); // the entry as it was shown, for an edit
  const faqQuestion = h('input', { name: 'question', id: 'faq-question', required: true });
  const faqAnswer = h('textarea', { name: 'answer', id: 'faq-answer', rows: 4, required: true });
  const faqResult = h('div', { 'aria-live': 'polite' });
  const faqForm = h('form', {
    id: 'faq-form',
    onsubmit: async e => {
      e.preventDefault();
      try {
        const saved = await api('staff-kb-faq-save', formData(faqForm));
        await showKnowledge('常见问题已保存：' + saved.question);
      } catch (err) { showError(faqResult, err, faqForm); }
    },
  }, h('h3', {}, '编写常见问题'), faqId, faqRevision, field('问题', faqQuestion), field('解答（请写明依据，如：条例第三十三条）', faqAnswer),
  h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' }, '保存常见问题'),
    h('button', { type: 'button', onclick: () => { faqForm.reset(); faqId.value = ''; faqRevision.value = ''; } }, '清空')), faqResult);
  const editFaq = (question, answer = '', id = '', revision = '') => {
    faqId.value = id;
    faqRevision.value = revision;
    faqQuestion.value = question;
    faqAnswer.value = answer;
    faqForm.scrollIntoView({ block: 'center' });
    faqAnswer.focus();
  };
  view.replaceChildren(h('section', { class: 'card' }, h('h2', {}, '知识库'),
    h('p', { class: 'muted' }, '上传的文件保存在知识库文件目录中，并立即建立索引，替换同一文件原有的条文；智能问答随即据此回答。'), box,
    h('div', { class: 'kb-columns' }, upload, faqForm)),
  h('section', { class: 'card', id: 'kb-gaps' }, h('h2', {}, '未能回答的问题'), gaps),
  h('section', { class: 'card' }, h('h2', {}, '本机关常见问题'), faqBox),
  h('section', { class: 'card' }, h('h2', {}, '知识库文件'), docs));

  const [documents, faq, feedback] = await Promise.all([
    api('staff-kb-documents', {}).catch(e => e), api('staff-kb-faq', {}).catch(e => e), api('staff-assistant-feedback', { limit: 20 }).catch(e => e)]);
  if (documents instanceof Error) showError(docs, documents);
  else docs.replaceChildren(h('table', { id: 'kb-documents' },
    h('thead', {}, h('tr', {}, ['标题', '文号', '时效性', '类型', '来源', '条文', ''].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, documents.map(d => {
      const remove = h('button', {
        type: 'button', 'data-remove': d.documentId,
        onclick: async () => {
          if (remove.dataset.confirm !== 'yes') { remove.dataset.confirm = 'yes'; remove.textContent = '确认移出'; return; }
          try { await api('staff-kb-document-remove', { documentId: d.documentId }); await showKnowledge('已移出：《' + d.title + '》'); }
          catch (err) { showError(box, err); }
        },
      }, '移出');
      const replace = h('button', {
        type: 'button', onclick: () => {
          replaces.value = d.documentId;
          replacing.textContent = '替换《' + d.title + '》：请选择新文件；标题等信息已按原文件填好。';
          upload.elements.title.value = d.title;
          upload.elements.number.value = d.number || '';
          upload.elements.issuer.value = d.issuer || '';
          upload.elements.validity.value = d.validity;
          upload.elements.kind.value = d.kind;
          upload.elements.publishedOn.value = d.publishedOn || '';
          upload.elements.effectiveOn.value = d.effectiveOn || '';
          upload.elements.interprets.value = (d.interprets || []).join('\n');
          upload.elements.supersedes.value = (d.supersedes || []).join('\n');
          fileInput.focus();
        },
      }, '替换');
      return h('tr', { 'data-document': d.documentId },
        h('td', {}, d.title), h('td', {}, d.number || ''),
        h('td', {}, h('span', { class: 'badge ' + (d.validity === '现行有效' ? 'ok' : 'overdue') }, d.validity)),
        h('td', {}, d.kind), h('td', {}, d.uploaded ? '上传' : '随附'), h('td', {}, String(d.chunks)),
        h('td', { class: 'actions' }, replace, remove));
    }))));
  if (faq instanceof Error) showError(faqBox, faq);
  else if (faq.length === 0) faqBox.replaceChildren(h('p', { class: 'muted' }, '还没有本机关编写的常见问题。'));
  else faqBox.replaceChildren(h('ul', { id: 'faq-entries' }, faq.map(f => h('li', { 'data-faq': f.id },
    h('strong', {}, f.question), ' ', h('span', { class: 'muted' }, f.answer), ' ',
    h('button', { type: 'button', onclick: () => editFaq(f.question, f.answer, f.id, f.revision) }, '编辑'), ' ',
    h('button', {
      type: 'button', onclick: async () => {
        try { await api('staff-kb-faq-remove', { id: f.id, revision: f.revision }); await showKnowledge('已删除常见问题：' + f.question); }
        catch (err) { if (err.code === 'FAQ_ENTRY_CHANGED') await showKnowledge(err.message); else showError(faqResult, err); }
      },
    }, '删除')))));
  if (feedback instanceof Error) { showError(gaps, feedback); return; }
  gaps.replaceChildren(h('div', {},
    feedback.unanswered.length === 0 ? h('p', { class: 'muted' }, '近90天没有智能问答未能回答的问题。')
      : h('table', { id: 'unanswered' },
        h('thead', {}, h('tr', {}, ['问题（已隐去个人信息）', '次数', '最近提问', ''].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, feedback.unanswered.map(u => h('tr', {},
          h('td', {}, u.question), h('td', {}, String(u.count)), h('td', {}, (u.lastAsked || '').slice(0, 16).replace('T', ' ')),
          h('td', {}, h('button', { type: 'button', 'data-write-faq': u.question, onclick: () => editFaq(u.question) }, '为此写FAQ')))))),
    feedback.disliked.length === 0 ? null : [h('h3', {}, '评价为“没有帮助”最多的回答'),
      h('table', { id: 'disliked' },
        h('thead', {}, h('tr', {}, ['回答', '依据', '例：提问', '没有帮助', '有帮助'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, feedback.disliked.map(d => h('tr', {},
          h('td', {}, (d.answer || '').slice(0, 120)), h('td', {}, d.citations || ''), h('td', {}, d.exampleQuestion || ''),
          h('td', {}, String(d.thumbsDown)), h('td', {}, String(d.thumbsUp))))))]));
}

async function route() {
  if (!token) { showSignIn(); return; }
  header();
  const [, tab, arg] = (location.hash || '#/queue').split('/');
  if (!options) {
    const loading = call('options');
    if (!['case', 'register', 'reminders', 'report', 'consultations', 'kb'].includes(tab)) {
      queuePrefetch = queuePage();
      queuePrefetch.catch(() => {}); // shown by showQueue
    }
    try { options = await loading; } catch (e) { const box = h('div'); view.replaceChildren(box); showError(box, e); return; }
  }
  document.querySelectorAll('#tabs a').forEach(a => a.toggleAttribute('aria-current', false));
  document.querySelector('#tabs a[data-tab="' + (tab === 'case' ? 'queue' : tab) + '"]')?.setAttribute('aria-current', 'page');
  if (tab === 'case' && arg) await showCase(decodeURIComponent(arg));
  else if (tab === 'register') showRegister();
  else if (tab === 'reminders') await showReminders();
  else if (tab === 'report') await showReport();
  else if (tab === 'consultations') await showConsultations();
  else if (tab === 'kb') await showKnowledge();
  else await showQueue();
}

const fromLink = new URLSearchParams(location.hash.slice(1)).get('token');
try {
  if (fromLink) { signIn(fromLink); history.replaceState(null, '', location.pathname + '#/queue'); }
  else if (sessionStorage.getItem('gongkai-token')) signIn(sessionStorage.getItem('gongkai-token'));
} catch (e) { sessionStorage.removeItem('gongkai-token'); token = null; }
window.addEventListener('hashchange', route);
route();

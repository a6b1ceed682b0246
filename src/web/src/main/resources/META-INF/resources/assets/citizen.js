// The citizen page: apply online (Art. 29), then follow the application with the tracking number and query code,
// and answer a request to supplement (Art. 30). Personal data shown back is masked by the server.
import { call, h, showError, formData, select, field } from './api.js';

const view = document.getElementById('view');
const agency = new URLSearchParams(location.search).get('agency')
  || document.querySelector('meta[name="gongkai-agency"]')?.content || 'demo';
let options = null;

function receiptView(r) {
  return h('section', { class: 'card receipt', id: 'receipt' }, h('h2', {}, '申请已提交'),
    h('p', {}, '申请编号 ', h('strong', { id: 'tracking-number' }, r.trackingNumber), '　查询码 ', h('strong', { id: 'query-code' }, r.queryCode)),
    h('p', {}, r.notice),
    r.deadlines.length ? h('ul', {}, r.deadlines.map(d => h('li', {}, d.name + '：' + d.due + (d.provisional ? '（暂定）' : '')))) : null,
    h('p', {}, h('a', { href: '#/progress' }, '查询办理进度')));
}

function showApply() {
  const box = h('div', { 'aria-live': 'polite' });
  // One key per filled-in form: a retry after a lost answer returns the first receipt instead of a second application.
  let key = crypto.randomUUID();
  const form = h('form', {
    onsubmit: async e => {
      e.preventDefault();
      const data = { agencyId: agency, ...formData(form) };
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        const receipt = await call('submit', data, { headers: { 'Idempotency-Key': key } });
        key = crypto.randomUUID();
        view.replaceChildren(receiptView(receipt));
      } catch (err) {
        button.disabled = false;
        showError(box, err, form);
      }
    },
  }, h('div', { class: 'grid' },
    field('申请人类型', select('applicantKind', options.applicantKinds, { value: 'NATURAL_PERSON', required: true })),
    field('姓名或名称', h('input', { name: 'name', required: true, autocomplete: 'name' })),
    field('证件类型', select('idType', options.idTypes, { value: 'RESIDENT_ID' }), '自然人填写'),
    field('证件号码', h('input', { name: 'idNumber' }), '自然人填写'),
    field('统一社会信用代码', h('input', { name: 'creditCode' }), '法人或其他组织填写'),
    field('法定代表人或负责人', h('input', { name: 'legalRepresentative' }), '法人或其他组织填写'),
    field('联系人', h('input', { name: 'contactPerson' })),
    field('联系电话', h('input', { name: 'phone', type: 'tel', autocomplete: 'tel' })),
    field('电子邮箱', h('input', { name: 'email', type: 'email', autocomplete: 'email' })),
    field('通讯地址', h('input', { name: 'address', autocomplete: 'street-address' })),
    field('邮政编码', h('input', { name: 'postcode', autocomplete: 'postal-code' })),
    field('所需政府信息的名称、文号或者便于查询的其他特征性描述', h('textarea', { name: 'description', required: true })),
    field('文件名称（如知道）', h('input', { name: 'documentTitle' })),
    field('文号（如知道）', h('input', { name: 'documentNumber' })),
    field('用途（可不填）', h('input', { name: 'purpose' })),
    field('信息提供形式', select('deliveryForm', options.deliveryForms, { value: 'ELECTRONIC' })),
    field('获取信息方式', select('deliveryMethod', options.deliveryMethods, { value: 'ONLINE' }))),
  h('p', { class: 'muted' }, '网上提交的申请，以双方确认之日为收到申请之日（《政府信息公开条例》第三十一条）。'),
  h('button', { class: 'primary', type: 'submit' }, '提交申请'), box);
  view.replaceChildren(h('section', { class: 'card' }, h('h2', {}, '提交政府信息公开申请'), form));
}

function progressView(p, credentials) {
  const parts = [
    h('h2', {}, '申请 ' + p.trackingNumber + ' · ', h('span', { id: 'stage' }, p.stageName)),
    h('dl', { class: 'facts' }, h('dt', {}, '申请人'), h('dd', {}, p.applicant),
      h('dt', {}, '收到申请日期'), h('dd', {}, p.receivedOn || '待确认'),
      p.outcomeName ? [h('dt', {}, '答复结果'), h('dd', {}, p.outcomeName)] : null),
    h('h3', {}, '期限'),
    p.deadlines.length ? h('ul', { id: 'deadlines' }, p.deadlines.map(d => h('li', {}, d.name + '：' + (d.due || '—') + '（' + d.stateName + '）',
      h('details', {}, h('summary', {}, '为什么是这一天'), h('pre', { class: 'explain' }, d.explanation))))) : h('p', { class: 'muted' }, '没有进行中的期限。'),
    h('h3', {}, '办理记录'),
    h('ol', { class: 'timeline', id: 'history' }, p.history.map(s => h('li', {}, h('strong', {}, s.on + ' ' + s.actionName), s.message ? h('div', {}, s.message) : null))),
  ];
  if (p.stage === 'AWAITING_SUPPLEMENT') {
    const box = h('div', { 'aria-live': 'polite' });
    const form = h('form', {
      id: 'supplement',
      onsubmit: async e => {
        e.preventDefault();
        try {
          const after = await call('supplement', { ...credentials, text: form.elements.text.value });
          view.replaceChildren(h('p', { class: 'notice', role: 'status' }, '补正内容已提交，答复期限自收到补正之日起重新计算。'), h('section', { class: 'card' }, progressView(after, credentials)));
        } catch (err) { showError(box, err, form); }
      },
    }, h('h3', {}, '补正申请'), p.supplementDue ? h('p', {}, '请在 ' + p.supplementDue + ' 前补正。') : null,
    field('补正内容', h('textarea', { name: 'text', id: 'text', required: true })),
    h('button', { class: 'primary', type: 'submit' }, '提交补正'), box);
    parts.push(form);
  }
  return parts;
}

function showProgress() {
  const box = h('div', { 'aria-live': 'polite' });
  const result = h('div');
  const form = h('form', {
    onsubmit: async e => {
      e.preventDefault();
      const credentials = formData(form);
      try {
        const p = await call('progress', credentials);
        box.replaceChildren();
        result.replaceChildren(h('section', { class: 'card' }, progressView(p, credentials)));
      } catch (err) { result.replaceChildren(); showError(box, err, form); }
    },
  }, h('div', { class: 'grid' }, field('申请编号', h('input', { name: 'trackingNumber', required: true })),
    field('查询码', h('input', { name: 'queryCode', required: true, autocomplete: 'off' }))),
  h('button', { class: 'primary', type: 'submit' }, '查询'), box);
  view.replaceChildren(h('section', { class: 'card' }, h('h2', {}, '查询办理进度'), form), result);
}

async function route() {
  if (!options) {
    try { options = await call('options'); } catch (e) { const box = h('div'); view.replaceChildren(box); showError(box, e); return; }
  }
  const tab = (location.hash || '#/apply').split('/')[1];
  document.querySelectorAll('nav a').forEach(a => a.toggleAttribute('aria-current', false));
  document.querySelector('nav a[data-tab="' + tab + '"]')?.setAttribute('aria-current', 'page');
  if (tab === 'progress') showProgress(); else showApply();
}
window.addEventListener('hashchange', route);
route();

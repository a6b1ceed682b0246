// The citizen page: apply online (Art. 29), then follow the application with the tracking number and query code,
// and answer a request to supplement (Art. 30); ask the assistant (answers with the articles they rest on) and, when it
// cannot answer, hand the question to the office as an online consultation. Personal data shown back is masked.
import { call, h, showError, formData, field, applicationFields } from './api.js';

const view = document.getElementById('view');
const agency = new URLSearchParams(location.search).get('agency')
  || document.querySelector('meta[name="gongkai-agency"]')?.content || 'demo';
let options = null;

// For the applicant, the extended reply date is what an extension could at most bring, not a date already set;
// once an extension is granted the reply's own date is that date, and it is not shown twice.
function applicantDeadlines(list) {
  return list.filter(d => !(d.kind === 'EXTENDED_REPLY' && list.some(r => r.kind === 'REPLY' && r.due === d.due)))
    .map(d => d.kind === 'EXTENDED_REPLY' ? { ...d, name: '如经批准延长，最晚答复日期' } : d);
}

function receiptView(r) {
  return h('section', { class: 'card receipt', id: 'receipt' }, h('h2', {}, '申请已提交'),
    h('p', {}, '申请编号 ', h('strong', { id: 'tracking-number' }, r.trackingNumber), '　查询码 ', h('strong', { id: 'query-code' }, r.queryCode)),
    h('p', {}, r.notice),
    r.deadlines.length ? h('ul', {}, applicantDeadlines(r.deadlines).map(d => h('li', {}, d.name + '：' + d.due + (d.provisional ? '（暂定）' : '')))) : null,
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
  }, h('div', { class: 'grid' }, applicationFields(options, { deliveryForm: 'ELECTRONIC', deliveryMethod: 'ONLINE' })),
  h('p', { class: 'muted' }, '带＊的为必填项。网上提交的申请，以双方确认之日为收到申请之日（《政府信息公开条例》第三十一条）。'),
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
    p.deadlines.length ? h('ul', { id: 'deadlines' }, applicantDeadlines(p.deadlines).map(d => h('li', {}, d.name + '：' + (d.due || '—') + '（' + d.stateName + '）',
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

// ---- the assistant: answers from the published policies, with the articles it rests on; hand-over to a person
let conversationId = null;

function citationList(citations) {
  return h('ul', { class: 'citations' }, citations.map(c => {
    const body = h('div');
    const details = h('details', {
      ontoggle: async () => {
        if (!details.open || body.childElementCount) return;
        try {
          const t = await call('cited', { id: c.id });
          body.replaceChildren(h('p', { class: 'muted' }, (t.headings || []).join(' · ')), h('pre', { class: 'explain' }, t.text));
        } catch (e) { showError(body, e); }
      },
    }, h('summary', {}, '《' + c.document + '》' + (c.article || ''), ' ', h('span', { class: 'badge' + (c.current ? ' ok' : ' overdue') }, c.status)), body);
    return h('li', {}, details);
  }));
}

/** 👍/👎 under an answer: buttons with words for screen readers, the choice shown by aria-pressed. */
function feedbackBar(a) {
  const note = h('span', { class: 'muted', 'aria-live': 'polite' });
  const vote = async (helpful, button) => {
    try {
      await call('feedback', { conversationId: a.conversationId, answerId: a.answerId, helpful });
      bar.querySelectorAll('button').forEach(b => b.setAttribute('aria-pressed', String(b === button)));
      note.textContent = helpful ? '谢谢您的评价。' : '谢谢，我们会据此改进回答；也可以转人工咨询。';
    } catch (e) { note.textContent = e.message; }
  };
  const up = h('button', { type: 'button', class: 'vote', 'data-vote': 'up', 'aria-pressed': 'false', 'aria-label': '这个回答有帮助', onclick: () => vote(true, up) }, '👍 有帮助');
  const down = h('button', { type: 'button', class: 'vote', 'data-vote': 'down', 'aria-pressed': 'false', 'aria-label': '这个回答没有帮助', onclick: () => vote(false, down) }, '👎 没有帮助');
  const bar = h('div', { class: 'feedback', role: 'group', 'aria-label': '评价这个回答' }, h('span', {}, '这个回答有帮助吗？'), up, down, note);
  return bar;
}

function consultForm(question) {
  const box = h('div', { 'aria-live': 'polite' });
  const form = h('form', {
    class: 'consult',
    onsubmit: async e => {
      e.preventDefault();
      try {
        const r = await call('consult', { agencyId: agency, ...formData(form) });
        form.replaceWith(h('div', { class: 'receipt', id: 'consult-receipt' }, h('p', {}, '已转交工作人员。查询码 ', h('strong', { id: 'lookup-code' }, r.lookupCode)),
          h('p', {}, '工作人员将在 ' + r.replyDue + ' 前答复（简单问题1个工作日内）。请凭查询码在“咨询答复查询”中查看答复。')));
      } catch (err) { showError(box, err, form); }
    },
  }, h('h3', {}, '转人工：网上咨询'),
  field('问题', h('textarea', { name: 'question', required: true }, question)),
  field('联系方式（可不填）', h('input', { name: 'contact' }), '电话或电子邮箱，仅用于工作人员联系您'),
  h('button', { class: 'primary', type: 'submit' }, '提交给工作人员'), box);
  return form;
}

function showAsk() {
  const log = h('div', { id: 'conversation', 'aria-live': 'polite' });
  const box = h('div');
  const input = h('textarea', { name: 'question', id: 'question', rows: 2, required: true, placeholder: '例如：提交申请后多久答复？' });
  const form = h('form', {
    onsubmit: async e => {
      e.preventDefault();
      const question = input.value.trim();
      if (!question) return;
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        const a = await call('ask', { question, conversationId });
        conversationId = a.conversationId;
        log.append(h('section', { class: 'card answer' + (a.refused ? ' refused' : '') },
          h('p', { class: 'muted' }, '问：' + question),
          h('div', { class: 'answer-text' }, a.answer.split('\n').map(line => h('p', {}, line))),
          a.citations.length ? [h('h3', {}, '依据'), citationList(a.citations)] : null,
          a.nextSteps?.length ? h('ul', {}, a.nextSteps.map(s => h('li', {}, s))) : null,
          a.answerId ? feedbackBar(a) : null,
          a.handOver || a.refused ? consultForm(question) : null));
        input.value = '';
        box.replaceChildren();
      } catch (err) { showError(box, err, form); }
      button.disabled = false;
      input.focus();
    },
  }, field('您的问题', input), h('button', { class: 'primary', type: 'submit' }, '提问'), box);
  view.replaceChildren(h('section', { class: 'card' }, h('h2', {}, '政务公开智能问答'),
    h('p', { class: 'muted' }, '回答来自本机关公开的政策文件及其解读，并列出依据条文；不构成法律意见。'), form), log);
  input.focus();
}

function showConsultation() {
  const box = h('div', { 'aria-live': 'polite' });
  const result = h('div');
  const form = h('form', {
    onsubmit: async e => {
      e.preventDefault();
      try {
        const s = await call('consultation', formData(form));
        box.replaceChildren();
        result.replaceChildren(h('section', { class: 'card', id: 'consultation' }, h('h2', {}, s.replied ? '已答复' : '待答复'),
          h('dl', { class: 'facts' }, h('dt', {}, '问题'), h('dd', {}, s.question), h('dt', {}, '提交日期'), h('dd', {}, s.askedOn),
            h('dt', {}, '答复期限'), h('dd', {}, s.replyDue),
            s.replied ? [h('dt', {}, '答复'), h('dd', { id: 'reply' }, s.reply), h('dt', {}, '答复日期'), h('dd', {}, s.repliedOn)] : null)));
      } catch (err) { result.replaceChildren(); showError(box, err, form); }
    },
  }, field('查询码', h('input', { name: 'lookupCode', required: true, autocomplete: 'off' })),
  h('button', { class: 'primary', type: 'submit' }, '查询'), box);
  view.replaceChildren(h('section', { class: 'card' }, h('h2', {}, '咨询答复查询'), form), result);
}

async function route() {
  if (!options) {
    try { options = await call('options'); } catch (e) { const box = h('div'); view.replaceChildren(box); showError(box, e); return; }
  }
  const tab = (location.hash || '#/apply').split('/')[1];
  document.querySelectorAll('nav a').forEach(a => a.toggleAttribute('aria-current', false));
  document.querySelector('nav a[data-tab="' + tab + '"]')?.setAttribute('aria-current', 'page');
  if (tab === 'progress') showProgress();
  else if (tab === 'ask') showAsk();
  else if (tab === 'consultation') showConsultation();
  else showApply();
}
window.addEventListener('hashchange', route);
route();

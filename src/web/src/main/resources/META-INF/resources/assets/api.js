// Calls to the Gongkai functions: every function is POST /<name> with a JSON body; every error comes as
// {"error":{"code","message","field"}} and is thrown as an ApiError whose message is the Chinese text for people.
const base = (document.querySelector('meta[name="gongkai-api"]')?.content || '').replace(/\/$/, '');

export class ApiError extends Error {
  constructor(code, message, field, status) {
    super(message);
    this.code = code;
    this.field = field;
    this.status = status;
  }
}

export async function call(name, body, { token, headers = {} } = {}) {
  const h = { 'Content-Type': 'application/json', ...headers };
  if (token) h.Authorization = 'Bearer ' + token;
  let response;
  try {
    response = await fetch(base + '/' + name, { method: 'POST', headers: h, body: body === undefined ? '' : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError('NETWORK', '无法连接服务器，请检查网络后重试。', null, 0);
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (!response.ok) {
    const error = data && data.error;
    throw new ApiError(error?.code || 'HTTP_' + response.status,
      error?.message || '服务暂时不可用（' + response.status + '），请稍后重试。', error?.field, response.status);
  }
  return data;
}

/** A tiny element builder: h('tr', {class: 'x'}, child, 'text', ...). Text is always text, never HTML. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Shows an error in plain words next to the form, and marks the field at fault. */
export function showError(box, error, form) {
  box.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message || String(error)));
  form?.querySelectorAll('[aria-invalid]').forEach(el => el.removeAttribute('aria-invalid'));
  if (error.field && form) {
    const field = form.querySelector('[name="' + CSS.escape(error.field) + '"]');
    if (field) { field.setAttribute('aria-invalid', 'true'); field.focus(); }
  }
}

export function formData(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === 'checkbox') out[el.name] = el.checked;
    else if (el.value !== '') out[el.name] = el.type === 'number' ? Number(el.value) : el.value;
  }
  return out;
}

export function select(name, options, { value, empty, required } = {}) {
  return h('select', { name, id: name, required },
    empty !== undefined ? h('option', { value: '' }, empty) : null,
    options.map(o => h('option', { value: o.value, selected: o.value === value }, o.name)));
}

export function field(label, input, hint) {
  const id = input.id || input.name;
  if (!input.id) input.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('small', {}, hint) : null);
}

/** An instant (2026-12-02T19:19:31.246Z) as Beijing time to the minute: 2026-12-03 03:19. */
export function beijingTime(instant) {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant || '';
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Today's date in Beijing. */
export function today() {
  return beijingTime(new Date().toISOString()).slice(0, 10);
}

export function daysBetween(from, to) {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
}

/**
 * The application's fields (Art. 29), for the citizen's form and the staff register alike: the identity fields of
 * the applicant's kind only (身份证件 for a natural person, 统一社会信用代码 and 法定代表人 for an organisation; the
 * others are hidden and not sent), and the fields a choice needs marked required (the address for 邮寄, the e-mail
 * address for 电子邮件), as the server checks them.
 */
export function applicationFields(options, { deliveryForm, deliveryMethod }) {
  const kind = select('applicantKind', options.applicantKinds, { value: 'NATURAL_PERSON', required: true });
  const method = select('deliveryMethod', options.deliveryMethods, { value: deliveryMethod });
  const email = h('input', { name: 'email', type: 'email', autocomplete: 'email' });
  const address = h('input', { name: 'address', autocomplete: 'street-address' });
  const person = [
    field('证件类型', select('idType', options.idTypes, { value: 'RESIDENT_ID' })),
    field('证件号码', h('input', { name: 'idNumber', required: true })),
  ];
  const organisation = [
    field('统一社会信用代码', h('input', { name: 'creditCode', required: true })),
    field('法定代表人或负责人', h('input', { name: 'legalRepresentative' })),
  ];
  const sync = () => {
    const isOrganisation = kind.value !== 'NATURAL_PERSON';
    for (const [fields, shown] of [[person, !isOrganisation], [organisation, isOrganisation]]) {
      for (const f of fields) {
        f.hidden = !shown;
        f.querySelectorAll('input, select').forEach(el => { el.disabled = !shown; });
      }
    }
    email.required = method.value === 'EMAIL';
    address.required = method.value === 'POST';
  };
  kind.addEventListener('change', sync);
  method.addEventListener('change', sync);
  sync();
  return [
    field('申请人类型', kind),
    field('姓名或名称', h('input', { name: 'name', required: true, autocomplete: 'name' })),
    ...person,
    ...organisation,
    field('联系人', h('input', { name: 'contactPerson' })),
    field('联系电话', h('input', { name: 'phone', type: 'tel', required: true, autocomplete: 'tel' })),
    field('电子邮箱', email),
    field('通讯地址', address),
    field('邮政编码', h('input', { name: 'postcode', autocomplete: 'postal-code' })),
    field('所需政府信息的名称、文号或者便于查询的其他特征性描述', h('textarea', { name: 'description', required: true })),
    field('文件名称（如知道）', h('input', { name: 'documentTitle' })),
    field('文号（如知道）', h('input', { name: 'documentNumber' })),
    field('用途（可不填）', h('input', { name: 'purpose' })),
    field('信息提供形式', select('deliveryForm', options.deliveryForms, { value: deliveryForm })),
    field('获取信息方式', method),
  ];
}

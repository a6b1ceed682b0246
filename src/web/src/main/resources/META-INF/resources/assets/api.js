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

export function today() {
  const now = new Date(Date.now() + 8 * 3600 * 1000); // Beijing time
  return now.toISOString().slice(0, 10);
}

export function daysBetween(from, to) {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
}

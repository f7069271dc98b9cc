import { acceptLanguage, t } from './i18n.js';

const TOKEN_KEY = 'eldercare.session';

/** An API failure with its problem+json fields; message is always human text in the UI language. */
export class ApiError extends Error {
  constructor(status, message, code, fields) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export const session = {
  get() {
    try { return JSON.parse(sessionStorage.getItem(TOKEN_KEY)); } catch { return null; }
  },
  set(s) { sessionStorage.setItem(TOKEN_KEY, JSON.stringify(s)); },
  clear() { sessionStorage.removeItem(TOKEN_KEY); },
};

let onUnauthenticated = () => {};
export function whenSignedOut(fn) { onUnauthenticated = fn; }

async function send(method, path, body, accept = 'application/json', contentType = 'application/json') {
  const headers = { 'Accept-Language': acceptLanguage(), Accept: accept };
  const s = session.get();
  if (s) headers.Authorization = 'Bearer ' + s.token;
  if (body !== undefined) headers['Content-Type'] = contentType;
  const payload = body === undefined || body instanceof Blob ? body : JSON.stringify(body);
  let response;
  try {
    response = await fetch('api/' + path, { method, headers, body: payload });
  } catch {
    throw new ApiError(0, t('offline'), 'OFFLINE', []);
  }
  if (response.ok) return response;
  throw await problem(response);
}

async function problem(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      const p = await response.json();
      if (response.status === 401 && session.get() && p.code !== 'BAD_CREDENTIALS') {
        onUnauthenticated();
        return new ApiError(401, t('sessionExpired'), p.code, []);
      }
      const fields = Array.isArray(p.errors) ? p.errors : [];
      // The server's detail repeats the field messages; show the title when those are listed by their fields.
      const text = fields.length ? (p.title || t('fixFields')) : (p.detail || p.title);
      if (typeof text === 'string' && text) return new ApiError(response.status, text, p.code, fields);
    } catch { /* not the JSON it claimed: fall through to the generic message */ }
  }
  return new ApiError(response.status, t('unexpected'), 'UNEXPECTED', []);
}

export async function get(path) { return (await send('GET', path)).json(); }
export async function post(path, body = {}) {
  const r = await send('POST', path, body);
  return r.status === 204 ? null : r.json();
}
/** Sends a file as the request body with its own media type (rosters, PDFs). */
export async function upload(path, file, contentType) { return (await send('POST', path, file, 'application/json', contentType)).json(); }

/** Downloads a protected file (PDF, XLSX) with the bearer token, as the browser cannot add it to a plain link. */
export async function download(path, accept, filename) {
  const blob = await (await send('GET', path, undefined, accept)).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return blob;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

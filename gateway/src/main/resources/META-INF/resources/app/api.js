// Every call goes to the gateway, same origin, authenticated by the session cookie: the access token
// stays in the gateway. State-changing calls carry the CSRF token that GET /me handed out.
import { language } from './i18n.js';

let csrfToken = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The problem's field messages ("field: message"), or its detail. */
  messages() {
    const errors = this.problem.errors || [];
    return errors.length ? errors.map((e) => `${e.field}: ${e.message}`) : [this.message];
  }
}

export async function me() {
  const response = await fetch('/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    location.assign('/login');
    return new Promise(() => {});
  }
  const session = await response.json();
  csrfToken = session.csrfToken;
  return session;
}

// one key per action: a POST sent again after a lost answer (the centre's wifi) is answered from the first
// attempt by the service instead of being recorded twice (the kit's Idempotency-Key handling)
function idempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16)); // randomUUID needs https; this works on plain http too
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

const RETRIED_STATUSES = new Set([502, 503, 504]);

export async function api(method, path, body, accept = 'application/json') {
  // the services that label categories (safety alerts) answer in the user's screen language
  const headers = { Accept: accept, 'Accept-Language': language() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = csrfToken;
  if (method === 'POST') headers['Idempotency-Key'] = idempotencyKey();
  const send = () => fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let response;
  try {
    response = await send();
    if (method === 'POST' && RETRIED_STATUSES.has(response.status)) response = await send();
  } catch (lost) {
    if (method !== 'POST' && method !== 'GET') throw lost;
    response = await send(); // once more, with the same key: never a second visit
  }
  if (response.status === 401) {
    // the session ended: sign in again (Keycloak's session usually makes this silent)
    location.assign('/login');
    return new Promise(() => {});
  }
  if (!response.ok) {
    let problem = {};
    try { problem = await response.json(); } catch (e) { problem = { title: response.statusText }; }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  return accept === 'application/json' ? response.json() : response.text();
}

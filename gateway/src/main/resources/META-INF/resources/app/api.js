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

export async function api(method, path, body, accept = 'application/json') {
  // the services that label categories (safety alerts) answer in the user's screen language
  const headers = { Accept: accept, 'Accept-Language': language() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
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

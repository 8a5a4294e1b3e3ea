import { api } from './api.js';
import { t, label } from './i18n.js';
import { el, status, showError } from './dom.js';
import { field, select, table, section, voidControl, onSubmit, valueOf } from './forms.js';

const GENDERS = ['WOMAN', 'MAN', 'TRANS_WOMAN', 'TRANS_MAN', 'NON_BINARY', 'NOT_STATED'];
const AGE_GROUPS = ['UNDER_18', '18-25', '26-30', '31-35', '36-40', '41-45', '46-50', '51-55', '56-60', '61+'];
const REGIONS = ['NORWAY', 'NORDIC', 'WESTERN_EUROPE', 'EASTERN_EUROPE', 'AFRICA', 'MIDDLE_EAST', 'ASIA', 'LATIN_AMERICA', 'NORTH_AMERICA', 'OCEANIA'];
const ACTIVITIES = ['CONVERSATION', 'LAUNDRY', 'MEAL', 'REST', 'SHOWER', 'SOCIAL_EVENT', 'OTHER'];

/**
 * The front desk: find a client by code prefix (or register one), record a Stua visit for that client
 * or an anonymous one (one click from the found client), today's visits, void with a reason; the
 * neutral "please ask to see the health team" flag on a found client (never why), and the active
 * safety alerts the outreach team published (labels in the user's language).
 */
export function frontDesk(main) {
  const results = el('ul', { class: 'results', id: 'search-results', 'aria-live': 'polite' });
  const searchError = el('div', { class: 'error', role: 'alert', hidden: true });
  const prefix = el('input', { id: 'code-prefix', name: 'codePrefix', autocomplete: 'off', maxlength: 12, required: true });
  const activities = el('fieldset', { class: 'activities', id: 'activities' }, el('legend', { text: t('fd.activities') }),
    ACTIVITIES.map((a) => el('label', { class: 'check' },
      el('input', { type: 'checkbox', name: 'activity', value: a, checked: a === 'CONVERSATION' }), ' ', label('activity', a))));
  const visitError = el('div', { class: 'error', role: 'alert', hidden: true, id: 'visit-error' });
  const today = el('div', { id: 'today' });
  const alertList = el('div', { id: 'alert-list' });
  const alerts = section('alerts-section', t('fd.alerts'), alertList);

  const chosenActivities = () => [...activities.querySelectorAll('input:checked')].map((i) => i.value);

  async function recordVisit(code) {
    visitError.hidden = true;
    try {
      const body = { activities: chosenActivities() };
      if (code) body.clientCode = code;
      await api('POST', '/api/visits', body);
      status(code ? t('fd.visitDone', code) : t('fd.anonymousDone'), 'ok');
      await loadToday();
    } catch (e) {
      showError(visitError, e);
    }
  }

  function clientRow(client) {
    const facts = [label('gender', client.gender), client.ageGroup || t('fd.notStated'), client.nationality || '–'];
    return el('li', { class: 'client', 'data-code': client.code },
      el('span', { class: 'code', text: client.code }), ' ',
      el('span', { class: 'facts', text: facts.join(' · ') }),
      client.minor ? el('span', { class: 'badge', text: t('fd.minor') }) : null,
      // the flag says only this: the reason stays with the health team
      client.askToSeeHealthTeam ? el('span', { class: 'badge health-flag', text: t('fd.askHealth') }) : null,
      el('button', { type: 'button', class: 'primary visit-button', onclick: () => recordVisit(client.code), text: t('fd.visit', client.code) }));
  }

  async function search(event) {
    event.preventDefault();
    searchError.hidden = true;
    try {
      const found = await api('GET', `/api/clients?codePrefix=${encodeURIComponent(prefix.value.trim())}`);
      results.replaceChildren(...(found.length ? found.map(clientRow) : [el('li', { text: t('fd.none') })]));
    } catch (e) {
      showError(searchError, e);
    }
  }

  main.append(
    el('h1', { text: t('fd.title') }),
    el('div', { class: 'columns' },
      el('section', { 'aria-labelledby': 'find-h' },
        el('h2', { id: 'find-h', text: t('fd.find') }),
        el('form', { class: 'inline', onsubmit: search, id: 'search-form' },
          el('label', { for: 'code-prefix', text: t('fd.prefix') }), prefix,
          el('button', { type: 'submit', text: t('fd.search') })),
        searchError, results,
        activities,
        el('button', { type: 'button', id: 'anonymous-visit', onclick: () => recordVisit(null), text: t('fd.anonymous') }),
        visitError),
      registerForm((client) => {
        results.replaceChildren(clientRow(client));
      })),
    alerts,
    el('section', { 'aria-labelledby': 'today-h' },
      el('h2', { id: 'today-h' }, t('fd.today'), ' ',
        el('button', { type: 'button', class: 'small', onclick: () => loadToday(), text: t('fd.refresh') })),
      today));

  async function loadToday() {
    try {
      const page = await api('GET', '/api/visits/today?includeVoided=true&size=200');
      today.replaceChildren(visitsTable(page.items, loadToday));
    } catch (e) {
      showError(today, e);
    }
  }
  loadToday();
  loadAlerts(alertList);
}

/** The published, unexpired alerts, most recent incident first, labelled in the user's language. */
async function loadAlerts(target) {
  try {
    const active = await api('GET', '/api/outreach/safety-alerts');
    target.replaceChildren(table('alerts', t('fd.alerts'),
      [t('fd.alertWhat'), t('fd.alertWhere'), t('fd.alertWhen'), t('fd.alertHow'), t('fd.alertUntil')],
      active.map((a) => ({ attrs: { 'data-alert': a.id }, cells: [
        a.categoryLabel, a.districtLabel, a.partOfDayLabel ? `${a.occurredOn} (${a.partOfDayLabel})` : a.occurredOn,
        // the worker's own words, shown as written
        a.description ? `${a.modusOperandi} — ${a.description}` : a.modusOperandi,
        a.expiresAt.slice(0, 10)] })), t('fd.noAlerts')));
  } catch (e) {
    showError(target, e);
  }
}

function registerForm(onRegistered) {
  const error = el('div', { class: 'error', role: 'alert', hidden: true, id: 'register-error' });
  const form = el('form', { id: 'register-form', novalidate: true },
    field('reg-code', t('fd.code'), el('input', { id: 'reg-code', name: 'code', maxlength: 12, autocomplete: 'off' })),
    field('reg-gender', t('fd.gender'), select('reg-gender', GENDERS, 'gender')),
    field('reg-nationality', t('fd.nationality'), el('input', { id: 'reg-nationality', name: 'nationality', maxlength: 2, autocomplete: 'off', class: 'short' })),
    field('reg-age', t('fd.ageGroup'), select('reg-age', AGE_GROUPS, null, t('fd.notStated'))),
    field('reg-region', t('fd.region'), select('reg-region', REGIONS, 'region', t('fd.notStated'))),
    field('reg-language', t('fd.preferredLanguage'), el('input', { id: 'reg-language', name: 'preferredLanguage', maxlength: 2, autocomplete: 'off', class: 'short' })),
    el('button', { type: 'submit', class: 'primary', text: t('fd.registerButton') }),
    error);
  onSubmit(form, error, () => {
    const value = (id) => valueOf(form, id) || null;
    const body = { gender: value('reg-gender') };
    if (value('reg-code')) body.code = value('reg-code').toUpperCase();
    if (value('reg-nationality')) body.nationality = value('reg-nationality').toUpperCase();
    if (value('reg-age')) body.ageGroup = value('reg-age');
    if (value('reg-region')) body.regionOfOrigin = value('reg-region');
    if (value('reg-language')) body.preferredLanguage = value('reg-language').toLowerCase();
    return api('POST', '/api/clients', body);
  }, (client) => t('fd.registered', client.code), (client) => {
    form.reset();
    onRegistered(client);
  });
  return el('section', { 'aria-labelledby': 'register-h' }, el('h2', { id: 'register-h', text: t('fd.register') }), form);
}

function visitsTable(visits, reload) {
  if (!visits.length) return el('p', { text: t('fd.noVisits') });
  const time = (instant) => new Date(instant.replace(' ', 'T')).toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' });
  return el('table', { id: 'today-visits' },
    el('thead', {}, el('tr', {}, ['fd.time', 'fd.client', 'fd.activities', 'fd.state', 'fd.actions'].map((k) => el('th', { scope: 'col', text: t(k) })))),
    el('tbody', {}, visits.map((visit) => {
      const actions = el('td', {});
      if (!visit.voided) actions.append(voidControl(`/api/visits/${visit.id}/void`, t('fd.visitAt', time(visit.occurredAt)), reload, t('fd.voidDone')));
      return el('tr', { 'data-visit': visit.id, class: visit.voided ? 'voided' : null },
        el('td', { text: time(visit.occurredAt) }),
        el('td', { class: 'code', text: visit.clientCode || t('fd.anon') }),
        el('td', { text: visit.activities.map((a) => label('activity', a)).join(', ') }),
        el('td', { class: 'state', text: visit.voided ? t('fd.voided', visit.voidReason) : t('fd.active') }),
        actions);
    })));
}

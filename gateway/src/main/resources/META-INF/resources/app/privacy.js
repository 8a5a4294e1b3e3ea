import { api } from './api.js';
import { t, counted, label, addTexts } from './i18n.js';
import { el } from './dom.js';
import { field, input, errorBox, onSubmit, valueOf, table, section, when, osloDay } from './forms.js';

const SERVICES = ['visit', 'health', 'legal', 'outreach', 'stats'];

addTexts({
  nb: {
    'nav.privacy': 'Personvern',
    'p.title': 'Personvern', 'p.export': 'Innsynskrav', 'p.code': 'Klientkode', 'p.ask': 'Hent alt som er registrert på koden',
    'p.explain': 'Helse og advokatbistand gir ut journalen først når en kliniker eller advokat har frigitt den (fra deres liste). Spør igjen når de har gjort det.',
    'p.service': 'Tjeneste', 'p.state': 'Status', 'p.rows': '{0} i {1}', 'p.row': '{0} rad', 'p.rowsN': '{0} rader', 'p.kind': '{0} type', 'p.kindsN': '{0} typer', 'p.awaiting': 'Venter på frigivelse (bedt om {0})',
    'p.released': '{0}, frigitt til {1}', 'p.download': 'Last ned dokumentet (JSON)', 'p.exported': 'Innsyn for {0} hentet.',
    'p.trail': 'Hvem har lest helse- og advokatjournaler', 'p.actor': 'Bruker', 'p.from': 'Fra dato', 'p.to': 'Til dato', 'p.show': 'Vis',
    'p.at': 'Tidspunkt', 'p.roles': 'Roller', 'p.action': 'Handling', 'p.resource': 'Hva', 'p.resourceId': 'Hvilken',
    'p.daily': 'Lesinger per bruker og dag', 'p.day': 'Dag', 'p.reads': 'Lesinger', 'p.totals': 'Oppføringer i alt: {0}',
    'p.erase': 'Sletting', 'p.eraseWhat': 'Sletter klienten {0} og kodene som er slått sammen med den: klientregisteret, sosialfaglige samtaler og merknader slettes, besøk i Stua blir anonyme, helse, advokatbistand og oppsøkende sletter det de har på kodene, og statistikken teller åpne perioder på nytt (avsluttede år står). Det kan ikke angres. Last ned dokumentet først hvis klienten har bedt om innsyn.',
    'p.eraseType': 'Skriv koden {0} for å bekrefte', 'p.eraseButton': 'Slett klienten for godt', 'p.erased': '{0} er slettet (koder: {1}).',
    service: { visit: 'Resepsjon og sosialfaglig', health: 'Helse', legal: 'Advokatbistand', outreach: 'Oppsøkende', stats: 'Statistikk' },
  },
  en: {
    'nav.privacy': 'Privacy',
    'p.title': 'Privacy', 'p.export': 'Access request', 'p.code': 'Client code', 'p.ask': 'Fetch everything held under the code',
    'p.explain': 'Health and legal aid hand over their records only once a clinician or a lawyer has released them (from their list). Ask again when they have.',
    'p.service': 'Service', 'p.state': 'State', 'p.rows': '{0} in {1}', 'p.row': '{0} row', 'p.rowsN': '{0} rows', 'p.kind': '{0} kind', 'p.kindsN': '{0} kinds', 'p.awaiting': 'Awaiting release (asked {0})',
    'p.released': '{0}, released until {1}', 'p.download': 'Download the document (JSON)', 'p.exported': 'Access request for {0} fetched.',
    'p.trail': 'Who read health and legal records', 'p.actor': 'User', 'p.from': 'From date', 'p.to': 'To date', 'p.show': 'Show',
    'p.at': 'Time', 'p.roles': 'Roles', 'p.action': 'Action', 'p.resource': 'What', 'p.resourceId': 'Which',
    'p.daily': 'Reads per user and day', 'p.day': 'Day', 'p.reads': 'Reads', 'p.totals': 'Entries in all: {0}',
    'p.erase': 'Erasure', 'p.eraseWhat': 'Erases the client {0} and the codes merged into it: the client registry, social consultations and flags are deleted, Stua visits become anonymous, health, legal aid and outreach delete what they hold under the codes, and the statistics recount open periods (closed years stand). It cannot be undone. Download the document first if the client asked for access.',
    'p.eraseType': 'Type the code {0} to confirm', 'p.eraseButton': 'Erase the client for good', 'p.erased': '{0} is erased (codes: {1}).',
    service: { visit: 'Front desk and social work', health: 'Health', legal: 'Legal aid', outreach: 'Outreach', stats: 'Statistics' },
  },
});

/**
 * The privacy officer's screen (admin): a data subject's access request across every service, with what each
 * holds or whether its record keeper has yet to release it, and the document to hand over; the erasure of what is
 * held, once the code is typed again; and the trail of special-category reads with each user's reads per day.
 */
export function privacy(main) {
  main.append(el('h1', { text: t('p.title') }), exportRequest(), auditTrail());
}

function exportRequest() {
  const result = el('div', { id: 'export-result' });
  const error = errorBox('export-error');
  const form = el('form', { id: 'export-form', class: 'inline' },
    field('p-code', t('p.code'), input('p-code', { autocomplete: 'off', maxlength: 12, required: true, class: 'short' })),
    el('button', { type: 'submit', class: 'primary', text: t('p.ask') }), error);
  onSubmit(form, error, () => api('GET', `/api/privacy/clients/${encodeURIComponent(valueOf(form, 'p-code'))}/export`),
    (exported) => t('p.exported', exported.clientCode), (exported) => showExport(result, exported));
  return section('export-section', t('p.export'), el('p', { class: 'note', text: t('p.explain') }), form, result);
}

function showExport(target, exported) {
  const rows = SERVICES.map((s) => {
    const part = exported.sections[s] || { records: {} };
    return { attrs: { 'data-service': s }, cells: [label('service', s), stateOf(part)] };
  });
  const blob = new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' });
  target.replaceChildren(
    table('export-sections', t('p.export'), [t('p.service'), t('p.state')], rows),
    el('a', { id: 'export-download', href: URL.createObjectURL(blob), download: `innsyn-${exported.clientCode}.json`, text: t('p.download') }),
    erasure(exported.clientCode, target));
}

/**
 * Erasure cannot be undone, so it is offered only beside what is held (the export just fetched), says what it
 * deletes, and waits until the officer has typed the code again: a slip of the hand in the access request's field
 * cannot erase another client. The answer replaces the export, which no longer holds.
 */
function erasure(code, exportResult) {
  const error = errorBox('erase-error');
  const typed = input('erase-code', { autocomplete: 'off', maxlength: 12, class: 'short' });
  const button = el('button', { type: 'submit', class: 'danger', id: 'erase-button', text: t('p.eraseButton'), disabled: true });
  typed.addEventListener('input', () => { button.disabled = typed.value.trim().toUpperCase() !== code; });
  const form = el('form', { id: 'erase-form', class: 'inline' },
    field('erase-code', t('p.eraseType', code), typed), button, error);
  const erased = (answer) => t('p.erased', answer.clientCode, answer.codes.join(', '));
  onSubmit(form, error, () => api('POST', `/api/clients/${encodeURIComponent(code)}/erase`), erased,
    (answer) => exportResult.replaceChildren(el('p', { id: 'erase-result', text: erased(answer) })));
  return el('section', { 'aria-labelledby': 'erase-h', id: 'erase-section' },
    el('h3', { id: 'erase-h', text: t('p.erase') }), el('p', { class: 'note', text: t('p.eraseWhat', code) }), form);
}

/** "n rows in k kinds", or that the record keeper has yet to release them. */
function stateOf(part) {
  const release = part.release;
  if (release && release.status === 'REQUESTED') return t('p.awaiting', when(release.requestedAt));
  const kinds = Object.values(part.records || {});
  const count = kinds.reduce((sum, rows) => sum + rows.length, 0);
  const rows = counted(count, 'p.row', 'p.rowsN');
  return release ? t('p.released', rows, when(release.releasedUntil)) : t('p.rows', rows, counted(kinds.length, 'p.kind', 'p.kindsN'));
}

function auditTrail() {
  const result = el('div', { id: 'trail-result' });
  const error = errorBox('trail-error');
  const form = el('form', { id: 'trail-form', class: 'inline' },
    field('p-actor', t('p.actor'), input('p-actor', { autocomplete: 'off', maxlength: 255 })),
    field('p-from', t('p.from'), input('p-from', { type: 'date', value: osloDay(-30) })),
    field('p-to', t('p.to'), input('p-to', { type: 'date', value: osloDay() })),
    el('button', { type: 'submit', text: t('p.show') }), error);
  const query = () => {
    const params = new URLSearchParams({ from: valueOf(form, 'p-from'), to: valueOf(form, 'p-to'), size: '200' });
    if (valueOf(form, 'p-actor')) params.set('actor', valueOf(form, 'p-actor'));
    return api('GET', `/api/privacy/audit?${params}`);
  };
  onSubmit(form, error, query, null, (trail) => showTrail(result, trail));
  query().then((trail) => showTrail(result, trail)).catch(() => {});
  return section('trail-section', t('p.trail'), form, result);
}

function showTrail(target, trail) {
  const total = Object.values(trail.totals).reduce((sum, n) => sum + n, 0);
  target.replaceChildren(
    el('p', { id: 'trail-total', text: t('p.totals', total) }),
    table('trail', t('p.trail'), [t('p.at'), t('p.service'), t('p.actor'), t('p.roles'), t('p.action'), t('p.resource'), t('p.resourceId')],
      trail.items.map((e) => ({ cells: [when(e.at), label('service', e.service), e.actor, e.roles, e.action, e.resource, e.resourceId || '–'] }))),
    table('trail-daily', t('p.daily'), [t('p.day'), t('p.actor'), t('p.reads')],
      trail.daily.map((d) => ({ cells: [d.day, d.actor, String(d.reads)] }))));
}

import { api } from './api.js';
import { t, label, addTexts } from './i18n.js';
import { el } from './dom.js';
import { field, input, select, checks, checked, errorBox, submit, onSubmit, valueOf, voidControl, table, section, when, osloDay, instantOf } from './forms.js';

const CHANNELS = ['WHATSAPP', 'SMS', 'FACEBOOK', 'INSTAGRAM', 'PHONE', 'EMAIL', 'OTHER'];
const TOPICS = ['HEALTH', 'LEGAL', 'VIOLENCE', 'HOUSING', 'ECONOMY', 'IMMIGRATION', 'CENTRE_INFORMATION', 'OTHER'];
const DISTRICTS = ['SENTRUM', 'GAMLE_OSLO', 'GRUNERLOKKA', 'SAGENE', 'ST_HANSHAUGEN', 'FROGNER', 'ULLERN', 'VESTRE_AKER', 'NORDRE_AKER', 'BJERKE', 'GRORUD', 'STOVNER', 'ALNA', 'OSTENSJO', 'NORDSTRAND', 'SONDRE_NORDSTRAND', 'OUTSIDE_OSLO'];
const HAND_OUTS = ['CONDOMS', 'LUBE', 'INFORMATION_LEAFLETS', 'OTHER'];
const KINDS = ['LECTURE', 'COURSE', 'SCHOOL_CLASS', 'CASE_GUIDANCE', 'PUBLICATION', 'OTHER'];
const ALERT_CATEGORIES = ['VIOLENCE', 'SEXUAL_VIOLENCE', 'ROBBERY', 'THREATS', 'REFUSED_TO_PAY', 'CONDOM_REMOVAL', 'DRUGGING', 'OTHER'];
const PARTS_OF_DAY = ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT'];
const AUDIENCES = ['SCHOOL', 'HEALTH_SERVICE', 'POLICE', 'CHILD_WELFARE', 'STUDENTS', 'CONFERENCE', 'OTHER'];

addTexts({
  nb: {
    'nav.outreach': 'Oppsøkende',
    'o.title': 'Oppsøkende arbeid', 'o.messages': 'Meldinger', 'o.newMessage': 'Ny melding', 'o.channel': 'Kanal', 'o.direction': 'Retning',
    'o.language': 'Språk i samtalen (f.eks. es)', 'o.topics': 'Temaer', 'o.client': 'Klientkode (hvis kjent)', 'o.conversation': 'Samtalens pseudonym (ikke navn, nummer eller brukernavn)',
    'o.record': 'Registrer melding', 'o.recorded': 'Melding registrert.', 'o.today': 'Dagens meldinger', 'o.time': 'Tid', 'o.who': 'Klient / samtale',
    'o.shifts': 'Gatevakter', 'o.newShift': 'Ny gatevakt', 'o.started': 'Start', 'o.ended': 'Slutt', 'o.district': 'Bydel', 'o.workers': 'Ansatte',
    'o.contacts': 'Personer snakket med', 'o.handOuts': 'Delt ut', 'o.leafletLanguage': 'Språk på brosjyrene (f.eks. ro)', 'o.recordShift': 'Registrer gatevakt',
    'o.shiftRecorded': 'Gatevakt registrert.', 'o.adSites': 'Annonsesider', 'o.site': 'Side', 'o.addSite': 'Legg til side', 'o.siteName': 'Sidens navn (domene, ikke lenke til profil)',
    'o.siteAdded': 'Side lagt til.', 'o.week': 'Uke', 'o.count': 'Antall annonser', 'o.recordCount': 'Registrer telling', 'o.counted': 'Telling registrert.',
    'o.series': 'Ukene i året', 'o.year': 'År', 'o.showSeries': 'Vis', 'o.previous': 'Samme uke i fjor', 'o.change': 'Endring', 'o.changePercent': 'Endring (%)',
    'o.assignments': 'Oppdrag (kompetansesenter)', 'o.newAssignment': 'Nytt oppdrag', 'o.when': 'Når', 'o.kind': 'Type', 'o.audience': 'Målgruppe',
    'o.participants': 'Deltakere', 'o.young': 'Gjelder unge', 'o.recordAssignment': 'Registrer oppdrag', 'o.assignmentRecorded': 'Oppdrag registrert.',
    'o.alerts': 'Sikkerhetsvarsler', 'o.newAlert': 'Nytt varsel', 'o.category': 'Hva skjedde', 'o.occurredOn': 'Dato', 'o.partOfDay': 'Tid på døgnet',
    'o.modusOperandi': 'Kjennetegn (bil, framgangsmåte; ingen navn, nummer eller brukernavn)', 'o.description': 'Mer om hendelsen (valgfritt)',
    'o.validDays': 'Gyldig i dager etter publisering', 'o.recordAlert': 'Registrer varsel', 'o.alertRecorded': 'Varselet venter på godkjenning av en kollega.',
    'o.pending': 'Venter på godkjenning', 'o.active': 'Aktive varsler', 'o.approve': 'Godkjenn', 'o.approved': 'Varselet er publisert.',
    'o.yours': 'ditt: en kollega må godkjenne', 'o.withdraw': 'Trekk tilbake', 'o.confirmWithdraw': 'Bekreft tilbaketrekking', 'o.withdrawn': 'Varselet er trukket tilbake.',
    'o.alertOf': 'varselet fra {0}', 'o.until': 'Gjelder til',
    alertCategory: { VIOLENCE: 'Vold', SEXUAL_VIOLENCE: 'Seksuell vold', ROBBERY: 'Ran', THREATS: 'Trusler', REFUSED_TO_PAY: 'Nektet å betale', CONDOM_REMOVAL: 'Fjernet kondomet (stealthing)', DRUGGING: 'Ruset ned uten samtykke', OTHER: 'Annet' },
    partOfDay: { MORNING: 'Morgen/formiddag', AFTERNOON: 'Ettermiddag', EVENING: 'Kveld', NIGHT: 'Natt' },
    'o.actions': 'Handling', 'o.messageAt': 'meldingen {0}', 'o.shiftAt': 'gatevakten {0}', 'o.countOf': 'tellingen {0}', 'o.assignmentAt': 'oppdraget {0}',
    channel: { WHATSAPP: 'WhatsApp', SMS: 'SMS', FACEBOOK: 'Facebook', INSTAGRAM: 'Instagram', PHONE: 'Telefon', EMAIL: 'E-post', OTHER: 'Annet' },
    direction: { INBOUND: 'Inn (fra klienten)', OUTBOUND: 'Ut (fra oss)' },
    msgTopic: { HEALTH: 'Helse', LEGAL: 'Juss', VIOLENCE: 'Vold', HOUSING: 'Bolig', ECONOMY: 'Økonomi', IMMIGRATION: 'Opphold', CENTRE_INFORMATION: 'Om senteret', OTHER: 'Annet' },
    district: { SENTRUM: 'Sentrum', GAMLE_OSLO: 'Gamle Oslo', GRUNERLOKKA: 'Grünerløkka', SAGENE: 'Sagene', ST_HANSHAUGEN: 'St. Hanshaugen', FROGNER: 'Frogner', ULLERN: 'Ullern', VESTRE_AKER: 'Vestre Aker', NORDRE_AKER: 'Nordre Aker', BJERKE: 'Bjerke', GRORUD: 'Grorud', STOVNER: 'Stovner', ALNA: 'Alna', OSTENSJO: 'Østensjø', NORDSTRAND: 'Nordstrand', SONDRE_NORDSTRAND: 'Søndre Nordstrand', OUTSIDE_OSLO: 'Utenfor Oslo' },
    handOut: { CONDOMS: 'Kondomer', LUBE: 'Glidemiddel', INFORMATION_LEAFLETS: 'Informasjonsbrosjyrer', OTHER: 'Annet' },
    assignmentKind: { LECTURE: 'Foredrag', COURSE: 'Kurs', SCHOOL_CLASS: 'Skoleklasse', CASE_GUIDANCE: 'Veiledning i sak', PUBLICATION: 'Publikasjon', OTHER: 'Annet' },
    audience: { SCHOOL: 'Skole', HEALTH_SERVICE: 'Helsetjeneste', POLICE: 'Politi', CHILD_WELFARE: 'Barnevern', STUDENTS: 'Studenter', CONFERENCE: 'Konferanse', OTHER: 'Annet' },
  },
  en: {
    'nav.outreach': 'Outreach',
    'o.title': 'Outreach', 'o.messages': 'Messages', 'o.newMessage': 'New message', 'o.channel': 'Channel', 'o.direction': 'Direction',
    'o.language': 'Language of the conversation (e.g. es)', 'o.topics': 'Topics', 'o.client': 'Client code (when known)', 'o.conversation': "Conversation pseudonym (never a name, number or handle)",
    'o.record': 'Record message', 'o.recorded': 'Message recorded.', 'o.today': "Today's messages", 'o.time': 'Time', 'o.who': 'Client / conversation',
    'o.shifts': 'Street shifts', 'o.newShift': 'New street shift', 'o.started': 'Start', 'o.ended': 'End', 'o.district': 'District', 'o.workers': 'Workers',
    'o.contacts': 'People spoken to', 'o.handOuts': 'Handed out', 'o.leafletLanguage': 'Leaflet language (e.g. ro)', 'o.recordShift': 'Record street shift',
    'o.shiftRecorded': 'Street shift recorded.', 'o.adSites': 'Ad sites', 'o.site': 'Site', 'o.addSite': 'Add site', 'o.siteName': "Site name (a domain, not a profile link)",
    'o.siteAdded': 'Site added.', 'o.week': 'Week', 'o.count': 'Ads counted', 'o.recordCount': 'Record count', 'o.counted': 'Count recorded.',
    'o.series': 'The weeks of the year', 'o.year': 'Year', 'o.showSeries': 'Show', 'o.previous': 'Same week last year', 'o.change': 'Change', 'o.changePercent': 'Change (%)',
    'o.assignments': 'Assignments (competence centre)', 'o.newAssignment': 'New assignment', 'o.when': 'When', 'o.kind': 'Kind', 'o.audience': 'Audience',
    'o.participants': 'Participants', 'o.young': 'Concerns young people', 'o.recordAssignment': 'Record assignment', 'o.assignmentRecorded': 'Assignment recorded.',
    'o.alerts': 'Safety alerts', 'o.newAlert': 'New alert', 'o.category': 'What happened', 'o.occurredOn': 'Date', 'o.partOfDay': 'Part of the day',
    'o.modusOperandi': 'How to recognise it (car, approach; no names, numbers or handles)', 'o.description': 'More about it (optional)',
    'o.validDays': 'Valid for days after publication', 'o.recordAlert': 'Record alert', 'o.alertRecorded': 'The alert waits for a colleague to approve it.',
    'o.pending': 'Waiting for approval', 'o.active': 'Active alerts', 'o.approve': 'Approve', 'o.approved': 'The alert is published.',
    'o.yours': 'yours: a colleague must approve', 'o.withdraw': 'Withdraw', 'o.confirmWithdraw': 'Confirm withdrawal', 'o.withdrawn': 'The alert is withdrawn.',
    'o.alertOf': 'the alert of {0}', 'o.until': 'Valid until',
    alertCategory: { VIOLENCE: 'Violence', SEXUAL_VIOLENCE: 'Sexual violence', ROBBERY: 'Robbery', THREATS: 'Threats', REFUSED_TO_PAY: 'Refused to pay', CONDOM_REMOVAL: 'Condom removal (stealthing)', DRUGGING: 'Drugging', OTHER: 'Other' },
    partOfDay: { MORNING: 'Morning', AFTERNOON: 'Afternoon', EVENING: 'Evening', NIGHT: 'Night' },
    'o.actions': 'Action', 'o.messageAt': 'the message {0}', 'o.shiftAt': 'the street shift {0}', 'o.countOf': 'the count of {0}', 'o.assignmentAt': 'the assignment {0}',
    channel: { WHATSAPP: 'WhatsApp', SMS: 'SMS', FACEBOOK: 'Facebook', INSTAGRAM: 'Instagram', PHONE: 'Phone', EMAIL: 'E-mail', OTHER: 'Other' },
    direction: { INBOUND: 'Inbound (from the client)', OUTBOUND: 'Outbound (from us)' },
    msgTopic: { HEALTH: 'Health', LEGAL: 'Legal', VIOLENCE: 'Violence', HOUSING: 'Housing', ECONOMY: 'Economy', IMMIGRATION: 'Immigration', CENTRE_INFORMATION: 'About the centre', OTHER: 'Other' },
    district: { SENTRUM: 'Sentrum', GAMLE_OSLO: 'Gamle Oslo', GRUNERLOKKA: 'Grünerløkka', SAGENE: 'Sagene', ST_HANSHAUGEN: 'St. Hanshaugen', FROGNER: 'Frogner', ULLERN: 'Ullern', VESTRE_AKER: 'Vestre Aker', NORDRE_AKER: 'Nordre Aker', BJERKE: 'Bjerke', GRORUD: 'Grorud', STOVNER: 'Stovner', ALNA: 'Alna', OSTENSJO: 'Østensjø', NORDSTRAND: 'Nordstrand', SONDRE_NORDSTRAND: 'Søndre Nordstrand', OUTSIDE_OSLO: 'Outside Oslo' },
    handOut: { CONDOMS: 'Condoms', LUBE: 'Lube', INFORMATION_LEAFLETS: 'Information leaflets', OTHER: 'Other' },
    assignmentKind: { LECTURE: 'Lecture', COURSE: 'Course', SCHOOL_CLASS: 'School class', CASE_GUIDANCE: 'Case guidance', PUBLICATION: 'Publication', OTHER: 'Other' },
    audience: { SCHOOL: 'School', HEALTH_SERVICE: 'Health service', POLICE: 'Police', CHILD_WELFARE: 'Child welfare', STUDENTS: 'Students', CONFERENCE: 'Conference', OTHER: 'Other' },
  },
});

/** A datetime-local value for now minus hours, in the browser's time. */
function localTime(minusHours = 0) {
  const d = new Date(Date.now() - minusHours * 3600000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The ISO week (YYYY-Www) of the last completed count: this week. */
function isoWeek(date = new Date()) {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The outreach team's screen: messages (under a client code or a conversation pseudonym), street
 * shifts with hand-outs, ad-site weekly counts and their series against the year before, and the
 * competence centre's assignments, each record voided with a reason; safety alerts: recorded here,
 * approved by a second worker (never the one who recorded it), withdrawn with a reason.
 */
export function outreach(main) {
  main.append(el('h1', { text: t('o.title') }), messages(), streetShifts(), adSites(), assignments(), alerts());
}

/** The alerts' labels come from outreach-service in the user's language; the worker's text is shown as written. */
function alerts() {
  const error = errorBox('alert-error');
  const pending = el('div', { id: 'pending-alerts' });
  const active = el('div', { id: 'active-alerts' });
  const form = el('form', { id: 'alert-form', novalidate: true },
    el('div', { class: 'columns' },
      field('x-category', t('o.category'), select('x-category', ALERT_CATEGORIES, 'alertCategory')),
      field('x-district', t('o.district'), select('x-district', DISTRICTS, 'district')),
      field('x-date', t('o.occurredOn'), input('x-date', { type: 'date', value: osloDay() })),
      field('x-part', t('o.partOfDay'), select('x-part', PARTS_OF_DAY, 'partOfDay', '–')),
      field('x-days', t('o.validDays'), input('x-days', { type: 'number', min: 1, max: 90, value: 30, class: 'short' }))),
    field('x-how', t('o.modusOperandi'), input('x-how', { maxlength: 300 })),
    field('x-more', t('o.description'), input('x-more', { maxlength: 500 })),
    el('button', { type: 'submit', class: 'primary', text: t('o.recordAlert') }), error);
  const what = (a) => `${a.categoryLabel}, ${a.districtLabel}, ${a.occurredOn}${a.partOfDayLabel ? ` (${a.partOfDayLabel})` : ''}`;
  const withdraw = (a) => voidControl(`/api/outreach/safety-alerts/${a.id}/withdraw`, t('o.alertOf', a.occurredOn), load, t('o.withdrawn'),
    { open: t('o.withdraw'), confirm: t('o.confirmWithdraw') });
  async function load() {
    const [waiting, published] = await Promise.all([api('GET', '/api/outreach/safety-alerts/pending'), api('GET', '/api/outreach/safety-alerts')]);
    pending.replaceChildren(table('pending', t('o.pending'), [t('o.category'), t('o.modusOperandi'), t('o.actions')],
      waiting.map((a) => ({ attrs: { 'data-alert': a.id }, cells: [what(a), a.modusOperandi,
        el('div', { class: 'actions' },
          a.reportedByYou ? el('span', { class: 'note', text: t('o.yours') }) : approveButton(a),
          withdraw(a))] }))));
    active.replaceChildren(table('active', t('o.active'), [t('o.category'), t('o.modusOperandi'), t('o.until'), t('o.actions')],
      published.map((a) => ({ attrs: { 'data-alert': a.id }, cells: [what(a), a.modusOperandi, a.expiresAt.slice(0, 10), withdraw(a)] }))));
  }
  function approveButton(a) {
    const box = errorBox(null);
    const button = el('button', { type: 'button', class: 'small primary approve-alert', text: t('o.approve'), 'aria-label': `${t('o.approve')}: ${t('o.alertOf', a.occurredOn)}` });
    button.addEventListener('click', async () => {
      if (await submit(box, () => api('POST', `/api/outreach/safety-alerts/${a.id}/approve`), t('o.approved')) !== undefined) load();
    });
    return el('span', {}, button, box);
  }
  onSubmit(form, error, () => {
    const value = (id) => valueOf(form, id);
    const body = { category: value('x-category'), district: value('x-district'), occurredOn: value('x-date'),
      modusOperandi: value('x-how'), validDays: Number(value('x-days')) };
    if (value('x-part')) body.partOfDay = value('x-part');
    if (value('x-more')) body.description = value('x-more');
    return api('POST', '/api/outreach/safety-alerts', body);
  }, t('o.alertRecorded'), () => {
    form.reset();
    return load();
  });
  load();
  return section('alerts-section', t('o.alerts'), el('h3', { text: t('o.newAlert') }), form, pending, active);
}

function messages() {
  const error = errorBox('message-error');
  const list = el('div', { id: 'message-list' });
  const form = el('form', { id: 'message-form', novalidate: true },
    el('div', { class: 'columns' },
      field('m-channel', t('o.channel'), select('m-channel', CHANNELS, 'channel')),
      field('m-direction', t('o.direction'), select('m-direction', ['INBOUND', 'OUTBOUND'], 'direction')),
      field('m-language', t('o.language'), input('m-language', { maxlength: 3, class: 'short' }))),
    checks('m-topics', t('o.topics'), TOPICS, 'msgTopic'),
    el('div', { class: 'columns' },
      field('m-client', t('o.client'), input('m-client', { maxlength: 12 })),
      field('m-conversation', t('o.conversation'), input('m-conversation', { maxlength: 40 }))),
    el('button', { type: 'submit', class: 'primary', text: t('o.record') }), error);
  async function load() {
    const page = await api('GET', `/api/outreach/messages?from=${osloDay()}&to=${osloDay()}&size=200`);
    list.replaceChildren(table('messages', t('o.today'), [t('o.time'), t('o.channel'), t('o.direction'), t('o.topics'), t('o.who'), t('o.actions')],
      page.items.map((m) => ({ attrs: { 'data-message': m.id }, cells: [when(m.occurredAt), label('channel', m.channel), label('direction', m.direction),
        m.topics.map((x) => label('msgTopic', x)).join(', '), el('span', { class: 'code', text: m.clientCode || m.conversation || '–' }),
        voidControl(`/api/outreach/messages/${m.id}/void`, t('o.messageAt', when(m.occurredAt)), load)] }))));
  }
  onSubmit(form, error, () => {
    const value = (id) => valueOf(form, id);
    const body = { channel: value('m-channel'), direction: value('m-direction'), topics: checked(form, 'm-topics') };
    if (value('m-language')) body.language = value('m-language').toLowerCase();
    if (value('m-client')) body.clientCode = value('m-client').toUpperCase();
    if (value('m-conversation')) body.conversation = value('m-conversation');
    return api('POST', '/api/outreach/messages', body);
  }, t('o.recorded'), () => {
    form.reset();
    return load();
  });
  load();
  return section('messages-section', t('o.messages'), el('h3', { text: t('o.newMessage') }), form, list);
}

function streetShifts() {
  const error = errorBox('street-error');
  const list = el('div', { id: 'street-list' });
  const quantity = (kind) => field(`s-${kind}`, `${t('o.handOuts')}: ${label('handOut', kind)}`, input(`s-${kind}`, { type: 'number', min: 0, value: 0, class: 'short' }));
  const form = el('form', { id: 'street-form', novalidate: true },
    el('div', { class: 'columns' },
      field('s-start', t('o.started'), input('s-start', { type: 'datetime-local', value: localTime(3) })),
      field('s-end', t('o.ended'), input('s-end', { type: 'datetime-local', value: localTime(0) })),
      field('s-district', t('o.district'), select('s-district', DISTRICTS, 'district')),
      field('s-workers', t('o.workers'), input('s-workers', { type: 'number', min: 1, value: 2, class: 'short' })),
      field('s-contacts', t('o.contacts'), input('s-contacts', { type: 'number', min: 0, value: 0, class: 'short' }))),
    el('fieldset', {}, el('legend', { text: t('o.handOuts') }),
      el('div', { class: 'columns' }, HAND_OUTS.map(quantity),
        field('s-leaflet-language', t('o.leafletLanguage'), input('s-leaflet-language', { maxlength: 3, class: 'short' })))),
    el('button', { type: 'submit', class: 'primary', text: t('o.recordShift') }), error);
  async function load() {
    const shifts = await api('GET', `/api/outreach/street-shifts?from=${osloDay(-90)}&to=${osloDay()}`);
    list.replaceChildren(table('street-shifts', t('o.shifts'), [t('o.started'), t('o.district'), t('o.workers'), t('o.contacts'), t('o.handOuts'), t('o.actions')],
      shifts.slice().reverse().map((s) => ({ attrs: { 'data-street-shift': s.id }, cells: [when(s.occurredAt), label('district', s.district), String(s.workers), String(s.contacts),
        s.handOuts.map((h) => `${label('handOut', h.kind)}${h.language ? ` (${h.language})` : ''}: ${h.quantity}`).join(', '),
        voidControl(`/api/outreach/street-shifts/${s.id}/void`, t('o.shiftAt', when(s.occurredAt)), load)] }))));
  }
  onSubmit(form, error, () => {
    const value = (id) => valueOf(form, id);
    const leafletLanguage = value('s-leaflet-language').toLowerCase();
    const body = {
      occurredAt: instantOf(value('s-start')), endedAt: instantOf(value('s-end')), district: value('s-district'),
      workers: Number(value('s-workers')), contacts: Number(value('s-contacts')),
      handOuts: HAND_OUTS.map((kind) => ({ kind, quantity: Number(value(`s-${kind}`)) }))
        .filter((h) => h.quantity > 0)
        .map((h) => (h.kind === 'INFORMATION_LEAFLETS' && leafletLanguage ? { ...h, language: leafletLanguage } : h)),
    };
    return api('POST', '/api/outreach/street-shifts', body);
  }, t('o.shiftRecorded'), load);
  load();
  return section('street-section', t('o.shifts'), el('h3', { text: t('o.newShift') }), form, list);
}

function adSites() {
  const siteError = errorBox('site-error');
  const countError = errorBox('count-error');
  const seriesBox = el('div', { id: 'ad-series' });
  const siteSelects = [];
  const siteSelect = (id) => {
    const s = el('select', { id, name: id });
    siteSelects.push(s);
    return s;
  };
  const siteForm = el('form', { id: 'site-form', class: 'inline' },
    field('a-site-name', t('o.siteName'), input('a-site-name', { maxlength: 100 })),
    el('button', { type: 'submit', text: t('o.addSite') }), siteError);
  const countForm = el('form', { id: 'count-form', class: 'inline' },
    field('a-site', t('o.site'), siteSelect('a-site')),
    field('a-week', t('o.week'), input('a-week', { type: 'week', value: isoWeek() })),
    field('a-count', t('o.count'), input('a-count', { type: 'number', min: 0, class: 'short' })),
    el('button', { type: 'submit', class: 'primary', text: t('o.recordCount') }), countError);
  const seriesForm = el('form', { id: 'series-form', class: 'inline' },
    field('a-series-site', t('o.site'), siteSelect('a-series-site')),
    field('a-year', t('o.year'), input('a-year', { type: 'number', min: 2000, max: 2100, value: new Date().getFullYear(), class: 'short' })),
    el('button', { type: 'submit', text: t('o.showSeries') }));
  async function loadSites() {
    const sites = await api('GET', '/api/outreach/ad-sites');
    for (const s of siteSelects) {
      const keep = s.value;
      s.replaceChildren(...sites.map((name) => el('option', { value: name, text: name })));
      if (sites.includes(keep)) s.value = keep;
    }
  }
  async function showSeries(event) {
    if (event) event.preventDefault();
    const site = seriesForm.querySelector('#a-series-site').value;
    if (!site) return;
    const series = await api('GET', `/api/outreach/ad-counts/series?site=${encodeURIComponent(site)}&year=${seriesForm.querySelector('#a-year').value}`);
    seriesBox.replaceChildren(table('series', `${t('o.series')}: ${series.site} ${series.year}`,
      [t('o.week'), t('o.count'), t('o.previous'), t('o.change'), t('o.changePercent'), t('o.actions')],
      series.weeks.map((w) => ({ attrs: { 'data-week': w.week }, cells: [w.week, String(w.count), w.previousYearCount ?? '–', w.change ?? '–', w.changePercent ?? '–',
        voidControl(`/api/outreach/ad-counts/${w.id}/void`, t('o.countOf', `${series.site} ${w.week}`), () => showSeries())] }))));
  }
  onSubmit(siteForm, siteError, () => api('POST', '/api/outreach/ad-sites', { name: valueOf(siteForm, 'a-site-name') }), t('o.siteAdded'),
    async (site) => {
      siteForm.reset();
      await loadSites();
      for (const s of siteSelects) s.value = site.name;
    });
  onSubmit(countForm, countError, () => api('POST', '/api/outreach/ad-counts',
    { site: valueOf(countForm, 'a-site'), week: valueOf(countForm, 'a-week'), count: Number(valueOf(countForm, 'a-count')) }), t('o.counted'),
  (count) => {
    seriesForm.querySelector('#a-series-site').value = count.site;
    return showSeries();
  });
  seriesForm.addEventListener('submit', showSeries);
  loadSites();
  return section('ads-section', t('o.adSites'), siteForm, countForm, seriesForm, seriesBox);
}

function assignments() {
  const error = errorBox('assignment-error');
  const list = el('div', { id: 'assignment-list' });
  const form = el('form', { id: 'assignment-form', novalidate: true },
    el('div', { class: 'columns' },
      field('g-when', t('o.when'), input('g-when', { type: 'datetime-local', value: localTime(1) })),
      field('g-kind', t('o.kind'), select('g-kind', KINDS, 'assignmentKind')),
      field('g-audience', t('o.audience'), select('g-audience', AUDIENCES, 'audience')),
      field('g-participants', t('o.participants'), input('g-participants', { type: 'number', min: 0, value: 1, class: 'short' }))),
    el('label', { class: 'check', for: 'g-young' }, el('input', { type: 'checkbox', id: 'g-young', name: 'g-young' }), ' ', t('o.young')),
    el('div', {}, el('button', { type: 'submit', class: 'primary', text: t('o.recordAssignment') })), error);
  async function load() {
    const items = await api('GET', `/api/outreach/assignments?from=${osloDay(-90)}&to=${osloDay()}`);
    list.replaceChildren(table('assignments', t('o.assignments'), [t('o.when'), t('o.kind'), t('o.audience'), t('o.participants'), t('o.young'), t('o.actions')],
      items.slice().reverse().map((a) => ({ attrs: { 'data-assignment': a.id }, cells: [when(a.occurredAt), label('assignmentKind', a.kind), label('audience', a.audience),
        String(a.participants), a.concernsYoungPeople ? '✓' : '–',
        voidControl(`/api/outreach/assignments/${a.id}/void`, t('o.assignmentAt', when(a.occurredAt)), load)] }))));
  }
  onSubmit(form, error, () => {
    const value = (id) => valueOf(form, id);
    return api('POST', '/api/outreach/assignments', { occurredAt: instantOf(value('g-when')), kind: value('g-kind'), audience: value('g-audience'),
      participants: Number(value('g-participants')), concernsYoungPeople: form.querySelector('#g-young').checked });
  }, t('o.assignmentRecorded'), load);
  load();
  return section('assignments-section', t('o.assignments'), el('h3', { text: t('o.newAssignment') }), form, list);
}

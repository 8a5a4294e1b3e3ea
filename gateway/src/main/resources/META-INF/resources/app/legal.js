import { api, ApiError } from './api.js';
import { exportRequests } from './releases.js';
import { t, counted, label, addTexts } from './i18n.js';
import { el } from './dom.js';
import { field, input, select, checks, checked, errorBox, submit, onSubmit, valueOf, voidControl, table, section, osloDay } from './forms.js';

const AREAS = ['CRIMINAL', 'FAMILY', 'IMMIGRATION', 'HOUSING_AND_TENANCY', 'FINANCES', 'OTHER'];
const SUB_AREAS = ['SEXUAL_VIOLENCE', 'THREATS', 'HARASSMENT', 'ROBBERY', 'THEFT', 'EXTORTION', 'OTHER'];
const WOULD_NOT = ['YES', 'NO', 'NOT_ASKED'];
const CANCEL_REASONS = ['LAWYER_ILL', 'LAWYER_UNAVAILABLE', 'NO_SUBSTITUTE_FOUND', 'CENTRE_CLOSED', 'PUBLIC_HOLIDAY', 'OTHER'];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const REFERRED_TO = ['LEGAL_AID_OFFICE', 'POLICE', 'PRIVATE_LAWYER', 'IMMIGRATION_AUTHORITY', 'OTHER'];

addTexts({
  nb: {
    'nav.legal': 'Advokatbistand', 'l.me': 'meg',
    'l.title': 'Advokatbistand', 'l.plan': 'Vaktplan', 'l.myPlan': 'Mine vakter', 'l.from': 'Fra', 'l.to': 'Til', 'l.show': 'Vis',
    'l.date': 'Dato', 'l.start': 'Fra kl.', 'l.end': 'Til kl.', 'l.lawyer': 'Advokat', 'l.status': 'Status', 'l.actions': 'Handling',
    'l.planShift': 'Planlegg vakt', 'l.planned': 'Vakt planlagt.', 'l.held': 'Holdt', 'l.nobodyCame': 'Ingen kom', 'l.cancel': 'Avlys',
    'l.cancelReason': 'Grunn til avlysning', 'l.outcomeDone': 'Vaktens utfall er registrert.', 'l.openShift': 'Henvendelser',
    'l.roster': 'Advokater', 'l.subject': 'Advokatens ID hos innloggingstjenesten (sub)', 'l.kind': 'Type', 'l.addLawyer': 'Sett på listen', 'l.added': 'Advokat satt på listen.',
    'l.notOnRoster': 'Du står ikke på advokatlisten ennå: koordinatoren må sette deg på den før du kan registrere.',
    'l.shift': 'Vakt {0} {1}–{2}', 'l.inquiries': 'Henvendelser på vakten', 'l.newInquiry': 'Ny henvendelse', 'l.client': 'Klientkode (tom = anonym)',
    'l.areas': 'Rettsområder', 'l.subAreas': 'Strafferett: hva gjelder det', 'l.wouldNot': 'Ville ikke ha oppsøkt advokat ellers', 'l.record': 'Registrer henvendelse',
    'l.recorded': 'Henvendelse registrert.', 'l.time': 'Tid', 'l.anon': 'anonym', 'l.openCase': 'Åpne sak', 'l.area': 'Rettsområde', 'l.subArea': 'Underområde',
    'l.note': 'Kort notat (ingen personopplysninger)', 'l.caseOpened': 'Sak åpnet.', 'l.openCaseFor': 'Åpne sak fra henvendelsen kl. {0}',
    'l.openCases': 'Åpne saker', 'l.openedOn': 'Åpnet', 'l.close': 'Avslutt', 'l.outcome': 'Utfall', 'l.referredTo': 'Henvist til', 'l.closed': 'Saken er avsluttet.',
    'l.closeCase': 'Avslutt saken fra {0}', 'l.pickShift': 'Velg en vakt i vaktplanen for å registrere henvendelser.',
    'l.term': 'Planlegg et semester', 'l.termFrom': 'Første dag', 'l.termTo': 'Siste dag', 'l.weekday': 'Ukedag', 'l.inTurn': 'Advokatene, etter tur uke for uke',
    'l.skipDates': 'Uker uten vakt (datoer, f.eks. 2026-04-01, 2026-04-08)', 'l.planTerm': 'Planlegg semesteret', 'l.termPlanned': '{0} planlagt.', 'l.shift': '{0} vakt', 'l.shiftsN': '{0} vakter',
    'l.substitute': 'Gi vakten til', 'l.substituteDone': 'Vakten er gitt til en annen advokat.', 'l.substituteFor': 'Ny advokat for vakten {0}',
    'l.inquiryAt': 'henvendelsen kl. {0}', 'l.caseOf': 'saken fra {0}', 'l.meetings': 'Oppfølgingsmøter', 'l.meetingShift': 'Møte på vakten',
    'l.recordMeeting': 'Registrer møte', 'l.meetingDone': 'Møtet er registrert.', 'l.meetingFor': 'Oppfølgingsmøte i saken fra {0}', 'l.noLaterShift': 'ingen senere vakt',
    'l.void': 'Annuller',
    day: { MONDAY: 'mandag', TUESDAY: 'tirsdag', WEDNESDAY: 'onsdag', THURSDAY: 'torsdag', FRIDAY: 'fredag', SATURDAY: 'lørdag', SUNDAY: 'søndag' },
    shiftStatus: { PLANNED: 'Planlagt', HELD: 'Holdt', HELD_NOBODY_CAME: 'Ingen kom', NOBODY_CAME: 'Ingen kom', CANCELLED: 'Avlyst' },
    legalArea: { CRIMINAL: 'Strafferett', FAMILY: 'Familierett', IMMIGRATION: 'Utlendingsrett', HOUSING_AND_TENANCY: 'Bolig og husleie', FINANCES: 'Økonomi', OTHER: 'Annet' },
    subArea: { SEXUAL_VIOLENCE: 'Seksuell vold', THREATS: 'Trusler', HARASSMENT: 'Trakassering', ROBBERY: 'Ran', THEFT: 'Tyveri', EXTORTION: 'Utpressing', OTHER: 'Annet' },
    wouldNot: { YES: 'Ja, ville ikke ha oppsøkt advokat', NO: 'Nei', NOT_ASKED: 'Ikke spurt' },
    cancelReason: { LAWYER_ILL: 'Advokaten er syk', LAWYER_UNAVAILABLE: 'Advokaten kan ikke', NO_SUBSTITUTE_FOUND: 'Ingen vikar', CENTRE_CLOSED: 'Senteret stengt', PUBLIC_HOLIDAY: 'Helligdag', OTHER: 'Annet' },
    caseOutcome: { RESOLVED_ON_SITE: 'Løst på stedet', REFERRED: 'Henvist videre' },
    referredTo: { LEGAL_AID_OFFICE: 'Rettshjelpskontor', POLICE: 'Politiet', PRIVATE_LAWYER: 'Privat advokat', IMMIGRATION_AUTHORITY: 'Utlendingsmyndighetene', OTHER: 'Annet' },
    lawyerKind: { REGULAR: 'Fast', SUBSTITUTE: 'Vikar' },
  },
  en: {
    'nav.legal': 'Legal aid', 'l.me': 'me',
    'l.title': 'Legal aid', 'l.plan': 'Shift plan', 'l.myPlan': 'My shifts', 'l.from': 'From', 'l.to': 'To', 'l.show': 'Show',
    'l.date': 'Date', 'l.start': 'Start', 'l.end': 'End', 'l.lawyer': 'Lawyer', 'l.status': 'Status', 'l.actions': 'Action',
    'l.planShift': 'Plan a shift', 'l.planned': 'Shift planned.', 'l.held': 'Held', 'l.nobodyCame': 'Nobody came', 'l.cancel': 'Cancel',
    'l.cancelReason': 'Reason for cancelling', 'l.outcomeDone': "The shift's outcome is recorded.", 'l.openShift': 'Inquiries',
    'l.roster': 'Lawyers', 'l.subject': "The lawyer's id at the identity provider (sub)", 'l.kind': 'Kind', 'l.addLawyer': 'Put on the roster', 'l.added': 'Lawyer put on the roster.',
    'l.notOnRoster': 'You are not on the roster yet: the coordinator must put you on it before you can record.',
    'l.shift': 'Shift {0} {1}–{2}', 'l.inquiries': "The shift's inquiries", 'l.newInquiry': 'New inquiry', 'l.client': 'Client code (empty = anonymous)',
    'l.areas': 'Areas of law', 'l.subAreas': 'Criminal law: what it concerns', 'l.wouldNot': 'Would not have sought a lawyer otherwise', 'l.record': 'Record inquiry',
    'l.recorded': 'Inquiry recorded.', 'l.time': 'Time', 'l.anon': 'anonymous', 'l.openCase': 'Open case', 'l.area': 'Area of law', 'l.subArea': 'Sub-area',
    'l.note': 'Short note (no personal data)', 'l.caseOpened': 'Case opened.', 'l.openCaseFor': 'Open a case from the inquiry at {0}',
    'l.openCases': 'Open cases', 'l.openedOn': 'Opened', 'l.close': 'Close', 'l.outcome': 'Outcome', 'l.referredTo': 'Referred to', 'l.closed': 'The case is closed.',
    'l.closeCase': 'Close the case of {0}', 'l.pickShift': 'Pick a shift in the plan to record its inquiries.',
    'l.term': 'Plan a term', 'l.termFrom': 'First day', 'l.termTo': 'Last day', 'l.weekday': 'Weekday', 'l.inTurn': 'The lawyers, in turn week by week',
    'l.skipDates': 'Weeks without a shift (dates, e.g. 2026-04-01, 2026-04-08)', 'l.planTerm': 'Plan the term', 'l.termPlanned': '{0} planned.', 'l.shift': '{0} shift', 'l.shiftsN': '{0} shifts',
    'l.substitute': 'Give the shift to', 'l.substituteDone': 'The shift is given to another lawyer.', 'l.substituteFor': 'New lawyer for the shift {0}',
    'l.inquiryAt': 'the inquiry at {0}', 'l.caseOf': 'the case of {0}', 'l.meetings': 'Follow-up meetings', 'l.meetingShift': 'Meeting on the shift',
    'l.recordMeeting': 'Record meeting', 'l.meetingDone': 'The meeting is recorded.', 'l.meetingFor': 'Follow-up meeting in the case of {0}', 'l.noLaterShift': 'no later shift',
    'l.void': 'Void',
    day: { MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday', SATURDAY: 'Saturday', SUNDAY: 'Sunday' },
    shiftStatus: { PLANNED: 'Planned', HELD: 'Held', HELD_NOBODY_CAME: 'Nobody came', NOBODY_CAME: 'Nobody came', CANCELLED: 'Cancelled' },
    legalArea: { CRIMINAL: 'Criminal law', FAMILY: 'Family law', IMMIGRATION: 'Immigration', HOUSING_AND_TENANCY: 'Housing and tenancy', FINANCES: 'Finances', OTHER: 'Other' },
    subArea: { SEXUAL_VIOLENCE: 'Sexual violence', THREATS: 'Threats', HARASSMENT: 'Harassment', ROBBERY: 'Robbery', THEFT: 'Theft', EXTORTION: 'Extortion', OTHER: 'Other' },
    wouldNot: { YES: 'Yes, would not have sought a lawyer', NO: 'No', NOT_ASKED: 'Not asked' },
    cancelReason: { LAWYER_ILL: 'Lawyer ill', LAWYER_UNAVAILABLE: 'Lawyer unavailable', NO_SUBSTITUTE_FOUND: 'No substitute found', CENTRE_CLOSED: 'Centre closed', PUBLIC_HOLIDAY: 'Public holiday', OTHER: 'Other' },
    caseOutcome: { RESOLVED_ON_SITE: 'Resolved on site', REFERRED: 'Referred' },
    referredTo: { LEGAL_AID_OFFICE: 'Legal aid office', POLICE: 'Police', PRIVATE_LAWYER: 'Private lawyer', IMMIGRATION_AUTHORITY: 'Immigration authority', OTHER: 'Other' },
    lawyerKind: { REGULAR: 'Regular', SUBSTITUTE: 'Substitute' },
  },
});

/**
 * The legal-aid screen: the coordinator plans shifts and keeps the roster; a lawyer sees their own
 * shifts, records a shift's outcome, its inquiries and the cases opened from them, and closes open
 * cases (resolved on site or referred). The coordinator reads the cases without their notes.
 */
export async function legal(main, roles) {
  const coordinator = roles.includes('legal-coordinator');
  const lawyer = roles.includes('lawyer');
  const lawyers = await api('GET', '/api/legal-aid/lawyers');
  let me = null;
  if (lawyer) {
    try {
      me = await api('GET', '/api/legal-aid/lawyers/me');
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
  }
  const names = new Map(lawyers.map((l, i) => [l.id, `${label('lawyerKind', l.kind)} ${i + 1}${me && me.id === l.id ? ` (${t('l.me')})` : ''}`]));
  const shiftPanel = el('div', { id: 'shift-panel' });
  main.append(el('h1', { text: t('l.title') }));
  if (lawyer && !me) main.append(el('p', { class: 'note', id: 'not-on-roster', text: t('l.notOnRoster') }));
  // the hint says what to do until it is done: once a shift is picked, its panel is the answer
  const pickHint = el('p', { class: 'note', id: 'pick-shift-hint', text: t('l.pickShift') });
  const pick = (shift) => {
    pickHint.hidden = true;
    showShift(shift, shiftPanel, me);
  };
  main.append(shiftPlan({ coordinator, me, lawyers, names, onPick: pick }));
  if (lawyer) main.append(section('shift-section', t('l.inquiries'), pickHint, shiftPanel));
  main.append(openCases(lawyer, me));
  if (lawyer) main.append(exportRequests('/api/legal-aid'));
  if (coordinator) main.append(roster(lawyers, names));
}

function shiftPlan({ coordinator, me, lawyers, names, onPick }) {
  const from = input('l-from', { type: 'date', value: osloDay(-14) });
  const to = input('l-to', { type: 'date', value: osloDay(60) });
  const list = el('div', { id: 'shift-list' });
  const error = errorBox('shift-error');
  async function load() {
    const page = await submit(error, () => api('GET', `/api/legal-aid/shifts?from=${from.value}&to=${to.value}&size=200`));
    if (!page) return;
    // a lawyer sees their own shifts; the coordinator all
    const shifts = page.items.filter((s) => coordinator || (me && s.lawyerId === me.id));
    list.replaceChildren(table('shifts', coordinator ? t('l.plan') : t('l.myPlan'),
      [t('l.date'), t('l.start'), t('l.end'), t('l.lawyer'), t('l.status'), t('l.actions')],
      shifts.map((s) => ({ attrs: { 'data-shift': s.id, 'data-status': s.status }, cells: [s.date, s.start.slice(0, 5), s.end.slice(0, 5),
        names.get(s.lawyerId) || '–', label('shiftStatus', s.status) + (s.cancelReason ? ` (${label('cancelReason', s.cancelReason)})` : ''),
        shiftActions(s, load, me && s.lawyerId === me.id ? onPick : null, coordinator ? { lawyers, names } : null)] }))));
  }
  const show = (event) => {
    event.preventDefault();
    load();
  };
  const parts = [el('form', { class: 'inline', id: 'shift-range', onsubmit: show },
    field('l-from', t('l.from'), from), field('l-to', t('l.to'), to), el('button', { type: 'submit', text: t('l.show') })), error, list];
  if (coordinator) {
    parts.push(el('h3', { text: t('l.planShift') }), planForm(lawyers, names, load), el('h3', { text: t('l.term') }), termForm(lawyers, names, load));
  }
  load();
  return section('plan', coordinator ? t('l.plan') : t('l.myPlan'), ...parts);
}

function shiftActions(shift, reload, onPick, roster) {
  const error = errorBox(null);
  const wrap = el('div', { class: 'actions' });
  const outcome = (path, body) => async () => {
    if (await submit(error, () => api('POST', `/api/legal-aid/shifts/${shift.id}/${path}`, body), t('l.outcomeDone'))) reload();
  };
  const on = `${shift.date} ${shift.start.slice(0, 5)}`;
  if (onPick && (shift.status === 'PLANNED' || shift.status === 'HELD')) {
    wrap.append(el('button', { type: 'button', class: 'small pick-shift', 'aria-label': `${t('l.openShift')}: ${on}`, text: t('l.openShift'), onclick: () => onPick(shift) }));
  }
  if (shift.status === 'PLANNED') {
    const reason = el('select', { 'aria-label': `${t('l.cancelReason')} ${on}`, class: 'cancel-reason' },
      CANCEL_REASONS.map((r) => el('option', { value: r, text: label('cancelReason', r) })));
    wrap.append(
      el('button', { type: 'button', class: 'small mark-held', 'aria-label': `${t('l.held')}: ${on}`, text: t('l.held'), onclick: outcome('held') }),
      el('button', { type: 'button', class: 'small mark-nobody', 'aria-label': `${t('l.nobodyCame')}: ${on}`, text: t('l.nobodyCame'), onclick: outcome('nobody-came') }),
      reason,
      el('button', { type: 'button', class: 'small danger', 'aria-label': `${t('l.cancel')}: ${on}`, text: t('l.cancel'), onclick: () => outcome('cancel', { reason: reason.value })() }));
    if (roster) wrap.append(substituteForm(shift, on, roster, reload));
  }
  wrap.append(error);
  return wrap;
}

/** The coordinator gives a planned shift to another lawyer on the roster (usually a substitute), picked by name. */
function substituteForm(shift, on, { lawyers, names }, reload) {
  const error = errorBox(null);
  const others = lawyers.filter((l) => l.active !== false && l.id !== shift.lawyerId);
  if (!others.length) return el('span');
  const pick = el('select', { name: 'lawyerId', class: 'substitute-lawyer', 'aria-label': t('l.substituteFor', on) },
    others.map((l) => el('option', { value: l.id, text: names.get(l.id) })));
  const form = el('form', { class: 'inline substitute-form' }, pick,
    el('button', { type: 'submit', class: 'small', text: t('l.substitute') }), error);
  return onSubmit(form, error, () => api('POST', `/api/legal-aid/shifts/${shift.id}/substitute`, { lawyerId: pick.value }),
    t('l.substituteDone'), reload);
}

/** A weekly shift for a whole term, the lawyers (ticked, in roster order) taking turns week by week. */
function termForm(lawyers, names, reload) {
  const error = errorBox('term-error');
  const active = lawyers.filter((l) => l.active !== false);
  const form = el('form', { id: 'term-form', novalidate: true },
    el('div', { class: 'columns' },
      field('t-from', t('l.termFrom'), input('t-from', { type: 'date', value: osloDay(7) })),
      field('t-to', t('l.termTo'), input('t-to', { type: 'date', value: osloDay(120) })),
      field('t-day', t('l.weekday'), select('t-day', DAYS, 'day')),
      field('t-start', t('l.start'), input('t-start', { type: 'time', value: '13:00' })),
      field('t-end', t('l.end'), input('t-end', { type: 'time', value: '16:00' }))),
    el('fieldset', { class: 'checks', id: 't-lawyers' }, el('legend', { text: t('l.inTurn') }),
      active.map((l) => el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 't-lawyers', value: l.id }), ' ', names.get(l.id)))),
    field('t-skip', t('l.skipDates'), input('t-skip', { maxlength: 600 })),
    el('button', { type: 'submit', class: 'primary', text: t('l.planTerm') }), error);
  return onSubmit(form, error, () => {
    const body = { from: valueOf(form, 't-from'), to: valueOf(form, 't-to'), dayOfWeek: valueOf(form, 't-day'),
      start: valueOf(form, 't-start'), end: valueOf(form, 't-end'), lawyerIds: checked(form, 't-lawyers') };
    const skip = valueOf(form, 't-skip').split(/[\s,;]+/).filter((d) => d);
    if (skip.length) body.skipDates = skip;
    return api('POST', '/api/legal-aid/shifts/term', body);
  }, (planned) => t('l.termPlanned', counted(Array.isArray(planned) ? planned.length : (planned.shifts || []).length, 'l.shift', 'l.shiftsN')), reload);
}

function planForm(lawyers, names, reload) {
  const error = errorBox('plan-error');
  const form = el('form', { id: 'plan-form', class: 'inline' },
    field('p-date', t('l.date'), input('p-date', { type: 'date', value: osloDay(7) })),
    field('p-start', t('l.start'), input('p-start', { type: 'time', value: '13:00' })),
    field('p-end', t('l.end'), input('p-end', { type: 'time', value: '16:00' })),
    field('p-lawyer', t('l.lawyer'), el('select', { id: 'p-lawyer', name: 'p-lawyer' }, lawyers.map((l) => el('option', { value: l.id, text: names.get(l.id) })))),
    el('button', { type: 'submit', class: 'primary', text: t('l.planShift') }), error);
  return onSubmit(form, error, () => api('POST', '/api/legal-aid/shifts',
    { date: valueOf(form, 'p-date'), start: valueOf(form, 'p-start'), end: valueOf(form, 'p-end'), lawyerId: valueOf(form, 'p-lawyer') }),
  t('l.planned'), reload);
}

async function showShift(shift, target, me) {
  const inquiries = await api('GET', `/api/legal-aid/inquiries?shiftId=${shift.id}&size=200`);
  const reload = () => showShift(shift, target, me);
  const time = (instant) => new Date(instant).toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' });
  target.dataset.shift = shift.id;
  target.replaceChildren(
    el('h3', { id: 'shift-h', text: t('l.shift', shift.date, shift.start.slice(0, 5), shift.end.slice(0, 5)) }),
    table('inquiries', t('l.inquiries'), [t('l.time'), t('h.client'), t('l.areas'), t('l.wouldNot'), t('l.openCase'), t('l.void')],
      inquiries.items.map((q) => ({ attrs: { 'data-inquiry': q.id }, cells: [time(q.occurredAt), el('span', { class: 'code', text: q.clientCode || t('l.anon') }),
        [...q.areas.map((a) => label('legalArea', a)), ...q.criminalSubAreas.map((a) => label('subArea', a))].join(', '),
        label('wouldNot', q.wouldNotOtherwiseHaveSoughtLawyer), caseForm(q, time(q.occurredAt)),
        voidControl(`/api/legal-aid/inquiries/${q.id}/void`, t('l.inquiryAt', time(q.occurredAt)), reload)] }))),
    el('h3', { text: t('l.newInquiry') }), inquiryForm(shift, reload));
  target.querySelector('h3').setAttribute('tabindex', '-1');
  target.querySelector('h3').focus();
}

function inquiryForm(shift, reload) {
  const error = errorBox('inquiry-error');
  const form = el('form', { id: 'inquiry-form', novalidate: true },
    field('q-client', t('l.client'), input('q-client', { maxlength: 12 })),
    checks('q-areas', t('l.areas'), AREAS, 'legalArea'),
    checks('q-subareas', t('l.subAreas'), SUB_AREAS, 'subArea'),
    field('q-wouldnot', t('l.wouldNot'), select('q-wouldnot', WOULD_NOT, 'wouldNot')),
    el('button', { type: 'submit', class: 'primary', text: t('l.record') }), error);
  return onSubmit(form, error, () => {
    const body = { shiftId: shift.id, areas: checked(form, 'q-areas'), wouldNotOtherwiseHaveSoughtLawyer: valueOf(form, 'q-wouldnot') };
    const subAreas = checked(form, 'q-subareas');
    if (subAreas.length) body.criminalSubAreas = subAreas;
    if (valueOf(form, 'q-client')) body.clientCode = valueOf(form, 'q-client').toUpperCase();
    return api('POST', '/api/legal-aid/inquiries', body);
  }, t('l.recorded'), reload);
}

function caseForm(inquiry, at) {
  const error = errorBox(null);
  const name = t('l.openCaseFor', at);
  const area = el('select', { name: 'area', 'aria-label': `${t('l.area')} (${name})`, class: 'case-area' },
    inquiry.areas.map((a) => el('option', { value: a, text: label('legalArea', a) })));
  const sub = el('select', { name: 'subArea', 'aria-label': `${t('l.subArea')} (${name})`, class: 'case-subarea' },
    el('option', { value: '', text: '–' }), SUB_AREAS.map((a) => el('option', { value: a, text: label('subArea', a) })));
  const note = el('input', { name: 'note', maxlength: 200, autocomplete: 'off', 'aria-label': `${t('l.note')} (${name})`, class: 'case-note' });
  const form = el('form', { class: 'inline case-form' }, area, sub, note,
    el('button', { type: 'submit', class: 'small', text: t('l.openCase') }), error);
  return onSubmit(form, error, () => {
    const body = { inquiryId: inquiry.id, area: area.value };
    if (sub.value) body.subArea = sub.value;
    if (note.value.trim()) body.note = note.value.trim();
    return api('POST', '/api/legal-aid/cases', body);
  }, t('l.caseOpened'), (opened) => {
    form.dataset.opened = opened.id;
    document.dispatchEvent(new CustomEvent('sentret:cases'));
  });
}

function openCases(lawyer, me) {
  const list = el('div', { id: 'open-cases' });
  async function load() {
    const [page, shifts] = await Promise.all([
      api('GET', `/api/legal-aid/cases?status=OPEN&from=${osloDay(-365)}&to=${osloDay()}&size=200`),
      // a follow-up meeting is on one of the lawyer's own later shifts, held or planned, not in the future
      lawyer && me ? api('GET', `/api/legal-aid/shifts?from=${osloDay(-365)}&to=${osloDay()}&size=200`) : { items: [] },
    ]);
    const mine = shifts.items.filter((s) => s.lawyerId === me?.id && s.status !== 'CANCELLED');
    const headers = [t('l.openedOn'), t('h.client'), t('l.area'), t('l.note'), t('l.meetings')];
    if (lawyer) headers.push(t('l.close'), t('l.void'));
    list.replaceChildren(table('cases', t('l.openCases'), headers,
      page.items.map((c) => ({ attrs: { 'data-case': c.id }, cells: [c.openedOn, el('span', { class: 'code', text: c.clientCode || t('l.anon') }),
        label('legalArea', c.area) + (c.subArea ? ` (${label('subArea', c.subArea)})` : ''), c.note || '–',
        meetings(c, lawyer ? mine.filter((s) => s.date > c.openedOn) : null),
        ...(lawyer ? [closeForm(c, load), voidControl(`/api/legal-aid/cases/${c.id}/void`, t('l.caseOf', c.openedOn), load)] : [])] }))));
  }
  document.addEventListener('sentret:cases', load);
  load();
  return section('cases-section', t('l.openCases'), list);
}

/** A case's follow-up meetings (dates), and for its lawyer a form recording one on a later shift. */
function meetings(legalCase, laterShifts) {
  const box = el('div', { class: 'meetings' });
  const listed = el('span', { class: 'meeting-dates' });
  async function load() {
    const all = await api('GET', `/api/legal-aid/cases/${legalCase.id}/meetings`);
    listed.textContent = all.length ? all.map((m) => m.occurredAt.slice(0, 10)).join(', ') : '–';
  }
  box.append(listed);
  if (laterShifts) {
    if (!laterShifts.length) {
      box.append(' ', el('span', { class: 'note', text: `(${t('l.noLaterShift')})` }));
    } else {
      const error = errorBox(null);
      const shift = el('select', { name: 'shiftId', class: 'meeting-shift', 'aria-label': `${t('l.meetingShift')} (${t('l.meetingFor', legalCase.openedOn)})` },
        laterShifts.map((s) => el('option', { value: s.id, text: `${s.date} ${s.start.slice(0, 5)}` })));
      const form = el('form', { class: 'inline meeting-form' }, shift,
        el('button', { type: 'submit', class: 'small', text: t('l.recordMeeting') }), error);
      // the meeting's time: the shift's start on its date (the service wants it on the shift's date, not in the future)
      box.append(onSubmit(form, error, () => {
        const s = laterShifts.find((x) => x.id === shift.value);
        const start = new Date(`${s.date}T${s.start.slice(0, 5)}:00`);
        const body = { shiftId: s.id };
        if (start < new Date()) body.occurredAt = start.toISOString();
        return api('POST', `/api/legal-aid/cases/${legalCase.id}/meetings`, body);
      }, t('l.meetingDone'), load));
    }
  }
  load();
  return box;
}

function closeForm(legalCase, reload) {
  const error = errorBox(null);
  const name = t('l.closeCase', legalCase.openedOn);
  const outcome = el('select', { name: 'outcome', class: 'close-outcome', 'aria-label': `${t('l.outcome')} (${name})` },
    ['RESOLVED_ON_SITE', 'REFERRED'].map((o) => el('option', { value: o, text: label('caseOutcome', o) })));
  const referred = el('select', { name: 'referredTo', class: 'close-referred', 'aria-label': `${t('l.referredTo')} (${name})` },
    el('option', { value: '', text: '–' }), REFERRED_TO.map((o) => el('option', { value: o, text: label('referredTo', o) })));
  const form = el('form', { class: 'inline close-form' }, outcome, referred,
    el('button', { type: 'submit', class: 'small', text: t('l.close') }), error);
  return onSubmit(form, error, () => {
    const body = { outcome: outcome.value };
    if (referred.value) body.referredTo = referred.value;
    return api('POST', `/api/legal-aid/cases/${legalCase.id}/close`, body);
  }, t('l.closed'), reload);
}

function roster(lawyers, names) {
  const error = errorBox('roster-error');
  const form = el('form', { id: 'roster-form', class: 'inline' },
    field('r-subject', t('l.subject'), input('r-subject', { maxlength: 100 })),
    field('r-kind', t('l.kind'), select('r-kind', ['REGULAR', 'SUBSTITUTE'], 'lawyerKind')),
    el('button', { type: 'submit', text: t('l.addLawyer') }), error);
  onSubmit(form, error, () => api('POST', '/api/legal-aid/lawyers', { subject: valueOf(form, 'r-subject'), kind: valueOf(form, 'r-kind') }),
    t('l.added'), () => form.reset());
  return section('roster', t('l.roster'),
    el('ul', {}, lawyers.map((l) => el('li', { text: names.get(l.id) }))), form);
}


import { api, ApiError } from './api.js';
import { t, label, addTexts } from './i18n.js';
import { el } from './dom.js';
import { field, input, select, checks, checked, errorBox, submit, table, section, osloDay } from './forms.js';

const AREAS = ['CRIMINAL', 'FAMILY', 'IMMIGRATION', 'HOUSING_AND_TENANCY', 'FINANCES', 'OTHER'];
const SUB_AREAS = ['SEXUAL_VIOLENCE', 'THREATS', 'HARASSMENT', 'ROBBERY', 'THEFT', 'EXTORTION', 'OTHER'];
const WOULD_NOT = ['YES', 'NO', 'NOT_ASKED'];
const CANCEL_REASONS = ['LAWYER_ILL', 'LAWYER_UNAVAILABLE', 'NO_SUBSTITUTE_FOUND', 'CENTRE_CLOSED', 'PUBLIC_HOLIDAY', 'OTHER'];
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
  main.append(shiftPlan({ coordinator, me, lawyers, names, onPick: (shift) => showShift(shift, shiftPanel, me) }));
  if (lawyer) main.append(section('shift-section', t('l.inquiries'), el('p', { class: 'note', text: t('l.pickShift') }), shiftPanel));
  main.append(openCases(lawyer));
  if (coordinator) main.append(roster(lawyers, names));
}

function shiftPlan({ coordinator, me, lawyers, names, onPick }) {
  const from = input('l-from', { type: 'date', value: osloDay(-14) });
  const to = input('l-to', { type: 'date', value: osloDay(60) });
  const list = el('div', { id: 'shift-list' });
  const error = errorBox('shift-error');
  async function load(event) {
    if (event) event.preventDefault();
    const page = await submit(error, () => api('GET', `/api/legal-aid/shifts?from=${from.value}&to=${to.value}&size=200`));
    if (!page) return;
    // a lawyer sees their own shifts; the coordinator all
    const shifts = page.items.filter((s) => coordinator || (me && s.lawyerId === me.id));
    list.replaceChildren(table('shifts', coordinator ? t('l.plan') : t('l.myPlan'),
      [t('l.date'), t('l.start'), t('l.end'), t('l.lawyer'), t('l.status'), t('l.actions')],
      shifts.map((s) => ({ attrs: { 'data-shift': s.id, 'data-status': s.status }, cells: [s.date, s.start.slice(0, 5), s.end.slice(0, 5),
        names.get(s.lawyerId) || '–', label('shiftStatus', s.status) + (s.cancelReason ? ` (${label('cancelReason', s.cancelReason)})` : ''),
        shiftActions(s, load, me && s.lawyerId === me.id ? onPick : null)] }))));
  }
  const parts = [el('form', { class: 'inline', id: 'shift-range', onsubmit: load },
    field('l-from', t('l.from'), from), field('l-to', t('l.to'), to), el('button', { type: 'submit', text: t('l.show') })), error, list];
  if (coordinator) parts.push(el('h3', { text: t('l.planShift') }), planForm(lawyers, names, load));
  load();
  return section('plan', coordinator ? t('l.plan') : t('l.myPlan'), ...parts);
}

function shiftActions(shift, reload, onPick) {
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
  }
  wrap.append(error);
  return wrap;
}

function planForm(lawyers, names, reload) {
  const error = errorBox('plan-error');
  const form = el('form', { id: 'plan-form', class: 'inline' },
    field('p-date', t('l.date'), input('p-date', { type: 'date', value: osloDay(7) })),
    field('p-start', t('l.start'), input('p-start', { type: 'time', value: '13:00' })),
    field('p-end', t('l.end'), input('p-end', { type: 'time', value: '16:00' })),
    field('p-lawyer', t('l.lawyer'), el('select', { id: 'p-lawyer', name: 'p-lawyer' }, lawyers.map((l) => el('option', { value: l.id, text: names.get(l.id) })))),
    el('button', { type: 'submit', class: 'primary', text: t('l.planShift') }), error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (id) => form.querySelector(`#${id}`).value;
    const body = { date: value('p-date'), start: value('p-start'), end: value('p-end'), lawyerId: value('p-lawyer') };
    if (await submit(error, () => api('POST', '/api/legal-aid/shifts', body), t('l.planned'))) reload();
  });
  return form;
}

async function showShift(shift, target, me) {
  const inquiries = await api('GET', `/api/legal-aid/inquiries?shiftId=${shift.id}&size=200`);
  const reload = () => showShift(shift, target, me);
  const time = (instant) => new Date(instant).toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' });
  target.dataset.shift = shift.id;
  target.replaceChildren(
    el('h3', { id: 'shift-h', text: t('l.shift', shift.date, shift.start.slice(0, 5), shift.end.slice(0, 5)) }),
    table('inquiries', t('l.inquiries'), [t('l.time'), t('h.client'), t('l.areas'), t('l.wouldNot'), t('l.openCase')],
      inquiries.items.map((q) => ({ attrs: { 'data-inquiry': q.id }, cells: [time(q.occurredAt), el('span', { class: 'code', text: q.clientCode || t('l.anon') }),
        [...q.areas.map((a) => label('legalArea', a)), ...q.criminalSubAreas.map((a) => label('subArea', a))].join(', '),
        label('wouldNot', q.wouldNotOtherwiseHaveSoughtLawyer), caseForm(q, time(q.occurredAt))] }))),
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
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { shiftId: shift.id, areas: checked(form, 'q-areas'), wouldNotOtherwiseHaveSoughtLawyer: form.querySelector('#q-wouldnot').value };
    const subAreas = checked(form, 'q-subareas');
    if (subAreas.length) body.criminalSubAreas = subAreas;
    const code = form.querySelector('#q-client').value.trim();
    if (code) body.clientCode = code.toUpperCase();
    if (await submit(error, () => api('POST', '/api/legal-aid/inquiries', body), t('l.recorded'))) reload();
  });
  return form;
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
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { inquiryId: inquiry.id, area: area.value };
    if (sub.value) body.subArea = sub.value;
    if (note.value.trim()) body.note = note.value.trim();
    const opened = await submit(error, () => api('POST', '/api/legal-aid/cases', body), t('l.caseOpened'));
    if (opened) {
      form.dataset.opened = opened.id;
      document.dispatchEvent(new CustomEvent('sentret:cases'));
    }
  });
  return form;
}

function openCases(lawyer) {
  const list = el('div', { id: 'open-cases' });
  async function load() {
    const page = await api('GET', `/api/legal-aid/cases?status=OPEN&from=${osloDay(-365)}&to=${osloDay()}&size=200`);
    list.replaceChildren(table('cases', t('l.openCases'), [t('l.openedOn'), t('h.client'), t('l.area'), t('l.note'), t('l.close')],
      page.items.map((c) => ({ attrs: { 'data-case': c.id }, cells: [c.openedOn, el('span', { class: 'code', text: c.clientCode || t('l.anon') }),
        label('legalArea', c.area) + (c.subArea ? ` (${label('subArea', c.subArea)})` : ''), c.note || '–',
        lawyer ? closeForm(c, load) : '–'] }))));
  }
  document.addEventListener('sentret:cases', load);
  load();
  return section('cases-section', t('l.openCases'), list);
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
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { outcome: outcome.value };
    if (referred.value) body.referredTo = referred.value;
    if (await submit(error, () => api('POST', `/api/legal-aid/cases/${legalCase.id}/close`, body), t('l.closed'))) reload();
  });
  return form;
}

function roster(lawyers, names) {
  const error = errorBox('roster-error');
  const form = el('form', { id: 'roster-form', class: 'inline' },
    field('r-subject', t('l.subject'), input('r-subject', { maxlength: 100 })),
    field('r-kind', t('l.kind'), select('r-kind', ['REGULAR', 'SUBSTITUTE'], 'lawyerKind')),
    el('button', { type: 'submit', text: t('l.addLawyer') }), error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { subject: form.querySelector('#r-subject').value.trim(), kind: form.querySelector('#r-kind').value };
    if (await submit(error, () => api('POST', '/api/legal-aid/lawyers', body), t('l.added'))) form.reset();
  });
  return section('roster', t('l.roster'),
    el('ul', {}, lawyers.map((l) => el('li', { text: names.get(l.id) }))), form);
}


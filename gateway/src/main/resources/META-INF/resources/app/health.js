import { api } from './api.js';
import { exportRequests } from './releases.js';
import { t, label, addTexts } from './i18n.js';
import { el } from './dom.js';
import { field, input, select, checks, checked, errorBox, submit, onSubmit, valueOf, voidControl, table, section, when, osloDay } from './forms.js';

const CATEGORIES = ['STI_TEST', 'TREATMENT', 'CONTRACEPTION', 'COUNSELLING', 'PREP', 'PEP', 'VACCINATION', 'REFERRAL'];
const INFECTIONS = ['CHLAMYDIA', 'GONORRHOEA', 'SYPHILIS', 'HIV', 'HEPATITIS_B', 'HEPATITIS_C', 'MYCOPLASMA'];
const SITES = ['URINE', 'VAGINAL', 'CERVICAL', 'URETHRAL', 'RECTAL', 'THROAT', 'BLOOD'];
const METHODS = ['CONDOMS', 'COMBINED_PILL', 'PROGESTOGEN_PILL', 'INJECTION', 'IMPLANT', 'HORMONAL_IUD', 'COPPER_IUD', 'VAGINAL_RING', 'PATCH', 'EMERGENCY_PILL', 'OTHER'];
const TOPICS = ['SAFER_SEX', 'STI_PREVENTION', 'HIV_PREVENTION', 'CONTRACEPTION', 'PREGNANCY', 'SEXUAL_HEALTH', 'MENTAL_HEALTH', 'SUBSTANCE_USE', 'VIOLENCE', 'VACCINATION', 'OTHER'];
const STAGES = ['ASSESSMENT', 'START', 'FOLLOW_UP', 'STOP'];
const REASONS = ['CONDOMLESS_SEX', 'RECENT_BACTERIAL_STI', 'REPEATED_PEP', 'PARTNER_WITH_HIV', 'NO_SUBSTANTIAL_RISK', 'HIV_POSITIVE', 'MEDICAL_CONTRAINDICATION', 'CLIENT_DECLINED', 'OTHER'];
const VACCINES = ['MPOX', 'HEPATITIS_A', 'HEPATITIS_B', 'HPV'];
const REFERRALS = ['HOSPITAL_STI_CLINIC', 'SPECIALIST', 'GP', 'OTHER'];
const RESULTS = ['NEGATIVE', 'POSITIVE', 'INCONCLUSIVE'];
const RULES = ['SEEN_LAST_12_MONTHS', 'HEALTH_CONSULTATION_LAST_12_MONTHS', 'ON_PREP'];
const CHANNELS = ['AT_CENTRE', 'OUTREACH', 'MESSAGE', 'OTHER'];
const OUTCOMES = ['VACCINATED', 'DECLINED', 'NOT_REACHED', 'VACCINATED_ELSEWHERE'];

addTexts({
  nb: {
    'nav.health': 'Helse',
    'h.today': 'Dagens konsultasjoner', 'h.services': 'Tjenester', 'h.actions': 'Handling', 'h.consultationOf': 'konsultasjonen med {0} kl. {1}',
    'h.lineOf': '{0} for {1}', 'h.voidLine': 'Annuller én tjeneste',
    'h.title': 'Helse', 'h.new': 'Ny konsultasjon', 'h.client': 'Klientkode', 'h.professional': 'Yrke', 'h.note': 'Kort notat (ingen personopplysninger)',
    'h.lines': 'Tjenester', 'h.addLine': 'Legg til tjeneste', 'h.lineCategory': 'Tjeneste å legge til', 'h.line': 'Tjeneste {0}: {1}', 'h.removeLine': 'Fjern tjeneste {0}',
    'h.infection': 'Infeksjon', 'h.sites': 'Prøvested', 'h.method': 'Prevensjonsmetode', 'h.topics': 'Temaer', 'h.stage': 'PrEP-trinn',
    'h.eligible': 'Aktuell for PrEP', 'h.reason': 'Begrunnelse', 'h.regimen': 'Regime', 'h.prescribedOn': 'Forskrevet dato', 'h.vaccine': 'Vaksine', 'h.dose': 'Dose nr.',
    'h.referralTo': 'Henvist til', 'h.yes': 'Ja', 'h.no': 'Nei', 'h.record': 'Registrer konsultasjon', 'h.recorded': 'Konsultasjon registrert for {0} ({1} tjenester).',
    'h.noLines': 'Legg til minst én tjeneste.',
    'h.pending': 'Prøvesvar som venter', 'h.untold': 'Positive svar som ikke er fortalt', 'h.prep': 'PrEP-oppfølging som forfaller', 'h.doses': 'Dose 2 som forfaller',
    'h.taken': 'Prøve tatt', 'h.days': 'Dager', 'h.result': 'Svar', 'h.told': 'Fortalt nå', 'h.setResult': 'Lagre svar', 'h.resultSet': 'Svar lagret.',
    'h.resultFor': 'Svar for {0}, {1}', 'h.toldFor': 'Fortalt nå for {0}, {1}', 'h.markTold': 'Marker som fortalt', 'h.toldDone': 'Markert som fortalt.', 'h.resultAt': 'Svar satt',
    'h.started': 'Startet', 'h.lastFollowUp': 'Siste oppfølging', 'h.due': 'Forfaller', 'h.status': 'Status', 'h.firstDose': 'Dose 1',
    'h.campaigns': 'Vaksinasjonskampanjer', 'h.newCampaign': 'Ny kampanje', 'h.rule': 'Hvem som er aktuelle', 'h.titleField': 'Navn på kampanjen',
    'h.define': 'Opprett kampanje', 'h.defined': 'Kampanje opprettet.', 'h.campaign': 'Kampanje', 'h.show': 'Vis liste', 'h.progress': 'Framdrift',
    'h.listed': 'På listen', 'h.contacted': 'Kontaktet', 'h.notContacted': 'Ikke kontaktet', 'h.attempts': 'Kontaktforsøk', 'h.doses2': 'Doser gitt her',
    'h.lastContact': 'Siste kontakt', 'h.channel': 'Hvor', 'h.outcome': 'Utfall', 'h.log': 'Logg kontakt', 'h.logFor': 'Kontakt med {0}', 'h.logged': 'Kontakt logget.',
    'h.withinDays': 'Innen dager', 'h.refresh': 'Oppdater',
    category: { STI_TEST: 'Test for seksuelt overførbar infeksjon', TREATMENT: 'Behandling', CONTRACEPTION: 'Prevensjon', COUNSELLING: 'Rådgivning', PREP: 'PrEP', PEP: 'PEP', VACCINATION: 'Vaksinasjon', REFERRAL: 'Henvisning' },
    infection: { CHLAMYDIA: 'Klamydia', GONORRHOEA: 'Gonoré', SYPHILIS: 'Syfilis', HIV: 'HIV', HEPATITIS_B: 'Hepatitt B', HEPATITIS_C: 'Hepatitt C', MYCOPLASMA: 'Mycoplasma' },
    site: { URINE: 'Urin', VAGINAL: 'Vaginal', CERVICAL: 'Livmorhals', URETHRAL: 'Urinrør', RECTAL: 'Endetarm', THROAT: 'Svelg', BLOOD: 'Blod' },
    method: { CONDOMS: 'Kondomer', COMBINED_PILL: 'P-piller (kombinasjon)', PROGESTOGEN_PILL: 'Minipille', INJECTION: 'P-sprøyte', IMPLANT: 'P-stav', HORMONAL_IUD: 'Hormonspiral', COPPER_IUD: 'Kobberspiral', VAGINAL_RING: 'P-ring', PATCH: 'P-plaster', EMERGENCY_PILL: 'Angrepille', OTHER: 'Annet' },
    topic: { SAFER_SEX: 'Tryggere sex', STI_PREVENTION: 'Forebygging av infeksjoner', HIV_PREVENTION: 'Forebygging av HIV', CONTRACEPTION: 'Prevensjon', PREGNANCY: 'Graviditet', SEXUAL_HEALTH: 'Seksuell helse', MENTAL_HEALTH: 'Psykisk helse', SUBSTANCE_USE: 'Rus', VIOLENCE: 'Vold', VACCINATION: 'Vaksinasjon', OTHER: 'Annet' },
    stage: { ASSESSMENT: 'Vurdering', START: 'Oppstart', FOLLOW_UP: 'Oppfølging', STOP: 'Avslutning' },
    prepReason: { CONDOMLESS_SEX: 'Sex uten kondom', RECENT_BACTERIAL_STI: 'Nylig bakteriell infeksjon', REPEATED_PEP: 'Gjentatt PEP', PARTNER_WITH_HIV: 'Partner med HIV', NO_SUBSTANTIAL_RISK: 'Ingen vesentlig risiko', HIV_POSITIVE: 'HIV-positiv', MEDICAL_CONTRAINDICATION: 'Medisinsk kontraindikasjon', CLIENT_DECLINED: 'Klienten takket nei', OTHER: 'Annet' },
    regimen: { DAILY: 'Daglig', ON_DEMAND: 'Ved behov' },
    vaccine: { MPOX: 'Mpox', HEPATITIS_A: 'Hepatitt A', HEPATITIS_B: 'Hepatitt B', HPV: 'HPV' },
    referral: { HOSPITAL_STI_CLINIC: 'Sykehusets poliklinikk', SPECIALIST: 'Spesialist', GP: 'Fastlege', OTHER: 'Annet' },
    result: { PENDING: 'Venter', NEGATIVE: 'Negativ', POSITIVE: 'Positiv', INCONCLUSIVE: 'Usikkert' },
    professional: { DOCTOR: 'Lege', NURSE: 'Sykepleier' },
    rule: { SEEN_LAST_12_MONTHS: 'Sett siste 12 måneder', HEALTH_CONSULTATION_LAST_12_MONTHS: 'Helsekonsultasjon siste 12 måneder', ON_PREP: 'På PrEP' },
    contactChannel: { AT_CENTRE: 'På senteret', OUTREACH: 'Oppsøkende', MESSAGE: 'Melding', OTHER: 'Annet' },
    contactOutcome: { VACCINATED: 'Vaksinert', DECLINED: 'Takket nei', NOT_REACHED: 'Ikke nådd', VACCINATED_ELSEWHERE: 'Vaksinert annet sted' },
    due: { DUE: 'Forfaller', OVERDUE: 'Forfalt' },
  },
  en: {
    'nav.health': 'Health',
    'h.today': "Today's consultations", 'h.services': 'Services', 'h.actions': 'Action', 'h.consultationOf': 'the consultation with {0} at {1}',
    'h.lineOf': '{0} for {1}', 'h.voidLine': 'Void one service',
    'h.title': 'Health', 'h.new': 'New consultation', 'h.client': 'Client code', 'h.professional': 'Profession', 'h.note': 'Short note (no personal data)',
    'h.lines': 'Services', 'h.addLine': 'Add service', 'h.lineCategory': 'Service to add', 'h.line': 'Service {0}: {1}', 'h.removeLine': 'Remove service {0}',
    'h.infection': 'Infection', 'h.sites': 'Sample site', 'h.method': 'Contraception method', 'h.topics': 'Topics', 'h.stage': 'PrEP stage',
    'h.eligible': 'Eligible for PrEP', 'h.reason': 'Reason', 'h.regimen': 'Regimen', 'h.prescribedOn': 'Prescribed on', 'h.vaccine': 'Vaccine', 'h.dose': 'Dose no.',
    'h.referralTo': 'Referred to', 'h.yes': 'Yes', 'h.no': 'No', 'h.record': 'Record consultation', 'h.recorded': 'Consultation recorded for {0} ({1} services).',
    'h.noLines': 'Add at least one service.',
    'h.pending': 'Results pending', 'h.untold': 'Positive results not yet told', 'h.prep': 'PrEP follow-ups due', 'h.doses': 'Second doses due',
    'h.taken': 'Sample taken', 'h.days': 'Days', 'h.result': 'Result', 'h.told': 'Told now', 'h.setResult': 'Save result', 'h.resultSet': 'Result saved.',
    'h.resultFor': 'Result for {0}, {1}', 'h.toldFor': 'Told now for {0}, {1}', 'h.markTold': 'Mark as told', 'h.toldDone': 'Marked as told.', 'h.resultAt': 'Result set',
    'h.started': 'Started', 'h.lastFollowUp': 'Last follow-up', 'h.due': 'Due', 'h.status': 'Status', 'h.firstDose': 'First dose',
    'h.campaigns': 'Vaccination campaigns', 'h.newCampaign': 'New campaign', 'h.rule': 'Who is eligible', 'h.titleField': 'Campaign name',
    'h.define': 'Define campaign', 'h.defined': 'Campaign defined.', 'h.campaign': 'Campaign', 'h.show': 'Show list', 'h.progress': 'Progress',
    'h.listed': 'Listed', 'h.contacted': 'Contacted', 'h.notContacted': 'Not contacted', 'h.attempts': 'Contact attempts', 'h.doses2': 'Doses given here',
    'h.lastContact': 'Last contact', 'h.channel': 'Where', 'h.outcome': 'Outcome', 'h.log': 'Log contact', 'h.logFor': 'Contact with {0}', 'h.logged': 'Contact logged.',
    'h.withinDays': 'Within days', 'h.refresh': 'Refresh',
    category: { STI_TEST: 'STI test', TREATMENT: 'Treatment', CONTRACEPTION: 'Contraception', COUNSELLING: 'Counselling', PREP: 'PrEP', PEP: 'PEP', VACCINATION: 'Vaccination', REFERRAL: 'Referral' },
    infection: { CHLAMYDIA: 'Chlamydia', GONORRHOEA: 'Gonorrhoea', SYPHILIS: 'Syphilis', HIV: 'HIV', HEPATITIS_B: 'Hepatitis B', HEPATITIS_C: 'Hepatitis C', MYCOPLASMA: 'Mycoplasma' },
    site: { URINE: 'Urine', VAGINAL: 'Vaginal', CERVICAL: 'Cervical', URETHRAL: 'Urethral', RECTAL: 'Rectal', THROAT: 'Throat', BLOOD: 'Blood' },
    method: { CONDOMS: 'Condoms', COMBINED_PILL: 'Combined pill', PROGESTOGEN_PILL: 'Progestogen pill', INJECTION: 'Injection', IMPLANT: 'Implant', HORMONAL_IUD: 'Hormonal IUD', COPPER_IUD: 'Copper IUD', VAGINAL_RING: 'Vaginal ring', PATCH: 'Patch', EMERGENCY_PILL: 'Emergency pill', OTHER: 'Other' },
    topic: { SAFER_SEX: 'Safer sex', STI_PREVENTION: 'STI prevention', HIV_PREVENTION: 'HIV prevention', CONTRACEPTION: 'Contraception', PREGNANCY: 'Pregnancy', SEXUAL_HEALTH: 'Sexual health', MENTAL_HEALTH: 'Mental health', SUBSTANCE_USE: 'Substance use', VIOLENCE: 'Violence', VACCINATION: 'Vaccination', OTHER: 'Other' },
    stage: { ASSESSMENT: 'Assessment', START: 'Start', FOLLOW_UP: 'Follow-up', STOP: 'Stop' },
    prepReason: { CONDOMLESS_SEX: 'Condomless sex', RECENT_BACTERIAL_STI: 'Recent bacterial STI', REPEATED_PEP: 'Repeated PEP', PARTNER_WITH_HIV: 'Partner with HIV', NO_SUBSTANTIAL_RISK: 'No substantial risk', HIV_POSITIVE: 'HIV positive', MEDICAL_CONTRAINDICATION: 'Medical contraindication', CLIENT_DECLINED: 'Client declined', OTHER: 'Other' },
    regimen: { DAILY: 'Daily', ON_DEMAND: 'On demand' },
    vaccine: { MPOX: 'Mpox', HEPATITIS_A: 'Hepatitis A', HEPATITIS_B: 'Hepatitis B', HPV: 'HPV' },
    referral: { HOSPITAL_STI_CLINIC: 'Hospital STI clinic', SPECIALIST: 'Specialist', GP: 'GP', OTHER: 'Other' },
    result: { PENDING: 'Pending', NEGATIVE: 'Negative', POSITIVE: 'Positive', INCONCLUSIVE: 'Inconclusive' },
    professional: { DOCTOR: 'Doctor', NURSE: 'Nurse' },
    rule: { SEEN_LAST_12_MONTHS: 'Seen in the last 12 months', HEALTH_CONSULTATION_LAST_12_MONTHS: 'Health consultation in the last 12 months', ON_PREP: 'On PrEP' },
    contactChannel: { AT_CENTRE: 'At the centre', OUTREACH: 'Outreach', MESSAGE: 'Message', OTHER: 'Other' },
    contactOutcome: { VACCINATED: 'Vaccinated', DECLINED: 'Declined', NOT_REACHED: 'Not reached', VACCINATED_ELSEWHERE: 'Vaccinated elsewhere' },
    due: { DUE: 'Due', OVERDUE: 'Overdue' },
  },
});

/**
 * The clinician's screen over health-service: a consultation with its service lines, the work lists
 * (results pending, positives not yet told, PrEP follow-ups and second doses due) and the vaccination
 * campaigns with contact logging and progress, and the privacy officer's access requests awaiting release.
 */
export function health(main) {
  const lists = el('div', { id: 'work-lists' });
  const today = el('div', { id: 'today-consultations' });
  // a void changes the work lists too: everything is read again
  const reload = () => Promise.all([loadWorkLists(lists), loadToday(today, reload)]);
  main.append(el('h1', { text: t('h.title') }), consultationForm(reload), section('today-section', t('h.today'), today), lists, campaigns(),
    exportRequests('/api/health'));
  reload();
}

/** Today's consultations (an audited read, like every health read), each voidable, and each of its services. */
async function loadToday(target, reload) {
  const page = await api('GET', `/api/health/consultations?from=${osloDay()}&to=${osloDay()}&size=200`);
  const at = (c) => when(c.occurredAt).split(' ').pop();
  target.replaceChildren(table('consultations', t('h.today'), [t('h.taken'), t('h.client'), t('h.services'), t('h.actions')],
    page.items.map((c) => ({ attrs: { 'data-consultation': c.id }, cells: [when(c.occurredAt), el('span', { class: 'code', text: c.clientCode }),
      el('ul', { class: 'lines' }, c.services.filter((l) => !l.voided).map((l) => el('li', { 'data-line': l.id }, label('category', l.category), ' ',
        c.services.filter((x) => !x.voided).length > 1
          ? voidControl(`/api/health/consultations/${c.id}/services/${l.id}/void`, t('h.lineOf', label('category', l.category), c.clientCode), reload)
          : null))),
      voidControl(`/api/health/consultations/${c.id}/void`, t('h.consultationOf', c.clientCode, at(c)), reload)] }))));
}

let lineCounter = 0;

/** One service line's fields for its category; returns the fieldset and a function reading its body. */
function serviceLine(category, number) {
  const n = ++lineCounter;
  const id = (name) => `line${n}-${name}`;
  const parts = [];
  const read = {};
  const add = (node) => parts.push(node);
  if (category === 'STI_TEST' || category === 'TREATMENT') {
    add(field(id('infection'), t('h.infection'), select(id('infection'), INFECTIONS, 'infection')));
    read.infection = (f) => f.querySelector(`#${id('infection')}`).value;
  }
  if (category === 'STI_TEST') {
    add(checks(id('sites'), t('h.sites'), SITES, 'site'));
    read.sampleSites = (f) => checked(f, id('sites'));
  }
  if (category === 'CONTRACEPTION') {
    add(field(id('method'), t('h.method'), select(id('method'), METHODS, 'method')));
    read.contraceptionMethod = (f) => f.querySelector(`#${id('method')}`).value;
  }
  if (category === 'COUNSELLING') {
    add(checks(id('topics'), t('h.topics'), TOPICS, 'topic'));
    read.topics = (f) => checked(f, id('topics'));
  }
  if (category === 'PREP') {
    add(field(id('stage'), t('h.stage'), select(id('stage'), STAGES, 'stage')));
    add(field(id('eligible'), t('h.eligible'), el('select', { id: id('eligible'), name: id('eligible') },
      el('option', { value: '', text: '–' }), el('option', { value: 'true', text: t('h.yes') }), el('option', { value: 'false', text: t('h.no') }))));
    add(field(id('reason'), t('h.reason'), select(id('reason'), REASONS, 'prepReason', '–')));
    add(field(id('regimen'), t('h.regimen'), select(id('regimen'), ['DAILY', 'ON_DEMAND'], 'regimen', '–')));
    add(field(id('prescribed'), t('h.prescribedOn'), input(id('prescribed'), { type: 'date' })));
    read.prepStage = (f) => f.querySelector(`#${id('stage')}`).value;
    read.prepEligible = (f) => ({ '': undefined, true: true, false: false }[f.querySelector(`#${id('eligible')}`).value]);
    read.prepReason = (f) => f.querySelector(`#${id('reason')}`).value || undefined;
    read.regimen = (f) => f.querySelector(`#${id('regimen')}`).value || undefined;
    read.prescribedOn = (f) => f.querySelector(`#${id('prescribed')}`).value || undefined;
  }
  if (category === 'VACCINATION') {
    add(field(id('vaccine'), t('h.vaccine'), select(id('vaccine'), VACCINES, 'vaccine')));
    add(field(id('dose'), t('h.dose'), input(id('dose'), { type: 'number', min: 1, max: 5, value: 1, class: 'short' })));
    read.vaccine = (f) => f.querySelector(`#${id('vaccine')}`).value;
    read.dose = (f) => Number(f.querySelector(`#${id('dose')}`).value);
  }
  if (category === 'REFERRAL') {
    add(field(id('referral'), t('h.referralTo'), select(id('referral'), REFERRALS, 'referral')));
    read.referralTo = (f) => f.querySelector(`#${id('referral')}`).value;
  }
  const box = el('fieldset', { class: 'line', 'data-category': category, id: `line${n}` },
    el('legend', { text: t('h.line', number, label('category', category)) }), ...parts);
  const body = () => {
    const b = { category };
    for (const [key, fn] of Object.entries(read)) {
      const v = fn(box);
      if (v !== undefined) b[key] = v;
    }
    return b;
  };
  return { box, body };
}

function consultationForm(onRecorded) {
  const error = errorBox('consultation-error');
  const lines = [];
  const linesBox = el('div', { id: 'lines' });
  const category = select('line-category', CATEGORIES, 'category');
  const renumber = () => linesBox.replaceChildren(...lines.map((line, i) => {
    line.box.querySelector('legend').textContent = t('h.line', i + 1, label('category', line.category));
    const remove = line.box.querySelector('.remove-line');
    remove.textContent = t('h.removeLine', i + 1);
    return line.box;
  }));
  const addLine = () => {
    const line = { category: category.value, ...serviceLine(category.value, lines.length + 1) };
    line.box.append(el('button', { type: 'button', class: 'small remove-line', onclick: () => { lines.splice(lines.indexOf(line), 1); renumber(); } }));
    lines.push(line);
    renumber();
    const first = line.box.querySelector('input, select');
    if (first) first.focus();
  };
  const form = el('form', { id: 'consultation-form', novalidate: true },
    el('div', { class: 'columns' },
      field('h-client', t('h.client'), input('h-client', { maxlength: 12, required: true })),
      field('h-professional', t('h.professional'), select('h-professional', ['NURSE', 'DOCTOR'], 'professional')),
      field('h-note', t('h.note'), input('h-note', { maxlength: 200 }))),
    el('fieldset', { class: 'lines' }, el('legend', { text: t('h.lines') }),
      linesBox,
      el('div', { class: 'inline' }, field('line-category', t('h.lineCategory'), category),
        el('button', { type: 'button', id: 'add-line', onclick: addLine, text: t('h.addLine') }))),
    el('button', { type: 'submit', class: 'primary', text: t('h.record') }), error);
  onSubmit(form, error, () => {
    const body = { clientCode: valueOf(form, 'h-client').toUpperCase(), professionalType: valueOf(form, 'h-professional'), services: lines.map((l) => l.body()) };
    if (valueOf(form, 'h-note')) body.note = valueOf(form, 'h-note');
    return api('POST', '/api/health/consultations', body);
  }, (c) => t('h.recorded', c.clientCode, c.services.length), (recorded) => {
    form.dataset.recorded = recorded.id;
    lines.splice(0);
    renumber();
    form.reset();
    return onRecorded();
  });
  return section('consultation', t('h.new'), form);
}

async function loadWorkLists(target) {
  const within = 30;
  const [pending, untold, prep, doses] = await Promise.all([
    // every pending result, newest sample included: the service's default lists only those waiting 14 days
    api('GET', '/api/health/work-lists/pending-results?olderThanDays=0'),
    api('GET', '/api/health/work-lists/untold-positives'),
    api('GET', `/api/health/work-lists/prep-follow-ups?withinDays=${within}`),
    api('GET', `/api/health/work-lists/second-doses?withinDays=${within}`),
  ]);
  const refresh = () => loadWorkLists(target);
  target.replaceChildren(
    section('pending', t('h.pending'), table('pending-results', t('h.pending'),
      [t('h.client'), t('h.infection'), t('h.taken'), t('h.days'), t('h.result')],
      pending.items.map((p) => ({ attrs: { 'data-test': p.testId }, cells: [
        el('span', { class: 'code', text: p.clientCode }), label('infection', p.infection), when(p.occurredAt), String(p.daysPending),
        resultForm(p, refresh)] })))),
    section('untold', t('h.untold'), table('untold-positives', t('h.untold'),
      [t('h.client'), t('h.infection'), t('h.taken'), t('h.resultAt'), t('h.told')],
      untold.items.map((p) => ({ attrs: { 'data-test': p.testId }, cells: [
        el('span', { class: 'code', text: p.clientCode }), label('infection', p.infection), when(p.occurredAt), when(p.resultSetAt),
        toldButton(p, refresh)] })))),
    el('div', { class: 'columns tables' },
      section('prep', t('h.prep'), table('prep-follow-ups', t('h.prep'),
        [t('h.client'), t('h.started'), t('h.lastFollowUp'), t('h.due'), t('h.status')],
        prep.items.map((p) => ({ cells: [el('span', { class: 'code', text: p.clientCode }), p.startedOn, p.lastFollowUpOn || '–', p.dueOn, label('due', p.status)] })))),
      section('doses', t('h.doses'), table('second-doses', t('h.doses'),
        [t('h.client'), t('h.vaccine'), t('h.firstDose'), t('h.due'), t('h.status')],
        doses.items.map((d) => ({ cells: [el('span', { class: 'code', text: d.clientCode }), label('vaccine', d.vaccine), d.firstDoseOn, d.dueOn, label('due', d.status)] }))))));
}

function resultForm(pending, refresh) {
  const id = `result-${pending.testId}`;
  const error = errorBox(null);
  const result = el('select', { id, name: 'result', 'aria-label': t('h.resultFor', pending.clientCode, label('infection', pending.infection)) },
    RESULTS.map((r) => el('option', { value: r, text: label('result', r) })));
  const told = el('input', { type: 'checkbox', id: `told-${pending.testId}`, name: 'told' });
  const form = el('form', { class: 'inline result-form' }, result,
    el('label', { class: 'check', for: `told-${pending.testId}` }, told, ' ', t('h.told')),
    el('button', { type: 'submit', class: 'small primary', text: t('h.setResult') }), error);
  return onSubmit(form, error, () => {
    const body = { result: result.value };
    if (told.checked) body.toldAt = new Date().toISOString();
    return api('PUT', `/api/health/test-results/${pending.testId}`, body);
  }, t('h.resultSet'), refresh);
}

function toldButton(positive, refresh) {
  const error = errorBox(null);
  const button = el('button', { type: 'button', class: 'small mark-told', text: t('h.markTold'),
    'aria-label': t('h.toldFor', positive.clientCode, label('infection', positive.infection)) });
  button.addEventListener('click', async () => {
    const body = { result: 'POSITIVE', toldAt: new Date().toISOString() };
    if (await submit(error, () => api('PUT', `/api/health/test-results/${positive.testId}`, body), t('h.toldDone'))) refresh();
  });
  return el('div', {}, button, error);
}

function campaigns() {
  const list = el('div', { id: 'campaign-list' });
  const detail = el('div', { id: 'campaign-detail' });
  const error = errorBox('campaign-error');
  const form = el('form', { id: 'campaign-form', class: 'inline' },
    field('c-vaccine', t('h.vaccine'), select('c-vaccine', VACCINES, 'vaccine')),
    field('c-rule', t('h.rule'), select('c-rule', RULES, 'rule')),
    field('c-title', t('h.titleField'), input('c-title', { maxlength: 100 })),
    el('button', { type: 'submit', class: 'primary', text: t('h.define') }), error);
  async function load() {
    const all = await api('GET', '/api/health/campaigns');
    list.replaceChildren(table('campaigns', t('h.campaigns'), [t('h.campaign'), t('h.vaccine'), t('h.rule'), t('h.show')],
      all.items.map((c) => ({ attrs: { 'data-campaign': c.id }, cells: [c.title || '–', label('vaccine', c.vaccine), label('rule', c.rule),
        el('button', { type: 'button', class: 'small show-campaign', text: t('h.show'),
          'aria-label': `${t('h.show')}: ${c.title || label('vaccine', c.vaccine)}`, onclick: () => showCampaign(c, detail) })] }))));
  }
  onSubmit(form, error, () => {
    const body = { vaccine: valueOf(form, 'c-vaccine'), rule: valueOf(form, 'c-rule') };
    if (valueOf(form, 'c-title')) body.title = valueOf(form, 'c-title');
    return api('POST', '/api/health/campaigns', body);
  }, t('h.defined'), () => {
    form.reset();
    return load();
  });
  load();
  return section('campaigns-section', t('h.campaigns'), list, el('h3', { text: t('h.newCampaign') }), form, detail);
}

async function showCampaign(campaign, target) {
  const [progress, eligible] = await Promise.all([
    api('GET', `/api/health/campaigns/${campaign.id}/progress`),
    api('GET', `/api/health/campaigns/${campaign.id}/eligible`),
  ]);
  const reload = () => showCampaign(campaign, target);
  const fig = (name, value) => el('span', { class: 'figure', 'data-figure': `campaign.${name}`, 'data-value': String(value), text: String(value) });
  target.replaceChildren(
    el('h3', { id: 'campaign-h', text: `${t('h.progress')}: ${campaign.title || label('vaccine', campaign.vaccine)}` }),
    el('dl', { class: 'pairs', id: 'campaign-progress' },
      el('dt', { text: t('h.listed') }), el('dd', {}, fig('listed', progress.listed)),
      el('dt', { text: t('h.contacted') }), el('dd', {}, fig('contacted', progress.contacted)),
      el('dt', { text: t('h.notContacted') }), el('dd', {}, fig('notContacted', progress.notContacted)),
      el('dt', { text: t('h.attempts') }), el('dd', {}, fig('contactAttempts', progress.contactAttempts)),
      ...Object.entries(progress.byOutcome || {}).flatMap(([k, v]) => [el('dt', { text: label('contactOutcome', k) }), el('dd', {}, fig(`byOutcome.${k}`, v))])),
    table('eligible', t('h.campaign'), [t('h.client'), t('h.doses2'), t('h.lastContact'), t('h.log')],
      eligible.items.map((c) => ({ attrs: { 'data-code': c.clientCode }, cells: [el('span', { class: 'code', text: c.clientCode }), String(c.doses),
        c.lastContact ? `${label('contactOutcome', c.lastContact.outcome)} (${when(c.lastContact.occurredAt)})` : '–',
        contactForm(campaign, c.clientCode, reload)] }))));
}

function contactForm(campaign, code, reload) {
  const error = errorBox(null);
  const channel = el('select', { name: 'channel', 'aria-label': `${t('h.channel')} (${t('h.logFor', code)})` },
    CHANNELS.map((c) => el('option', { value: c, text: label('contactChannel', c) })));
  const outcome = el('select', { name: 'outcome', 'aria-label': `${t('h.outcome')} (${t('h.logFor', code)})` },
    OUTCOMES.map((c) => el('option', { value: c, text: label('contactOutcome', c) })));
  const form = el('form', { class: 'inline contact-form' }, channel, outcome,
    el('button', { type: 'submit', class: 'small', text: t('h.log') }), error);
  return onSubmit(form, error, () => api('POST', `/api/health/campaigns/${campaign.id}/contacts`,
    { clientCode: code, channel: channel.value, outcome: outcome.value }), t('h.logged'), reload);
}


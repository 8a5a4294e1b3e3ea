// Staff screens in Norwegian (bokmål) and English, chosen per user (kept in this browser).
const TEXTS = {
  nb: {
    skip: 'Hopp til innholdet', language: 'Språk', logout: 'Logg ut', signedInAs: 'Innlogget som {0}',
    'nav.label': 'Skjermbilder', 'nav.frontDesk': 'Resepsjon', 'nav.dashboard': 'Statistikk', 'nav.public': 'Kommunens tall', 'nav.kiosk': 'Tilbakemelding',
    noScreens: 'Rollene dine gir ingen skjermbilder her.', emptyList: '{0}: ingen.',
    void: 'Annuller', voidReason: 'Begrunnelse (ingen personopplysninger)', confirmVoid: 'Bekreft annullering', voidDone: 'Annullert.',
    'fd.title': 'Resepsjon', 'fd.find': 'Finn klient', 'fd.prefix': 'Klientkode (begynnelsen)', 'fd.search': 'Søk',
    'fd.none': 'Ingen klient med denne koden.', 'fd.activities': 'Aktiviteter i Stua',
    'fd.visit': 'Registrer Stua-besøk for {0}', 'fd.anonymous': 'Registrer anonymt besøk',
    'fd.visitDone': 'Besøk registrert for {0}.', 'fd.anonymousDone': 'Anonymt besøk registrert.',
    'fd.register': 'Ny klient', 'fd.code': 'Valgt kode (tom = ny kode utstedes)', 'fd.gender': 'Kjønn',
    'fd.nationality': 'Nasjonalitet (ISO-kode, f.eks. ES; tom = ukjent)', 'fd.ageGroup': 'Aldersgruppe', 'fd.region': 'Opprinnelsesregion',
    'fd.preferredLanguage': 'Foretrukket språk (f.eks. es)', 'fd.registerButton': 'Registrer klient',
    'fd.registered': 'Klient registrert med kode {0}.', 'fd.today': 'Dagens besøk', 'fd.refresh': 'Oppdater',
    'fd.time': 'Tid', 'fd.client': 'Klient', 'fd.state': 'Status', 'fd.actions': 'Handling', 'fd.anon': 'anonym',
    'fd.voided': 'annullert: {0}', 'fd.active': 'registrert', 'fd.voidDone': 'Besøket er annullert.', 'fd.noVisits': 'Ingen besøk i dag ennå.',
    'fd.visitAt': 'besøket kl. {0}', 'fd.alerts': 'Aktive sikkerhetsvarsler', 'fd.noAlerts': 'Ingen aktive varsler.',
    'fd.alertWhat': 'Hva', 'fd.alertWhere': 'Hvor', 'fd.alertWhen': 'Når', 'fd.alertHow': 'Kjennetegn', 'fd.alertUntil': 'Gjelder til',
    'fd.askHealth': 'Be klienten snakke med helseteamet',
    'fd.notStated': 'ikke oppgitt', 'fd.minor': 'under 18',
    'db.title': 'Årsstatistikk', 'db.publicTitle': 'Kommunens tall (skjermet)', 'db.year': 'År', 'db.show': 'Vis',
    'db.csv': 'Last ned CSV', 'db.key': 'Hovedtall', 'db.uniqueUsers': 'Unike brukere', 'db.newUsers': 'Nye brukere',
    'db.servicesGiven': 'Tjenester gitt', 'db.average': 'Unike brukere per måned (snitt)', 'db.peak': 'Flest i en måned', 'db.lowest': 'Færrest i en måned',
    'db.months': 'Månedene', 'db.month': 'Måned', 'db.monthUsers': 'Unike brukere', 'db.monthServices': 'Tjenester',
    'db.areas': 'Tjenester per område', 'db.area': 'Område', 'db.persons': 'Unike personer', 'db.services': 'Tjenester',
    'db.areaMonthPersons': 'Unike personer per område og måned', 'db.areaMonthServices': 'Tjenester per område og måned',
    'db.gender': 'Kjønn', 'db.nationality': 'Nasjonalitet', 'db.ageGroup': 'Aldersgruppe', 'db.category': 'Kategori', 'db.users': 'Brukere',
    'db.feedback': 'Tilbakemeldinger', 'db.responses': 'Svar', 'db.top': 'Beste karakter', 'db.second': 'Nest beste', 'db.twoLowest': 'De to laveste',
    'db.withFollowUp': 'Svarte på oppfølgingsspørsmål', 'db.followUpShare': 'Andel med oppfølging', 'db.score': 'Karakter {0}',
    'db.suppressed': 'skjult', 'db.suppressedNote': '«skjult» = tallet er skjermet (for lite til å publiseres, eller det ville avslørt et skjult tall).',
    'db.chart': 'Unike brukere og tjenester per måned', 'db.loading': 'Henter tall …',
    area: { STUA: 'Stua', SOCIAL: 'Sosialfaglig bistand', HEALTH: 'Helse', LEGAL: 'Advokatbistand', OUTREACH: 'Oppsøkende arbeid' },
    gender: { WOMAN: 'Kvinne', MAN: 'Mann', TRANS_WOMAN: 'Transkvinne', TRANS_MAN: 'Transmann', NON_BINARY: 'Ikke-binær', NOT_STATED: 'Ikke oppgitt', UNKNOWN: 'Ukjent' },
    activity: { CONVERSATION: 'Samtale', LAUNDRY: 'Klesvask', MEAL: 'Måltid', REST: 'Hvile', SHOWER: 'Dusj', SOCIAL_EVENT: 'Sosialt arrangement', OTHER: 'Annet' },
    region: { NORWAY: 'Norge', NORDIC: 'Norden', WESTERN_EUROPE: 'Vest-Europa', EASTERN_EUROPE: 'Øst-Europa', AFRICA: 'Afrika', MIDDLE_EAST: 'Midtøsten', ASIA: 'Asia', LATIN_AMERICA: 'Latin-Amerika', NORTH_AMERICA: 'Nord-Amerika', OCEANIA: 'Oseania' },
  },
  en: {
    skip: 'Skip to content', language: 'Language', logout: 'Sign out', signedInAs: 'Signed in as {0}',
    'nav.label': 'Screens', 'nav.frontDesk': 'Front desk', 'nav.dashboard': 'Statistics', 'nav.public': "Municipality's figures", 'nav.kiosk': 'Feedback',
    noScreens: 'Your roles give you no screens here.', emptyList: '{0}: none.',
    void: 'Void', voidReason: 'Reason (no personal data)', confirmVoid: 'Confirm void', voidDone: 'Void.',
    'fd.title': 'Front desk', 'fd.find': 'Find a client', 'fd.prefix': 'Client code (its beginning)', 'fd.search': 'Search',
    'fd.none': 'No client with this code.', 'fd.activities': 'Activities in Stua',
    'fd.visit': 'Record a Stua visit for {0}', 'fd.anonymous': 'Record an anonymous visit',
    'fd.visitDone': 'Visit recorded for {0}.', 'fd.anonymousDone': 'Anonymous visit recorded.',
    'fd.register': 'New client', 'fd.code': 'Chosen code (empty = issue a new code)', 'fd.gender': 'Gender',
    'fd.nationality': 'Nationality (ISO code, e.g. ES; empty = unknown)', 'fd.ageGroup': 'Age group', 'fd.region': 'Region of origin',
    'fd.preferredLanguage': 'Preferred language (e.g. es)', 'fd.registerButton': 'Register client',
    'fd.registered': 'Client registered with code {0}.', 'fd.today': "Today's visits", 'fd.refresh': 'Refresh',
    'fd.time': 'Time', 'fd.client': 'Client', 'fd.state': 'State', 'fd.actions': 'Action', 'fd.anon': 'anonymous',
    'fd.voided': 'void: {0}', 'fd.active': 'recorded', 'fd.voidDone': 'The visit is void.', 'fd.noVisits': 'No visits yet today.',
    'fd.visitAt': 'the visit at {0}', 'fd.alerts': 'Active safety alerts', 'fd.noAlerts': 'No active alerts.',
    'fd.alertWhat': 'What', 'fd.alertWhere': 'Where', 'fd.alertWhen': 'When', 'fd.alertHow': 'How to recognise', 'fd.alertUntil': 'Valid until',
    'fd.askHealth': 'Please ask to see the health team',
    'fd.notStated': 'not stated', 'fd.minor': 'under 18',
    'db.title': 'Annual figures', 'db.publicTitle': "Municipality's figures (suppressed)", 'db.year': 'Year', 'db.show': 'Show',
    'db.csv': 'Download CSV', 'db.key': 'Key figures', 'db.uniqueUsers': 'Unique users', 'db.newUsers': 'New users',
    'db.servicesGiven': 'Services given', 'db.average': 'Unique users per month (mean)', 'db.peak': 'Most in a month', 'db.lowest': 'Fewest in a month',
    'db.months': 'The months', 'db.month': 'Month', 'db.monthUsers': 'Unique users', 'db.monthServices': 'Services',
    'db.areas': 'Services per area', 'db.area': 'Area', 'db.persons': 'Unique persons', 'db.services': 'Services',
    'db.areaMonthPersons': 'Unique persons per area and month', 'db.areaMonthServices': 'Services per area and month',
    'db.gender': 'Gender', 'db.nationality': 'Nationality', 'db.ageGroup': 'Age group', 'db.category': 'Category', 'db.users': 'Users',
    'db.feedback': 'Feedback', 'db.responses': 'Responses', 'db.top': 'Top score', 'db.second': 'Second best', 'db.twoLowest': 'Two lowest',
    'db.withFollowUp': 'Answered follow-up questions', 'db.followUpShare': 'Share with follow-up', 'db.score': 'Score {0}',
    'db.suppressed': 'suppressed', 'db.suppressedNote': '"suppressed" = the count is withheld (too small to publish, or it would give a hidden count away).',
    'db.chart': 'Unique users and services per month', 'db.loading': 'Loading figures …',
    area: { STUA: 'Stua (drop-in)', SOCIAL: 'Social work', HEALTH: 'Health', LEGAL: 'Legal aid', OUTREACH: 'Outreach' },
    gender: { WOMAN: 'Woman', MAN: 'Man', TRANS_WOMAN: 'Trans woman', TRANS_MAN: 'Trans man', NON_BINARY: 'Non-binary', NOT_STATED: 'Not stated', UNKNOWN: 'Unknown' },
    activity: { CONVERSATION: 'Conversation', LAUNDRY: 'Laundry', MEAL: 'Meal', REST: 'Rest', SHOWER: 'Shower', SOCIAL_EVENT: 'Social event', OTHER: 'Other' },
    region: { NORWAY: 'Norway', NORDIC: 'Nordic', WESTERN_EUROPE: 'Western Europe', EASTERN_EUROPE: 'Eastern Europe', AFRICA: 'Africa', MIDDLE_EAST: 'Middle East', ASIA: 'Asia', LATIN_AMERICA: 'Latin America', NORTH_AMERICA: 'North America', OCEANIA: 'Oceania' },
  },
};

let current = 'nb';

/** A screen's own texts ({nb: {...}, en: {...}}), merged in when its module loads; groups are merged too. */
export function addTexts(texts) {
  for (const lang of Object.keys(TEXTS)) {
    for (const [key, value] of Object.entries(texts[lang] || {})) {
      TEXTS[lang][key] = typeof value === 'object' ? { ...(TEXTS[lang][key] || {}), ...value } : value;
    }
  }
}

export function setLanguage(lang) {
  current = TEXTS[lang] ? lang : 'nb';
}

export function language() {
  return current;
}

/** The text of a key with {0}, {1} … filled in. */
export function t(key, ...args) {
  const text = TEXTS[current][key] ?? TEXTS.en[key] ?? key;
  return String(text).replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)]));
}

/** A count in its grammatical number: the singular key's text for exactly one ("1 rad"), the plural's otherwise ("2 rader"). */
export function counted(n, one, many) {
  return t(n === 1 ? one : many, n);
}

/** The label of an enum value in a group (area, gender, activity, region); the value itself when unknown. */
export function label(group, value) {
  return (TEXTS[current][group] || {})[value] || value;
}

export function number(value, digits = 0) {
  return new Intl.NumberFormat(current === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

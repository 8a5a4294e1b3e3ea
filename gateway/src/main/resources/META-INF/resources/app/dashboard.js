import { api } from './api.js';
import { t, label, number, addTexts } from './i18n.js';
import { el, showError } from './dom.js';

let chart;
let shareChart;

addTexts({
  nb: {
    'db.healthArea': 'Helse', 'db.legalArea': 'Advokatbistand', 'db.outreachArea': 'Oppsøkende arbeid', 'db.figure': 'Tall', 'db.value': 'Verdi',
    'db.shares': 'Nasjonalitet per år (andel av unike brukere)', 'db.sharesChart': 'Andel av årets unike brukere for de største nasjonalitetene, per år',
    'db.shareYear': 'År', 'db.shareOf': '{0} av {1}',
    'db.f.servicesByCategory': 'Helsetjenester per type', 'db.f.personsOnPrep': 'Personer på PrEP', 'db.f.personsVaccinatedMpox': 'Personer vaksinert mot mpox',
    'db.f.shifts': 'Vakter (ikke bare planlagt)', 'db.f.shiftsByStatus': 'Vakter etter utfall', 'db.f.inquiries': 'Henvendelser',
    'db.f.wouldNotOtherwise': 'Ville ikke ha oppsøkt advokat ellers', 'db.f.wouldNotOtherwiseShare': 'Andel som ikke ville ha oppsøkt advokat',
    'db.f.casesOpened': 'Saker åpnet', 'db.f.casesByArea': 'Saker etter rettsområde', 'db.f.casesByOutcome': 'Saker etter utfall', 'db.f.inquirersByGender': 'Personer som henvendte seg, etter kjønn',
    'db.f.contacts': 'Kontakter (meldinger)', 'db.f.contactsByChannel': 'Kontakter per kanal', 'db.f.streetShifts': 'Gatevakter', 'db.f.streetShiftContacts': 'Kontakter på gatevakter',
    'db.f.handOuts': 'Delt ut på gatevakter', 'db.f.assignments': 'Oppdrag', 'db.f.assignmentsByKind': 'Oppdrag etter type', 'db.f.adSites': 'Annonsesider',
    'db.f.weeksCounted': 'Uker talt', 'db.f.ads': 'Annonser', 'db.f.averagePerWeek': 'Snitt per uke', 'db.f.previousYearAveragePerWeek': 'Snitt per uke i fjor', 'db.f.yearOverYearChange': 'Endring fra i fjor',
    caseStatus: { OPEN: 'Åpen', RESOLVED_ON_SITE: 'Løst på stedet', REFERRED: 'Henvist videre' },
  },
  en: {
    'db.healthArea': 'Health', 'db.legalArea': 'Legal aid', 'db.outreachArea': 'Outreach', 'db.figure': 'Figure', 'db.value': 'Value',
    'db.shares': 'Nationality per year (share of unique users)', 'db.sharesChart': "Share of the year's unique users for the largest nationalities, per year",
    'db.shareYear': 'Year', 'db.shareOf': '{0} of {1}',
    'db.f.servicesByCategory': 'Health services by kind', 'db.f.personsOnPrep': 'Persons on PrEP', 'db.f.personsVaccinatedMpox': 'Persons vaccinated against mpox',
    'db.f.shifts': 'Shifts (beyond planned)', 'db.f.shiftsByStatus': 'Shifts by outcome', 'db.f.inquiries': 'Inquiries',
    'db.f.wouldNotOtherwise': 'Would not have sought a lawyer otherwise', 'db.f.wouldNotOtherwiseShare': 'Share who would not otherwise have sought a lawyer',
    'db.f.casesOpened': 'Cases opened', 'db.f.casesByArea': 'Cases by area of law', 'db.f.casesByOutcome': 'Cases by outcome', 'db.f.inquirersByGender': 'Inquirers by gender',
    'db.f.contacts': 'Contacts (messages)', 'db.f.contactsByChannel': 'Contacts by channel', 'db.f.streetShifts': 'Street shifts', 'db.f.streetShiftContacts': 'Contacts on street shifts',
    'db.f.handOuts': 'Handed out on street shifts', 'db.f.assignments': 'Assignments', 'db.f.assignmentsByKind': 'Assignments by kind', 'db.f.adSites': 'Ad sites',
    'db.f.weeksCounted': 'Weeks counted', 'db.f.ads': 'Ads', 'db.f.averagePerWeek': 'Mean per week', 'db.f.previousYearAveragePerWeek': 'Mean per week last year', 'db.f.yearOverYearChange': 'Change from last year',
    caseStatus: { OPEN: 'Open', RESOLVED_ON_SITE: 'Resolved on site', REFERRED: 'Referred' },
  },
});

/** The label group of each breakdown in the areas' own figures. */
const GROUPS = {
  servicesByCategory: 'category', shiftsByStatus: 'shiftStatus', wouldNotOtherwise: 'wouldNot', casesByArea: 'legalArea',
  casesByOutcome: 'caseStatus', inquirersByGender: 'gender', contactsByChannel: 'channel', handOuts: 'handOut', assignmentsByKind: 'assignmentKind',
};
const FRACTIONS = /(Share|Change)$/;

/**
 * The annual report as a dashboard: the analysts' figures (/api/stats/annual/{year}) or the
 * municipality's suppressed ones (/api/stats/public/annual/{year}, null = suppressed). Every figure
 * carries data-figure (its name) and data-value (the API's value, empty when suppressed).
 */
export function dashboard(main, suppressed) {
  const base = suppressed ? '/api/stats/public/annual/' : '/api/stats/annual/';
  const yearInput = el('input', { id: 'year', name: 'year', type: 'number', min: 2000, max: 2100, value: new Date().getFullYear(), class: 'short' });
  const error = el('div', { class: 'error', role: 'alert', hidden: true });
  const body = el('div', { id: 'report' });
  const csv = el('button', { type: 'button', id: 'csv', text: t('db.csv') });
  const shares = el('section', { 'aria-labelledby': 'shares-h', id: 'nationality-share' });

  async function load(event) {
    if (event) event.preventDefault();
    error.hidden = true;
    body.replaceChildren(el('p', { text: t('db.loading') }));
    try {
      const report = await api('GET', base + encodeURIComponent(yearInput.value));
      body.replaceChildren(...render(report, suppressed));
      drawChart(report);
      body.setAttribute('data-year', String(report.year));
      try {
        await loadShares(shares, suppressed, report.year);
      } catch (e) {
        const box = el('div', { class: 'error', role: 'alert' });
        shares.replaceChildren(el('h2', { id: 'shares-h', text: t('db.shares') }), box);
        showError(box, e);
      }
    } catch (e) {
      body.replaceChildren();
      showError(error, e);
    }
  }

  csv.addEventListener('click', async () => {
    try {
      const text = await api('GET', base + encodeURIComponent(yearInput.value), undefined, 'text/csv');
      const link = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/csv' })), download: `sentret-${suppressed ? 'public-' : ''}${yearInput.value}.csv` });
      document.body.append(link);
      link.click();
      link.remove();
    } catch (e) {
      showError(error, e);
    }
  });

  main.append(...[
    el('h1', { text: t(suppressed ? 'db.publicTitle' : 'db.title') }),
    el('form', { class: 'inline', onsubmit: load, id: 'year-form' },
      el('label', { for: 'year', text: t('db.year') }), yearInput,
      el('button', { type: 'submit', class: 'primary', text: t('db.show') }), csv),
    suppressed ? el('p', { class: 'note', text: t('db.suppressedNote') }) : null,
    error, body, shares].filter(Boolean));
  load();
}

/** A figure: its formatted value, or "suppressed" when the public view withholds it. */
function figure(name, value, digits = 0) {
  if (value === null || value === undefined) {
    return el('span', { class: 'figure suppressed', 'data-figure': name, 'data-value': '', text: t('db.suppressed') });
  }
  return el('span', { class: 'figure', 'data-figure': name, 'data-value': String(value), text: number(value, digits) });
}

function table(caption, headers, rows) {
  return el('table', {},
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c)))))));
}

function render(r, suppressed) {
  const m = r.monthlyUniqueUsers || {};
  const key = el('section', { 'aria-labelledby': 'key-h', class: 'cards' },
    el('h2', { id: 'key-h', text: t('db.key') }),
    el('dl', {},
      card(t('db.uniqueUsers'), figure('uniqueUsers', r.uniqueUsers)),
      card(t('db.newUsers'), figure('newUsers', r.newUsers)),
      card(t('db.servicesGiven'), figure('servicesGiven', r.servicesGiven)),
      card(t('db.average'), figure('monthly.average', m.average, 2)),
      card(t('db.peak'), el('span', {}, figure('monthly.peak', m.peak), ' ', el('span', { 'data-figure': 'monthly.peakMonth', text: m.peakMonth ? `(${m.peakMonth})` : '' }))),
      card(t('db.lowest'), el('span', {}, figure('monthly.lowest', m.lowest), ' ', el('span', { 'data-figure': 'monthly.lowestMonth', text: m.lowestMonth ? `(${m.lowestMonth})` : '' })))));
  const months = el('section', { 'aria-labelledby': 'months-h' },
    el('h2', { id: 'months-h', text: t('db.months') }),
    el('div', { class: 'chart' }, el('canvas', { id: 'months-chart', role: 'img', 'aria-label': t('db.chart') })),
    table(t('db.months'), [t('db.month'), t('db.monthUsers'), t('db.monthServices')],
      (r.months || []).map((mo) => [mo.month, figure(`month.${mo.month}.uniqueUsers`, mo.uniqueUsers), figure(`month.${mo.month}.services`, mo.services)])));
  const areas = el('section', { 'aria-labelledby': 'areas-h' },
    el('h2', { id: 'areas-h', text: t('db.areas') }),
    table(t('db.areas'), [t('db.area'), t('db.persons'), t('db.services')],
      (r.areas || []).map((a) => [label('area', a.area), figure(`area.${a.area}.uniquePersons`, a.uniquePersons), figure(`area.${a.area}.services`, a.services)])),
    areaMonths(r.areas || [], 'uniquePersons', t('db.areaMonthPersons')),
    areaMonths(r.areas || [], 'services', t('db.areaMonthServices')));
  const demo = r.demographics || {};
  // the municipality's lists name every category of the contract with zeros (so presence tells nothing);
  // the screen shows the categories with users (or hidden ones) only
  const categories = (group, title, labels) => table(title, [t('db.category'), t('db.users')],
    (demo[group] || []).filter((c) => c.users !== 0)
      .map((c) => [labels ? label(labels, c.category) : c.category, figure(`${group}.${c.category}`, c.users)]));
  const people = el('section', { 'aria-labelledby': 'people-h', class: 'columns' },
    el('h2', { id: 'people-h', class: 'visually-hidden', text: `${t('db.gender')}, ${t('db.nationality')}` }),
    categories('gender', t('db.gender'), 'gender'),
    categories('nationality', t('db.nationality')),
    categories('ageGroup', t('db.ageGroup')));
  const f = r.feedback || {};
  const feedbackRows = [
    [t('db.responses'), figure('feedback.responses', f.responses)],
    [t('db.top'), figure('feedback.top', f.top)],
    [t('db.second'), figure('feedback.second', f.second)],
    [t('db.twoLowest'), figure('feedback.twoLowest', f.twoLowest)],
    [t('db.withFollowUp'), figure('feedback.withFollowUp', f.withFollowUp)],
    [t('db.followUpShare'), f.followUpShare === null || f.followUpShare === undefined
      ? figure('feedback.followUpShare', null)
      : el('span', { class: 'figure', 'data-figure': 'feedback.followUpShare', 'data-value': String(f.followUpShare), text: `${number(f.followUpShare * 100, 1)} %` })],
    ...(suppressed ? [] : (f.scores || []).map((s) => [t('db.score', s.score), figure(`feedback.score.${s.score}`, s.responses)])),
  ];
  const feedback = el('section', { 'aria-labelledby': 'feedback-h' },
    el('h2', { id: 'feedback-h', text: t('db.feedback') }),
    table(t('db.feedback'), [t('db.category'), t('db.responses')], feedbackRows));
  const own = [['health', 'db.healthArea'], ['legal', 'db.legalArea'], ['outreach', 'db.outreachArea']]
    .filter(([k]) => r[k]).map(([k, title]) => areaSection(k, t(title), r[k]));
  return [key, months, areas, el('div', { class: 'columns areas-own' }, own), people, feedback];
}

/** A month per row, an area per column: one of an area-month's figures (uniquePersons or services). */
function areaMonths(areas, key, caption) {
  const months = areas.length ? areas[0].months || [] : [];
  return table(caption, [t('db.month'), ...areas.map((a) => label('area', a.area))],
    months.map((mo, i) => [mo.month, ...areas.map((a) => figure(`areaMonth.${a.area}.${mo.month}.${key}`, a.months[i][key]))]));
}

/** A fraction (share, change) as a percentage, with its exact value in data-value. */
function fraction(name, value) {
  if (value === null || value === undefined) return figure(name, null);
  return el('span', { class: 'figure', 'data-figure': name, 'data-value': String(value), text: `${number(value * 100, 1)} %` });
}

/**
 * One area's own figures (health, legal, outreach in the report), walked generically: a number is a
 * figure named area.key, a breakdown ({category, count}[]) a figure per category, an ad site its
 * figures per site. The browser test names the report's figures the same way.
 */
function areaSection(area, title, figures) {
  const rows = [];
  for (const [key, value] of Object.entries(figures)) {
    const name = `${area}.${key}`;
    const text = t(`db.f.${key}`);
    if (value === null || typeof value === 'number') {
      rows.push([text, FRACTIONS.test(key) ? fraction(name, value) : figure(name, value, 2)]);
    } else if (Array.isArray(value) && key === 'adSites') {
      for (const site of value) {
        for (const f of ['weeksCounted', 'ads', 'averagePerWeek', 'previousYearAveragePerWeek', 'yearOverYearChange']) {
          const n = `${name}.${site.site}.${f}`;
          rows.push([`${site.site}: ${t(`db.f.${f}`)}`, f === 'yearOverYearChange' ? fraction(n, site[f]) : figure(n, site[f], 1)]);
        }
      }
    } else if (Array.isArray(value)) {
      for (const c of value) {
        rows.push([`${text}: ${label(GROUPS[key] || key, c.category)}`, figure(`${name}.${c.category}`, c.count)]);
      }
    }
  }
  return el('section', { 'aria-labelledby': `${area}-h`, class: 'area-figures', id: `area-${area}` },
    el('h2', { id: `${area}-h`, text: title }),
    table(title, [t('db.figure'), t('db.value')], rows));
}

function card(title, value) {
  return el('div', { class: 'card' }, el('dt', { text: title }), el('dd', {}, value));
}

const FIRST_SHARE_YEAR = 2016;
const SHARE_COLOURS = ['#1f5f8b', '#c8762b', '#2e7d4f', '#8b1f5f', '#5f5f5f', '#6b4fa0'];

/**
 * The per-year nationality shares from 2016 (the annual report's chart) up to the year shown: the
 * six nationalities with most users in that year as lines, and every year's figures in a table.
 */
async function loadShares(target, suppressed, year) {
  const from = Math.min(FIRST_SHARE_YEAR, year);
  const report = await api('GET', `/api/stats/${suppressed ? 'public/' : ''}nationality-share?fromYear=${from}&toYear=${year}`);
  const years = report.years || [];
  const last = years.find((y) => y.year === year) || years[years.length - 1] || { nationalities: [] };
  const top = last.nationalities.filter((n) => n.users !== null).sort((a, b) => b.users - a.users).slice(0, 6).map((n) => n.nationality);
  const cell = (y, nat) => {
    const n = (y.nationalities || []).find((x) => x.nationality === nat);
    if (!n) return el('span', { class: 'figure', 'data-figure': `share.${y.year}.${nat}`, 'data-value': '0', text: '0' });
    if (n.users === null || n.users === undefined) return figure(`share.${y.year}.${nat}`, null);
    return el('span', { class: 'figure', 'data-figure': `share.${y.year}.${nat}`, 'data-value': String(n.users),
      text: `${number(n.users)} (${n.share === null || n.share === undefined ? t('db.suppressed') : `${number(n.share * 100, 1)} %`})` });
  };
  target.replaceChildren(
    el('h2', { id: 'shares-h', text: t('db.shares') }),
    el('div', { class: 'chart' }, el('canvas', { id: 'shares-chart', role: 'img', 'aria-label': t('db.sharesChart') })),
    table(t('db.shares'), [t('db.shareYear'), t('db.uniqueUsers'), ...top],
      years.map((y) => [String(y.year), figure(`share.${y.year}.uniqueUsers`, y.uniqueUsers), ...top.map((nat) => cell(y, nat))])));
  target.setAttribute('data-years', `${from}-${year}`);
  if (shareChart) shareChart.destroy();
  if (!window.Chart) return;
  shareChart = new window.Chart(document.getElementById('shares-chart'), {
    type: 'line',
    data: {
      labels: years.map((y) => String(y.year)),
      datasets: top.map((nat, i) => ({
        label: nat, borderColor: SHARE_COLOURS[i], backgroundColor: SHARE_COLOURS[i],
        data: years.map((y) => {
          const n = (y.nationalities || []).find((x) => x.nationality === nat);
          return n ? (n.share === null || n.share === undefined ? null : n.share * 100) : 0;
        }),
      })),
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, spanGaps: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: '%' } } } },
  });
}

function drawChart(r) {
  const canvas = document.getElementById('months-chart');
  if (chart) chart.destroy();
  if (!canvas || !window.Chart) return;
  const months = r.months || [];
  chart = new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: months.map((m) => m.month),
      datasets: [
        { label: t('db.monthUsers'), data: months.map((m) => m.uniqueUsers), backgroundColor: '#1f5f8b' },
        { label: t('db.monthServices'), data: months.map((m) => m.services), backgroundColor: '#c8762b' },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
}

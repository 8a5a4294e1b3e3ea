import { api } from './api.js';
import { t, label, number } from './i18n.js';
import { el, showError } from './dom.js';

let chart;

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

  async function load(event) {
    if (event) event.preventDefault();
    error.hidden = true;
    body.replaceChildren(el('p', { text: t('db.loading') }));
    try {
      const report = await api('GET', base + encodeURIComponent(yearInput.value));
      body.replaceChildren(...render(report, suppressed));
      drawChart(report);
      body.setAttribute('data-year', String(report.year));
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
    error, body].filter(Boolean));
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
      (r.areas || []).map((a) => [label('area', a.area), figure(`area.${a.area}.uniquePersons`, a.uniquePersons), figure(`area.${a.area}.services`, a.services)])));
  const demo = r.demographics || {};
  const categories = (group, title, labels) => table(title, [t('db.category'), t('db.users')],
    (demo[group] || []).map((c) => [labels ? label(labels, c.category) : c.category, figure(`${group}.${c.category}`, c.users)]));
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
  return [key, months, areas, people, feedback];
}

function card(title, value) {
  return el('div', { class: 'card' }, el('dt', { text: title }), el('dd', {}, value));
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

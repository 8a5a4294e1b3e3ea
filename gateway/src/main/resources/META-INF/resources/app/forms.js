import { t, label } from './i18n.js';
import { el, showError, status } from './dom.js';
import { api } from './api.js';

/** Shared form pieces of the staff screens: every input has its label, groups have a legend. */
export function field(id, text, input) {
  return el('div', { class: 'field' }, el('label', { for: id, text }), input);
}

export function input(id, attrs = {}) {
  return el('input', { id, name: id, autocomplete: 'off', ...attrs });
}

/** A select of enum values, labelled by group; empty = an option without value first. */
export function select(id, values, group, empty) {
  return el('select', { id, name: id },
    empty ? el('option', { value: '', text: empty }) : null,
    values.map((v) => el('option', { value: v, text: group ? label(group, v) : v })));
}

/** Checkboxes of enum values in a fieldset with its legend. */
export function checks(id, legend, values, group) {
  return el('fieldset', { class: 'checks', id },
    el('legend', { text: legend }),
    values.map((v) => el('label', { class: 'check' },
      el('input', { type: 'checkbox', name: id, value: v }), ' ', label(group, v))));
}

export function checked(container, name) {
  return [...container.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
}

export function errorBox(id) {
  return el('div', { class: 'error', role: 'alert', hidden: true, id });
}

/** Runs an API call from a form: shows the problem's field messages in the box, or the ok status. */
export async function submit(box, call, okText) {
  box.hidden = true;
  try {
    const result = await call();
    if (okText) status(typeof okText === 'function' ? okText(result) : okText, 'ok');
    return result;
  } catch (e) {
    showError(box, e);
    return undefined;
  }
}

/** A field's value in a form, trimmed. */
export function valueOf(form, id) {
  return form.querySelector(`#${id}`).value.trim();
}

/**
 * The one way a staff form sends: the page stays, `call()` builds the body from the form and calls the
 * API when it is submitted, the problem's field messages go in the form's box (or the ok status is
 * shown), and `after(result)` runs once it succeeded (e.g. reset the form, reload a list).
 */
export function onSubmit(form, box, call, okText, after) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = await submit(box, call, okText);
    if (result !== undefined && after) await after(result, form);
  });
  return form;
}

/**
 * Void with a reason: a button that opens a reason field and a confirm button, then POSTs
 * {reason} to `path` and calls `reload`. `name` tells a screen reader which record it voids;
 * `words` names the button and its confirmation for the same act under another name (withdraw).
 */
export function voidControl(path, name, reload, doneText, words = { open: t('void'), confirm: t('confirmVoid') }) {
  const wrap = el('div', { class: 'void' });
  const open = el('button', { type: 'button', class: 'small void-button', text: words.open, 'aria-label': `${words.open}: ${name}` });
  open.addEventListener('click', () => {
    const id = `reason-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
    const reason = el('input', { id, name: 'reason', maxlength: 500, autocomplete: 'off', class: 'void-reason' });
    const error = errorBox(null);
    const form = el('form', { class: 'inline void-form' }, el('label', { for: id, text: t('voidReason') }), reason,
      el('button', { type: 'submit', class: 'danger confirm-void', text: words.confirm }), error);
    onSubmit(form, error, () => api('POST', path, { reason: reason.value }), doneText || t('voidDone'), reload);
    wrap.replaceChildren(form);
    reason.focus();
  });
  wrap.append(open);
  return wrap;
}

/**
 * A table with a caption, column headers and rows of cells (nodes or text); with no rows, the note `empty`, or else
 * the caption with "none" — a bare "None." below a form read as the form's answer, not as the list's state.
 */
export function table(id, caption, headers, rows, empty) {
  if (!rows.length) return el('p', { id, class: 'empty', text: empty || t('emptyList', caption) });
  return el('table', { id },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((row) => el('tr', row.attrs || {}, row.cells.map((c) => el('td', {}, c))))));
}

/** The Oslo calendar day of now, or of now plus days, as YYYY-MM-DD. */
export function osloDay(plusDays = 0) {
  const d = new Date(Date.now() + plusDays * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** An instant shown as Oslo date and time. */
export function when(instant) {
  if (!instant) return '–';
  return new Date(instant).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' });
}

/** A datetime-local value (the browser's local time) as an ISO instant, or null when empty. */
export function instantOf(localValue) {
  return localValue ? new Date(localValue).toISOString() : null;
}

export function section(id, title, ...content) {
  return el('section', { 'aria-labelledby': `${id}-h`, id },
    el('h2', { id: `${id}-h`, text: title }), ...content);
}

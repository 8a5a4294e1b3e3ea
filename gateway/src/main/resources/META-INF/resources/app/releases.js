import { api } from './api.js';
import { t, addTexts } from './i18n.js';
import { el } from './dom.js';
import { errorBox, submit, table, section, when } from './forms.js';

addTexts({
  nb: {
    'x.title': 'Innsynskrav som venter på utlevering', 'x.client': 'Klientkode', 'x.requested': 'Bedt om', 'x.action': 'Handling',
    'x.explain': 'Personvernombudet har bedt om alt som er registrert på koden. Journalen forlater ikke tjenesten før dere gir den ut; utleveringen gjelder i 30 dager.',
    'x.release': 'Gi ut', 'x.releaseFor': 'Gi ut journalen for {0}', 'x.released': 'Utlevert for {0}.', 'x.none': 'Ingen innsynskrav venter.',
  },
  en: {
    'x.title': 'Access requests awaiting release', 'x.client': 'Client code', 'x.requested': 'Requested', 'x.action': 'Action',
    'x.explain': 'The privacy officer has asked for everything recorded under the code. The records leave the service only when you release them; a release lasts 30 days.',
    'x.release': 'Release', 'x.releaseFor': 'Release the records of {0}', 'x.released': 'Released for {0}.', 'x.none': 'No access request is waiting.',
  },
});

/**
 * The record keeper's list of the privacy officer's access requests (health: clinicians; legal aid: lawyers),
 * each with a release button. `prefix` is the service's path at the gateway (/api/health, /api/legal-aid).
 */
export function exportRequests(prefix) {
  const target = el('div', { id: 'export-requests' });
  const load = async () => {
    const awaiting = await api('GET', `${prefix}/export-requests`);
    target.replaceChildren(section('export-requests-section', t('x.title'), el('p', { class: 'note', text: t('x.explain') }),
      table('export-request-list', t('x.title'), [t('x.client'), t('x.requested'), t('x.action')],
        awaiting.map((r) => ({ attrs: { 'data-request': r.clientCode }, cells: [
          el('span', { class: 'code', text: r.clientCode }), when(r.requestedAt), releaseButton(prefix, r.clientCode, load)] })),
        t('x.none'))));
  };
  load();
  return target;
}

function releaseButton(prefix, code, reload) {
  const error = errorBox(null);
  const button = el('button', { type: 'button', class: 'small release-export', text: t('x.release'), 'aria-label': t('x.releaseFor', code) });
  button.addEventListener('click', async () => {
    if (await submit(error, () => api('POST', `${prefix}/export-requests/${code}/release`), t('x.released', code))) reload();
  });
  return el('div', {}, button, error);
}

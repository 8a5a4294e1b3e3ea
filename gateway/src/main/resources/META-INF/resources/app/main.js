import { me } from './api.js';
import { t, setLanguage, language } from './i18n.js';
import { el, showError } from './dom.js';
import { frontDesk } from './frontdesk.js';
import { dashboard } from './dashboard.js';
import { kiosk } from './kiosk.js';
import { health } from './health.js';
import { legal } from './legal.js';
import { outreach } from './outreach.js';
import { privacy } from './privacy.js';

// Each screen and the roles that may see it (the API checks again).
const SCREENS = [
  { hash: '#/front-desk', label: 'nav.frontDesk', roles: ['staff', 'admin'], show: (main) => frontDesk(main) },
  { hash: '#/health', label: 'nav.health', roles: ['clinician'], show: (main) => health(main) },
  { hash: '#/legal', label: 'nav.legal', roles: ['lawyer', 'legal-coordinator'], show: (main) => legal(main, session.roles) },
  { hash: '#/outreach', label: 'nav.outreach', roles: ['outreach'], show: (main) => outreach(main) },
  { hash: '#/dashboard', label: 'nav.dashboard', roles: ['analyst'], show: (main) => dashboard(main, false) },
  { hash: '#/public', label: 'nav.public', roles: ['municipality', 'analyst'], show: (main) => dashboard(main, true) },
  { hash: '#/kiosk', label: 'nav.kiosk', roles: ['kiosk'], show: (main) => kiosk(main) },
  { hash: '#/privacy', label: 'nav.privacy', roles: ['admin'], show: (main) => privacy(main) },
];

let session;

function allowed() {
  return SCREENS.filter((s) => s.roles.some((r) => session.roles.includes(r)));
}

function render() {
  const screens = allowed();
  document.documentElement.lang = language();
  document.getElementById('skip').textContent = t('skip');
  document.getElementById('lang-label').textContent = t('language');
  document.getElementById('logout').textContent = t('logout');
  document.getElementById('nav').setAttribute('aria-label', t('nav.label'));
  document.getElementById('user').textContent = t('signedInAs', session.name);
  const screen = screens.find((s) => s.hash === location.hash) || screens[0];
  document.getElementById('nav').replaceChildren(el('ul', {}, screens.map((s) =>
    el('li', {}, el('a', { href: s.hash, 'aria-current': s === screen ? 'page' : null, text: t(s.label) })))));
  const main = document.getElementById('main');
  main.replaceChildren();
  document.body.classList.toggle('kiosk-mode', !!screen && screen.hash === '#/kiosk');
  if (!screen) {
    main.append(el('h1', { text: 'Sentret' }), el('p', { text: t('noScreens') }));
    return;
  }
  // a screen that fails to load its data says so instead of staying half drawn
  Promise.resolve().then(() => screen.show(main)).catch((e) => {
    const box = el('div', { class: 'error', role: 'alert', id: 'screen-error' });
    main.append(box);
    showError(box, e);
  });
}

async function start() {
  session = await me();
  const select = document.getElementById('lang');
  const key = `sentret.lang.${session.name}`;
  setLanguage(localStorage.getItem(key) || 'nb');
  select.value = language();
  select.addEventListener('change', () => {
    localStorage.setItem(key, select.value);
    setLanguage(select.value);
    render();
  });
  window.addEventListener('hashchange', render);
  // the skip link moves focus to the content; following its #main would change the hash the screens
  // are routed by and redraw the first screen instead
  document.getElementById('skip').addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('main').focus();
  });
  render();
  document.body.dataset.user = session.name;
}

start();

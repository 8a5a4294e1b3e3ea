import { api } from './api.js';
import { el } from './dom.js';

// The feedback terminal: full screen, four smileys, the follow-up questions the visit service lists
// for the chosen score, six languages, back to the start a few seconds after each answer.
const LANGUAGES = { nb: 'Norsk', en: 'English', es: 'Español', th: 'ไทย', ro: 'Română', bg: 'Български' };
const RESET_AFTER_MS = 5000;
const IDLE_MS = 30000;

const K = {
  nb: { ask: 'Hvordan var besøket ditt i dag?', scores: ['Svært misfornøyd', 'Misfornøyd', 'Fornøyd', 'Svært fornøyd'], more: 'Vil du svare på noen korte spørsmål?', send: 'Send', skip: 'Hopp over', thanks: 'Takk for tilbakemeldingen!',
    q: { howOften: 'Hvor ofte kommer du hit?', bestPart: 'Hva var best?', wouldRecommend: 'Vil du anbefale oss til andre?', whatWentWrong: 'Hva gikk galt?', wouldComeBack: 'Kommer du tilbake?' },
    a: { FIRST_TIME: 'Første gang', SOMETIMES: 'Av og til', OFTEN: 'Ofte', WELCOME: 'Mottakelsen', STAFF: 'De ansatte', FOOD: 'Maten', REST_AND_SAFETY: 'Hvile og trygghet', HEALTH_SERVICE: 'Helsetilbudet', LEGAL_AID: 'Advokathjelpen', OTHER: 'Annet', YES: 'Ja', NO: 'Nei', UNSURE: 'Vet ikke', WAITING_TIME: 'Ventetid', OPENING_HOURS: 'Åpningstider', CROWDED: 'For fullt', DID_NOT_FEEL_SAFE: 'Følte meg ikke trygg' } },
  en: { ask: 'How was your visit today?', scores: ['Very unhappy', 'Unhappy', 'Happy', 'Very happy'], more: 'Would you answer a few short questions?', send: 'Send', skip: 'Skip', thanks: 'Thank you for your feedback!',
    q: { howOften: 'How often do you come here?', bestPart: 'What was best?', wouldRecommend: 'Would you recommend us to others?', whatWentWrong: 'What went wrong?', wouldComeBack: 'Will you come back?' },
    a: { FIRST_TIME: 'First time', SOMETIMES: 'Sometimes', OFTEN: 'Often', WELCOME: 'The welcome', STAFF: 'The staff', FOOD: 'The food', REST_AND_SAFETY: 'Rest and safety', HEALTH_SERVICE: 'Health service', LEGAL_AID: 'Legal aid', OTHER: 'Other', YES: 'Yes', NO: 'No', UNSURE: 'Not sure', WAITING_TIME: 'Waiting time', OPENING_HOURS: 'Opening hours', CROWDED: 'Too crowded', DID_NOT_FEEL_SAFE: 'Did not feel safe' } },
  es: { ask: '¿Cómo fue tu visita hoy?', scores: ['Muy insatisfecha', 'Insatisfecha', 'Satisfecha', 'Muy satisfecha'], more: '¿Quieres responder unas preguntas cortas?', send: 'Enviar', skip: 'Omitir', thanks: '¡Gracias por tu opinión!',
    q: { howOften: '¿Con qué frecuencia vienes?', bestPart: '¿Qué fue lo mejor?', wouldRecommend: '¿Nos recomendarías?', whatWentWrong: '¿Qué salió mal?', wouldComeBack: '¿Volverás?' },
    a: { FIRST_TIME: 'Primera vez', SOMETIMES: 'A veces', OFTEN: 'A menudo', WELCOME: 'La acogida', STAFF: 'El personal', FOOD: 'La comida', REST_AND_SAFETY: 'Descanso y seguridad', HEALTH_SERVICE: 'Servicio de salud', LEGAL_AID: 'Ayuda legal', OTHER: 'Otro', YES: 'Sí', NO: 'No', UNSURE: 'No sé', WAITING_TIME: 'Tiempo de espera', OPENING_HOURS: 'Horario', CROWDED: 'Demasiada gente', DID_NOT_FEEL_SAFE: 'No me sentí segura' } },
  th: { ask: 'วันนี้คุณพอใจกับการมาที่นี่แค่ไหน', scores: ['ไม่พอใจมาก', 'ไม่พอใจ', 'พอใจ', 'พอใจมาก'], more: 'คุณช่วยตอบคำถามสั้น ๆ สองสามข้อได้ไหม', send: 'ส่ง', skip: 'ข้าม', thanks: 'ขอบคุณสำหรับความคิดเห็น',
    q: { howOften: 'คุณมาที่นี่บ่อยแค่ไหน', bestPart: 'อะไรดีที่สุด', wouldRecommend: 'คุณจะแนะนำเราให้คนอื่นไหม', whatWentWrong: 'มีอะไรไม่ดี', wouldComeBack: 'คุณจะกลับมาอีกไหม' },
    a: { FIRST_TIME: 'ครั้งแรก', SOMETIMES: 'บางครั้ง', OFTEN: 'บ่อย', WELCOME: 'การต้อนรับ', STAFF: 'เจ้าหน้าที่', FOOD: 'อาหาร', REST_AND_SAFETY: 'การพักผ่อนและความปลอดภัย', HEALTH_SERVICE: 'บริการสุขภาพ', LEGAL_AID: 'ความช่วยเหลือทางกฎหมาย', OTHER: 'อื่น ๆ', YES: 'ใช่', NO: 'ไม่', UNSURE: 'ไม่แน่ใจ', WAITING_TIME: 'เวลารอ', OPENING_HOURS: 'เวลาเปิดทำการ', CROWDED: 'คนเยอะเกินไป', DID_NOT_FEEL_SAFE: 'รู้สึกไม่ปลอดภัย' } },
  ro: { ask: 'Cum a fost vizita ta astăzi?', scores: ['Foarte nemulțumită', 'Nemulțumită', 'Mulțumită', 'Foarte mulțumită'], more: 'Vrei să răspunzi la câteva întrebări scurte?', send: 'Trimite', skip: 'Sari peste', thanks: 'Mulțumim pentru părere!',
    q: { howOften: 'Cât de des vii aici?', bestPart: 'Ce a fost cel mai bine?', wouldRecommend: 'Ne-ai recomanda altora?', whatWentWrong: 'Ce nu a mers bine?', wouldComeBack: 'Vei reveni?' },
    a: { FIRST_TIME: 'Prima dată', SOMETIMES: 'Uneori', OFTEN: 'Des', WELCOME: 'Primirea', STAFF: 'Personalul', FOOD: 'Mâncarea', REST_AND_SAFETY: 'Odihnă și siguranță', HEALTH_SERVICE: 'Serviciul medical', LEGAL_AID: 'Ajutor juridic', OTHER: 'Altceva', YES: 'Da', NO: 'Nu', UNSURE: 'Nu știu', WAITING_TIME: 'Timpul de așteptare', OPENING_HOURS: 'Programul', CROWDED: 'Prea aglomerat', DID_NOT_FEEL_SAFE: 'Nu m-am simțit în siguranță' } },
  bg: { ask: 'Как беше посещението ти днес?', scores: ['Много недоволна', 'Недоволна', 'Доволна', 'Много доволна'], more: 'Ще отговориш ли на няколко кратки въпроса?', send: 'Изпрати', skip: 'Пропусни', thanks: 'Благодарим за отзива!',
    q: { howOften: 'Колко често идваш тук?', bestPart: 'Кое беше най-хубаво?', wouldRecommend: 'Би ли ни препоръчала на други?', whatWentWrong: 'Какво не беше наред?', wouldComeBack: 'Ще дойдеш ли пак?' },
    a: { FIRST_TIME: 'За първи път', SOMETIMES: 'Понякога', OFTEN: 'Често', WELCOME: 'Посрещането', STAFF: 'Служителите', FOOD: 'Храната', REST_AND_SAFETY: 'Почивка и сигурност', HEALTH_SERVICE: 'Здравната услуга', LEGAL_AID: 'Правната помощ', OTHER: 'Друго', YES: 'Да', NO: 'Не', UNSURE: 'Не знам', WAITING_TIME: 'Чакането', OPENING_HOURS: 'Работното време', CROWDED: 'Твърде много хора', DID_NOT_FEEL_SAFE: 'Не се чувствах в безопасност' } },
};

// best first, as on the terminal: dark green, light green, light red, dark red
const FACES = [
  { score: 4, mouth: 'M30 62 Q50 82 70 62', color: '#1b6e3a' },
  { score: 3, mouth: 'M32 64 Q50 74 68 64', color: '#4f8f2f' },
  { score: 2, mouth: 'M32 70 Q50 62 68 70', color: '#b24a2a' },
  { score: 1, mouth: 'M30 74 Q50 56 70 74', color: '#9b1c1c' },
];

function face(spec) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 100 100');
  svg.setAttribute('aria-hidden', 'true');
  const shape = (tag, attrs) => {
    const node = document.createElementNS(ns, tag);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    svg.append(node);
  };
  shape('circle', { cx: 50, cy: 50, r: 46, fill: spec.color });
  shape('circle', { cx: 35, cy: 40, r: 6, fill: '#fff' });
  shape('circle', { cx: 65, cy: 40, r: 6, fill: '#fff' });
  shape('path', { d: spec.mouth, stroke: '#fff', 'stroke-width': 6, fill: 'none', 'stroke-linecap': 'round' });
  return svg;
}

export function kiosk(main) {
  let lang = 'nb';
  let questions = null;
  let timer = null;
  const root = el('div', { class: 'kiosk', id: 'kiosk' });
  main.append(root);

  const later = (ms, action) => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };

  function languageBar() {
    return el('div', { class: 'kiosk-languages', role: 'group', 'aria-label': 'Language / Språk' },
      Object.entries(LANGUAGES).map(([code, name]) => el('button', {
        type: 'button', lang: code, 'data-lang': code, 'aria-pressed': String(code === lang),
        onclick: () => { lang = code; start(); }, text: name })));
  }

  function start() {
    clearTimeout(timer);
    const k = K[lang];
    root.setAttribute('lang', lang);
    root.replaceChildren(languageBar(),
      el('h1', { text: k.ask }),
      el('div', { class: 'smileys' }, FACES.map((f) => el('button', {
        type: 'button', class: 'smiley', 'data-score': f.score, 'aria-label': k.scores[f.score - 1],
        onclick: () => followUps(f.score) }, face(f), el('span', { text: k.scores[f.score - 1] })))));
  }

  async function followUps(score) {
    const k = K[lang];
    try {
      questions = questions || await api('GET', '/api/feedback/questions');
    } catch (e) {
      questions = {};
    }
    const asked = questions[String(score)] || {};
    const answers = {};
    const send = async (withAnswers) => {
      clearTimeout(timer);
      try {
        const body = { score, language: lang };
        if (withAnswers && Object.keys(answers).length) body.followUpAnswers = answers;
        await api('POST', '/api/feedback', body);
        root.replaceChildren(el('p', { class: 'thanks', role: 'status', id: 'kiosk-thanks', text: k.thanks }));
      } catch (e) {
        root.replaceChildren(el('p', { class: 'error', role: 'alert', text: e.messages ? e.messages().join('; ') : String(e) }));
      }
      later(RESET_AFTER_MS, start);
    };
    root.replaceChildren(
      el('h1', { text: k.more }),
      ...Object.entries(asked).map(([id, options]) => el('fieldset', { class: 'question', 'data-question': id },
        el('legend', { text: k.q[id] || id }),
        el('div', { class: 'answers' }, options.map((option) => el('button', {
          type: 'button', class: 'answer', 'data-answer': option, 'aria-pressed': 'false',
          onclick: (event) => {
            answers[id] = option;
            event.currentTarget.parentElement.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.answer === option)));
            later(IDLE_MS, () => send(true));
          },
          text: k.a[option] || option }))))),
      el('div', { class: 'kiosk-actions' },
        el('button', { type: 'button', class: 'primary', id: 'kiosk-send', onclick: () => send(true), text: k.send }),
        el('button', { type: 'button', id: 'kiosk-skip', onclick: () => send(false), text: k.skip })));
    // nobody there any more: keep the score, drop the half-answered questions
    later(IDLE_MS, () => send(true));
  }

  start();
}

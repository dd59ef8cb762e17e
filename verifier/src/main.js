// The verifier page: reads a certificate's code from the address, a pasted text, a picture, a PDF or
// the camera, checks it with seal.js against the trust file and revocation list published beside the
// page (data.js), and says the verdict in English, French or Arabic.
import { LANGUAGES, WORDS, chooseLanguage, formatDate, say } from './i18n.js';
import { engines, fragmentReadings, readRevocationList, verifySeal } from './seal.js';
import { readPdf } from './pdf.js';

const published = Object.assign({ trust: { issuer: '', keys: [] }, catalogue: {}, revocations: '' },
  globalThis.TR_PUBLISHED || {});
const state = { language: 'en', results: [], status: null, revocationList: null };
const $ = (id) => document.getElementById(id);

function today() {
  return new Date().toISOString().slice(0, 10);
}

function issuerName() {
  const names = published.issuerNames || {};
  return names[state.language] || names.en || published.trust.issuer || '';
}

function t(key, values) {
  return say(state.language, key, Object.assign({ issuer: issuerName() }, values));
}

function date(iso) {
  return formatDate(state.language, iso);
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

// -- showing results ---------------------------------------------------------------------------------

// The programme's title as printed: in each language of the certificate (the page's language when the
// seal does not say), from the catalogue published with the page; old seals hold the English title.
function programmeTitles(c) {
  const programme = c.programme;
  const entry = programme.code && (published.catalogue[programme.code]
    || (published.trust.programmes || {})[programme.code]);
  if (!entry) return [programme.title || programme.code || ''];
  const languages = c.languages && c.languages.length ? c.languages : [state.language];
  return [...new Set(languages.map((language) => entry[language] || entry.en || programme.code))];
}

function certificateTable(c) {
  const rows = [
    ['name', c.names.map((n) => element('span', { class: 'name', dir: 'auto' }, n))],
    ['programme', programmeTitles(c).map((title) => element('span', { class: 'title', dir: 'auto' }, title))],
    ['course', element('bdi', {}, c.course)],
    ['dates', t('dateRange', { start: date(c.start), end: date(c.end) })],
    ['hours', String(c.hours)],
    ['outcome', WORDS[state.language][c.outcome] ? t(c.outcome) : c.outcome],
    ['serial', element('bdi', { class: 'serial' }, c.serial)],
    ['issued', date(c.issued)],
    ['issuer', issuerName()],
  ];
  return element('table', { class: 'certificate' },
    element('caption', {}, t('asPrinted')),
    rows.map(([key, value]) => element('tr', { 'data-field': key }, element('th', { scope: 'row' }, t(key)),
      element('td', {}, value))));
}

function revocationLines(result) {
  const list = state.revocationList;
  if (!list || !list.ok) return [element('p', { class: 'warning', 'data-revocation': 'unchecked' }, t('listMissing'))];
  const lines = [];
  if (result.verdict === 'valid') {
    lines.push(element('p', { 'data-revocation': 'checked' }, t('listChecked', { date: date(list.issued) })));
  } else {
    lines.push(element('p', { 'data-revocation': 'listed' }, t('listDate', { date: date(list.issued) })));
  }
  if (list.nextUpdate && list.nextUpdate < today()) {
    lines.push(element('p', { class: 'warning', 'data-revocation': 'stale' }, t('listStale', { date: date(list.nextUpdate) })));
  }
  return lines;
}

function resultCard(result, index, total) {
  const sealed = ['valid', 'revoked', 'superseded'].includes(result.verdict);
  const detail = {
    valid: () => t('validDetail', { kid: result.key.kid }),
    revoked: () => t('revokedDetail'),
    superseded: () => t('supersededDetail'),
    invalid: () => t(result.reason, { kid: result.kid || '', date: result.certificate ? date(result.certificate.issued) : '' }),
  }[result.verdict]();
  const where = [total > 1 ? t('codeOf', { n: index + 1, total }) : null,
    result.page ? t('pageOf', { n: result.page }) : null].filter(Boolean).join(' · ');
  return element('article', { class: `result ${result.verdict}`, 'data-verdict': result.verdict,
    'data-reason': result.reason || '' },
  where ? element('p', { class: 'where' }, where) : null,
  element('h2', { class: 'verdict' }, t(result.verdict)),
  element('p', { class: 'detail' }, detail),
  result.entry && result.entry.reason ? element('p', { class: 'reason' }, t('reason', { reason: result.entry.reason })) : null,
  sealed ? revocationLines(result) : null,
  sealed ? certificateTable(result.certificate) : null,
  sealed ? element('p', { class: 'further' }, element('strong', {}, t('further') + ' '),
    t('furtherText', { serial: result.certificate.serial })) : null);
}

function render() {
  document.documentElement.lang = state.language;
  document.documentElement.dir = state.language === 'ar' ? 'rtl' : 'ltr';
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-say]')) node.textContent = t(node.dataset.say);
  $('language').value = state.language;
  const status = $('status');
  status.textContent = state.status ? t(state.status.key, state.status.values) : '';
  status.hidden = !state.status;
  const results = $('results');
  results.replaceChildren(...state.results.map((r, i) => resultCard(r, i, state.results.length)));
  results.hidden = state.results.length === 0;
  $('published').textContent = published.published ? t('published', { date: date(published.published) }) : '';
  document.body.dataset.ready = 'true';
  document.body.dataset.engines = [engines.ed25519, engines.zlib].filter(Boolean).join(' ');
}

function setLanguage(language, remember) {
  state.language = language;
  if (remember) {
    try { localStorage.setItem('verifier-language', language); } catch { /* private mode: not kept */ }
  }
  render();
}

// -- checking ------------------------------------------------------------------------------------------

async function check(texts, page) {
  state.status = null;
  state.results = [];
  for (const item of texts) {
    const result = await checkOne(item.text);
    state.results.push(Object.assign(result, { page: item.page || page || null }));
  }
  render();
}

async function checkOne(text) {
  let first = null;
  for (const reading of fragmentReadings(text)) {
    const result = await verifySeal(reading, Object.assign({ revocationList: state.revocationList }, published));
    if (result.reason !== 'damaged') return result;
    first = first || result;
  }
  return first;
}

function fromAddress() {
  const fragment = location.hash.slice(1);
  if (fragment) {
    $('code').value = '';
    check([{ text: fragment }]);
  }
}

// -- pictures, PDFs and the camera: the QR decoder loads only when needed -----------------------------

const loaded = {};

function loadScript(src) {
  loaded[src] = loaded[src] || new Promise((resolve, reject) => {
    const script = element('script', { src });
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.append(script);
  });
  return loaded[src];
}

async function scanCanvas(canvas) {
  const sizes = [Math.min(1.0, 2000 / Math.max(canvas.width, canvas.height)), 0.5, 0.3];
  for (const scale of sizes) {
    const width = Math.max(1, Math.round(canvas.width * scale));
    const height = Math.max(1, Math.round(canvas.height * scale));
    const work = scale === 1 ? canvas : element('canvas', { width, height });
    if (work !== canvas) work.getContext('2d').drawImage(canvas, 0, 0, width, height);
    const pixels = work.getContext('2d', { willReadFrequently: true }).getImageData(0, 0, width, height);
    const text = await globalThis.TRQR.scan(pixels);
    if (text) return text;
  }
  return null;
}

async function pictureCanvas(file) {
  const bitmap = await createImageBitmap(file);
  const canvas = element('canvas', { width: bitmap.width, height: bitmap.height });
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  return canvas;
}

async function isPdf(file) {
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  return String.fromCharCode(...head) === '%PDF-';
}

async function readFile(file) {
  state.results = [];
  state.status = { key: 'reading' };
  render();
  try {
    const found = [];
    if (await isPdf(file)) {
      // our certificates carry their code's text; a scanned one is read from its pictures
      const read = await readPdf(await file.arrayBuffer(), async (canvas, page) => {
        await loadScript('qr-decoder.js');
        const text = await scanCanvas(canvas);
        if (text) found.push({ text, page });
      }, (width, height) => element('canvas', { width, height }));
      read.seals.forEach((text, index) => found.push({ text, page: read.seals.length > 1 ? index + 1 : null }));
    } else {
      await loadScript('qr-decoder.js');
      const text = await scanCanvas(await pictureCanvas(file));
      if (text) found.push({ text });
    }
    if (found.length === 0) {
      state.status = { key: 'noCode', values: { file: file.name } };
      render();
      return;
    }
    await check(found);
  } catch (error) {
    console.error(error);
    state.status = { key: 'unreadable', values: { file: file.name } };
    render();
  }
}

let camera = null;

async function startCamera() {
  if (!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia)) {
    state.status = { key: 'cameraUnavailable' };
    render();
    return;
  }
  try {
    await loadScript('qr-decoder.js');
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    const video = $('video');
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    camera = { stream, timer: setInterval(() => scanVideo(video), 250) };
    $('camera').hidden = true;
    $('stop-camera').hidden = false;
  } catch (error) {
    console.error(error);
    state.status = { key: 'cameraUnavailable' };
    render();
  }
}

function stopCamera() {
  if (!camera) return;
  clearInterval(camera.timer);
  camera.stream.getTracks().forEach((track) => track.stop());
  camera = null;
  $('video').hidden = true;
  $('camera').hidden = false;
  $('stop-camera').hidden = true;
}

let scanning = false;

async function scanVideo(video) {
  if (!video.videoWidth || scanning || !camera) return;
  scanning = true;
  const canvas = element('canvas', { width: video.videoWidth, height: video.videoHeight });
  canvas.getContext('2d').drawImage(video, 0, 0);
  try {
    const text = await scanCanvas(canvas);
    if (text && camera) {
      stopCamera();
      check([{ text }]);
    }
  } finally {
    scanning = false;
  }
}

// -- start ---------------------------------------------------------------------------------------------

async function start() {
  const select = $('language');
  for (const [code, name] of LANGUAGES) select.append(element('option', { value: code, lang: code }, name));
  let saved = null;
  try { saved = localStorage.getItem('verifier-language'); } catch { /* not kept */ }
  const asked = new URLSearchParams(location.search).get('lang');
  state.language = chooseLanguage(asked || saved, navigator.languages || [navigator.language]);
  select.addEventListener('change', () => setLanguage(select.value, true));
  $('verify').addEventListener('click', () => check([{ text: $('code').value }]));
  $('code').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      check([{ text: $('code').value }]);
    }
  });
  $('file').addEventListener('change', () => {
    const file = $('file').files[0];
    if (file) readFile(file);
  });
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) readFile(file);
  });
  $('camera').addEventListener('click', startCamera);
  $('stop-camera').addEventListener('click', stopCamera);
  $('camera').hidden = !(navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
  window.addEventListener('hashchange', fromAddress);
  state.revocationList = await readRevocationList(published.revocations, published.trust);
  render();
  fromAddress();
}

globalThis.TRVerifier = { verifySeal, readRevocationList, published, state, check, engines };
start();

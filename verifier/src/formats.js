// The payload versions the centre's program has sealed, oldest first. Each reads the decoded CBOR
// (Maps, as cborg gives them) into one shape the page shows:
// {serial, names: [as printed, every script], programme: {code, title}, course, start, end, hours,
//  outcome, issued, languages}; dates are ISO strings (YYYY-MM-DD).

function field(map, key, type) {
  if (!(map instanceof Map) || !map.has(key)) throw new Error(`payload field ${key} missing`);
  const value = map.get(key);
  if (type && typeof value !== type) throw new Error(`payload field ${key} is not a ${type}`);
  return value;
}

function isoDate(text) {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error('bad date');
  return text;
}

// Version 1 ("TR1:"): a map with one-letter text keys, dates as ISO text, the programme's English title.
function readVersion1(map) {
  return {
    serial: field(map, 's', 'string'),
    names: [field(map, 'n', 'string')],
    programme: { code: null, title: field(map, 'p', 'string') },
    course: field(map, 'c', 'string'),
    start: isoDate(field(map, 'f')),
    end: isoDate(field(map, 't')),
    hours: field(map, 'h', 'number'),
    outcome: field(map, 'o', 'string'),
    issued: isoDate(field(map, 'i')),
    languages: [],
  };
}

const OUTCOMES = ['completion', 'participation'];
const LANGUAGE_SETS = [['en'], ['fr'], ['ar'], ['en', 'fr'], ['en', 'ar'], ['fr', 'en'], ['fr', 'ar'], ['ar', 'en'],
  ['ar', 'fr']];

function count(value) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Error(`${value} is not a count`);
  return value;
}

function text(value) {
  if (typeof value !== 'string') throw new Error('not text');
  return value;
}

function dayToIso(days) {
  return new Date(Date.UTC(1970, 0, 1 + days)).toISOString().slice(0, 10);
}

// A name of version 2: UTF-8 text, or bytes whose first byte is a 128-character window w of Unicode and
// each further byte b the character b (b < 0x80) or w * 128 + b - 0x80 (registry_app/seal/payload.py).
function unpackName(value) {
  if (typeof value === 'string') return value;
  if (!(value instanceof Uint8Array) || value.length === 0) throw new Error('not a name');
  const window = value[0] * 128;
  return Array.from(value.subarray(1), (b) => String.fromCodePoint(b < 128 ? b : window + b - 128)).join('');
}

// Version 2 ("TR2:"): integer keys, dates as days, programme and course by code, the name in every script.
function readVersion2(map) {
  const [startDays, length, delay] = field(map, 5);
  const start = count(startDays);
  const end = start + count(length);
  const programme = text(field(map, 3));
  const packed = count(field(map, 7));
  const outcome = OUTCOMES[packed >> 4];
  const languages = LANGUAGE_SETS[packed % 16];
  if (!outcome || !languages) throw new Error('unknown outcome or languages');
  return {
    serial: text(field(map, 1)),
    names: field(map, 2).map(unpackName),
    programme: { code: programme, title: null },
    course: programme + text(field(map, 4)),
    start: dayToIso(start),
    end: dayToIso(end),
    hours: count(field(map, 6)),
    outcome,
    issued: dayToIso(end + count(delay)),
    languages,
  };
}

// Packed text of version 3 (registry_app/seal/packing.py): UTF-8 text; or bytes whose first byte is a
// window of Unicode (below 0xF0, as version 2's names) or 0xF0 + k: the letters are the digits, in base
// len(ALPHABETS[k]), of one big-endian number after a leading digit 1.
const ALPHABET_BASE = 0xf0;
const range = (from, to) => Array.from({ length: to - from }, (_, i) => String.fromCodePoint(from + i)).join('');
const LATIN = " '-.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ALPHABETS = [
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-/._ \n',
  LATIN,
  LATIN + range(0xc0, 0x100).replace('\u00d7', '').replace('\u00f7', ''),
  ' -' + range(0x621, 0x653) + '\u0670\u067e\u0686\u0698\u06a4\u06a9\u06af\u06cc',
].map((alphabet) => Array.from(alphabet));

export function unpackText(value) {
  if (typeof value === 'string') return value;
  if (!(value instanceof Uint8Array) || value.length === 0) throw new Error('not packed text');
  if (value[0] < ALPHABET_BASE) return unpackName(value);
  const alphabet = ALPHABETS[value[0] - ALPHABET_BASE];
  if (!alphabet) throw new Error('unknown alphabet');
  const base = BigInt(alphabet.length);
  let number = 0n;
  for (const byte of value.subarray(1)) number = (number << 8n) | BigInt(byte);
  const letters = [];
  while (number >= base) {
    letters.push(alphabet[Number(number % base)]);
    number /= base;
  }
  if (number !== 1n) throw new Error('packed text without its leading digit');
  return letters.reverse().join('');
}

// Version 3 ("TR3:"): an array [codes (serial, programme, course rest, one a line), [names], start, end -
// start, issued - end, hours, outcome * 16 + languages], each text packed.
function readVersion3(array) {
  if (!Array.isArray(array) || array.length !== 7) throw new Error('not the seven fields of version 3');
  const [codes, names, startDays, length, delay, hours, packed] = array;
  const parts = unpackText(codes).split('\n');
  if (parts.length !== 3 || !Array.isArray(names)) throw new Error('bad codes or names');
  const [serial, programme, course] = parts;
  const start = count(startDays);
  const end = start + count(length);
  const outcome = OUTCOMES[count(packed) >> 4];
  const languages = LANGUAGE_SETS[packed % 16];
  if (!outcome || !languages) throw new Error('unknown outcome or languages');
  return {
    serial,
    names: names.map(unpackText),
    programme: { code: programme, title: null },
    course: programme + course,
    start: dayToIso(start),
    end: dayToIso(end),
    hours: count(hours),
    outcome,
    issued: dayToIso(end + count(delay)),
    languages,
  };
}

// envelope: 'digits' (version 3: decimal digits of the payload and its 64-byte signature, the COSE
// protected header {alg: EdDSA} implied), 'compact' (an untagged COSE_Sign1 without zlib nor key id;
// both: every key of the trust file is tried) or 'zlib' (a tagged COSE_Sign1 with a key id, in zlib).
export const PAYLOAD_VERSIONS = [
  { name: '3', prefix: 'TR3:', read: readVersion3, envelope: 'digits' },
  { name: '2', prefix: 'TR2:', read: readVersion2, envelope: 'compact' },
  { name: '1', prefix: 'TR1:', read: readVersion1, envelope: 'zlib' },
];

function readRevocationsVersion1(map) {
  const entries = field(map, 'revoked').map((row) => ({
    serial: field(row, 's', 'string'), status: row.get('t') || 'revoked', reason: row.get('r') || '',
  }));
  const next = map.get('next_update');
  return { issuer: map.get('issuer') || '', issued: isoDate(field(map, 'date')), nextUpdate: next ? isoDate(next) : null,
    entries };
}

export const REVOCATION_VERSIONS = [
  { name: '1', prefix: 'TRL1:', read: readRevocationsVersion1 },
];

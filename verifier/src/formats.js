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

// compact: an untagged COSE_Sign1 without zlib nor key id (every key of the trust file is tried).
export const PAYLOAD_VERSIONS = [
  { name: '2', prefix: 'TR2:', read: readVersion2, compact: true },
  { name: '1', prefix: 'TR1:', read: readVersion1, compact: false },
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

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

export const PAYLOAD_VERSIONS = [
  { name: '1', prefix: 'TR1:', read: readVersion1 },
];

function readRevocationsVersion1(map) {
  const entries = field(map, 'revoked').map((row) => ({
    serial: field(row, 's', 'string'), status: row.get('st') || 'revoked', reason: row.get('r') || '',
  }));
  return { issuer: map.get('issuer') || '', issued: isoDate(field(map, 'date')), nextUpdate: null, entries };
}

export const REVOCATION_VERSIONS = [
  { name: '1', prefix: 'TRL1:', read: readRevocationsVersion1 },
];

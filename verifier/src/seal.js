// Reading and checking a certificate's sealed text, exactly as registry_app/seal does in Python:
// "TR3:" + digits of (CBOR payload, Ed25519 signature of its COSE_Sign1), or the older "TR2:" +
// base45(COSE_Sign1) and "TR1:" + base45(zlib(COSE_Sign1)), signed by a key of the trust file.
// Cryptography and formats come from libraries (WebCrypto or @noble/ed25519, DecompressionStream or
// pako, cborg); only base45, an alphabet, is spelt out here.
import { decode as cborDecode, encode as cborEncode } from 'cborg';
import { inflate } from 'pako';
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { PAYLOAD_VERSIONS, REVOCATION_VERSIONS } from './formats.js';

ed.hashes.sha512 = sha512;

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const COSE_SIGN1 = 18;
const ALG = 1;
const KID = 4;
const EDDSA = -8;

export class SealError extends Error {
  constructor(code, detail) {
    super(detail || code);
    this.code = code;
  }
}

export function base45Decode(text) {
  const values = [];
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new SealError('damaged', `"${ch}" is not a base45 character`);
    values.push(v);
  }
  if (values.length % 3 === 1) throw new SealError('damaged', 'base45 length 3n+1');
  const out = [];
  for (let i = 0; i < values.length; i += 3) {
    if (i + 2 < values.length) {
      const n = values[i] + values[i + 1] * 45 + values[i + 2] * 2025;
      if (n > 0xffff) throw new SealError('damaged', 'base45 triplet out of range');
      out.push(n >> 8, n & 0xff);
    } else {
      const n = values[i] + values[i + 1] * 45;
      if (n > 0xff) throw new SealError('damaged', 'base45 pair out of range');
      out.push(n);
    }
  }
  return Uint8Array.from(out);
}

export const engines = { ed25519: null, zlib: null };

async function inflateZlib(bytes) {
  if (typeof DecompressionStream === 'function') {
    try {
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
      const result = new Uint8Array(await new Response(stream).arrayBuffer());
      engines.zlib = 'DecompressionStream';
      return result;
    } catch (error) {
      throw new SealError('damaged', 'zlib: ' + error.message);
    }
  }
  try {
    engines.zlib = 'pako';
    return inflate(bytes);
  } catch (error) {
    throw new SealError('damaged', 'zlib: ' + (error.message || error));
  }
}

let webCryptoEd25519 = null; // unknown until tried once

async function ed25519Verify(publicKey, signature, message) {
  if (webCryptoEd25519 !== false && globalThis.crypto && crypto.subtle) {
    try {
      const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
      const ok = await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message);
      webCryptoEd25519 = true;
      engines.ed25519 = 'WebCrypto';
      return ok;
    } catch (error) {
      if (webCryptoEd25519 === true && error.name !== 'NotSupportedError') return false;
      webCryptoEd25519 = false; // this browser has no Ed25519 in WebCrypto
    }
  }
  engines.ed25519 = '@noble/ed25519';
  try {
    return ed.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

const cborOptions = {
  useMaps: true,
  tags: Object.assign([], { [COSE_SIGN1]: (decode) => ({ coseSign1: decode() }) }),
};

function cbor(bytes, what) {
  try {
    return cborDecode(bytes, cborOptions);
  } catch (error) {
    throw new SealError('damaged', `${what}: ${error.message}`);
  }
}

function parseCose(message) {
  let decoded = cbor(message, 'COSE');
  if (decoded && decoded.coseSign1) decoded = decoded.coseSign1;
  if (!Array.isArray(decoded) || decoded.length !== 4) throw new SealError('damaged', 'not COSE_Sign1');
  const [protectedBytes, , payload, signature] = decoded;
  if (![protectedBytes, payload, signature].every((x) => x instanceof Uint8Array)) {
    throw new SealError('damaged', 'COSE parts are not byte strings');
  }
  const header = protectedBytes.length ? cbor(protectedBytes, 'header') : new Map();
  if (!(header instanceof Map) || header.get(ALG) !== EDDSA) throw new SealError('damaged', 'not EdDSA');
  const kid = header.get(KID);
  return { protectedBytes, payload, signature, kid: kid instanceof Uint8Array ? hex(kid) : '' };
}

function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function toBeSigned(protectedBytes, payload) {
  return cborEncode(['Signature1', protectedBytes, new Uint8Array(0), payload]);
}

function base64Bytes(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

export function findKey(trust, kid) {
  return (trust && trust.keys || []).find((k) => k.kid === kid) || null;
}

function keyCovers(key, day) {
  return key.valid_from <= day && (!key.valid_until || day <= key.valid_until);
}

// Version 3's digits (registry_app/seal/packing.py): each 17 digits are 7 bytes, a last group of k
// bytes DIGITS[k] digits.
const DIGITS = [0, 3, 5, 8, 10, 13, 15];
const EDDSA_PROTECTED = Uint8Array.from([0xa1, 0x01, 0x27]);

export function digitsDecode(text) {
  if (!/^[0-9]*$/.test(text)) throw new SealError('damaged', 'the seal holds other characters than digits');
  const rest = text.length % 17;
  if (!DIGITS.includes(rest)) throw new SealError('damaged', 'the seal\'s digits are cut short');
  const out = [];
  for (let start = 0; start < text.length; start += 17) {
    const group = text.slice(start, start + 17);
    const size = group.length === 17 ? 7 : DIGITS.indexOf(group.length);
    let value = BigInt(group);
    if (value >= 1n << BigInt(8 * size)) throw new SealError('damaged', 'a group of digits is out of range');
    const bytes = [];
    for (let i = 0; i < size; i++) {
      bytes.unshift(Number(value & 0xffn));
      value >>= 8n;
    }
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

async function openEnvelope(body, envelope) {
  if (envelope === 'digits') {
    const bytes = digitsDecode(body);
    if (bytes.length <= 64) throw new SealError('damaged', 'too short to hold a signature');
    return { protectedBytes: EDDSA_PROTECTED, payload: bytes.subarray(0, bytes.length - 64),
      signature: bytes.subarray(bytes.length - 64), kid: '' };
  }
  const bytes = base45Decode(body);
  return parseCose(envelope === 'compact' ? bytes : await inflateZlib(bytes));
}

async function signatureGood(key, envelope) {
  return ed25519Verify(base64Bytes(key.public_key), envelope.signature,
    toBeSigned(envelope.protectedBytes, envelope.payload));
}

// The sealed text of a QR code may come after a verification address and '#'.
export function sealedPart(text) {
  let value = String(text || '').trim();
  const hash = value.lastIndexOf('#');
  if (hash >= 0) value = value.slice(hash + 1);
  return value.trim();
}

// A fragment as a browser hands it back: spaces of base45 come percent-encoded ("%20"), while a '%' of
// base45 stays as it is, so "%20" may be either. Every reading is tried; the first whose seal opens wins.
export function fragmentReadings(fragment) {
  const parts = fragment.split('%20');
  if (parts.length === 1) return [fragment];
  const gaps = parts.length - 1;
  if (gaps > 10) return [parts.join(' '), fragment];
  const readings = [];
  for (let mask = (1 << gaps) - 1; mask >= 0; mask--) {
    let text = parts[0];
    for (let i = 0; i < gaps; i++) text += ((mask >> i) & 1 ? ' ' : '%20') + parts[i + 1];
    readings.push(text);
  }
  return readings;
}

// -> {verdict: 'valid'|'invalid'|'revoked'|'superseded', reason, certificate, key, revocation}
export async function verifySeal(text, published) {
  const sealed = sealedPart(text);
  if (!sealed) return { verdict: 'invalid', reason: 'empty' };
  const version = PAYLOAD_VERSIONS.find((v) => sealed.startsWith(v.prefix));
  if (!version) return { verdict: 'invalid', reason: 'notOurs' };
  let envelope;
  let certificate;
  try {
    envelope = await openEnvelope(sealed.slice(version.prefix.length), version.envelope);
    certificate = version.read(cbor(envelope.payload, 'payload'));
  } catch (error) {
    return { verdict: 'invalid', reason: 'damaged', detail: error.message };
  }
  certificate.payloadVersion = version.name;
  let key;
  if (version.envelope !== 'zlib') {
    // No key id: the keys of the trust file are tried; none matching means altered, forged or unknown.
    const matching = [];
    for (const candidate of (published.trust && published.trust.keys) || []) {
      if (await signatureGood(candidate, envelope)) matching.push(candidate);
    }
    if (matching.length === 0) return { verdict: 'invalid', reason: 'noKey', certificate };
    key = matching.find((k) => keyCovers(k, certificate.issued));
    if (!key) return { verdict: 'invalid', reason: 'keyOutsideValidity', kid: matching[0].kid, key: matching[0], certificate };
  } else {
    key = findKey(published.trust, envelope.kid);
    if (!key) return { verdict: 'invalid', reason: 'unknownKey', kid: envelope.kid, certificate };
    if (!(await signatureGood(key, envelope))) return { verdict: 'invalid', reason: 'altered', kid: envelope.kid, certificate };
    if (!keyCovers(key, certificate.issued)) {
      return { verdict: 'invalid', reason: 'keyOutsideValidity', kid: envelope.kid, key, certificate };
    }
  }
  const revocation = published.revocationList;
  const result = { verdict: 'valid', certificate, key, revocation };
  if (revocation && revocation.ok) {
    const entry = revocation.entries.find((e) => e.serial === certificate.serial);
    if (entry) Object.assign(result, { verdict: entry.status, entry });
  }
  return result;
}

// The signed revocation list published beside the page -> {ok, issued, nextUpdate, entries, problem}
export async function readRevocationList(text, trust) {
  const body = String(text || '').trim();
  if (!body) return { ok: false, problem: 'missing' };
  const version = REVOCATION_VERSIONS.find((v) => body.startsWith(v.prefix));
  if (!version) return { ok: false, problem: 'damaged' };
  try {
    const envelope = await openEnvelope(body.slice(version.prefix.length), 'zlib');
    const key = findKey(trust, envelope.kid);
    if (!key) return { ok: false, problem: 'unknownKey' };
    const good = await ed25519Verify(base64Bytes(key.public_key), envelope.signature,
      toBeSigned(envelope.protectedBytes, envelope.payload));
    if (!good) return { ok: false, problem: 'altered' };
    return Object.assign({ ok: true }, version.read(cbor(envelope.payload, 'revocation list')));
  } catch (error) {
    return { ok: false, problem: 'damaged', detail: error.message };
  }
}

// A small PDF reader, enough for certificates: no page is drawn.
// - The centre's own certificates carry their QR code's text in a link annotation over the code
//   (/Contents, registry_app/documents/certificate.py): found in the file's bytes, one a page.
// - A scanned certificate (pictures only) is read from its pictures: JPEG (DCTDecode) through the
//   browser's own image decoder, 1- or 8-bit grey, RGB or CMYK in zlib (FlateDecode, PNG predictors
//   too) through DecompressionStream; each picture then goes to the QR decoder.
// A certificate whose code is drawn in lines but carries no text of it (printed to PDF by another
// program) is not read: a photo or a scan of it is.

import { inflate as pakoInflate } from 'pako';

const MAX_IMAGES = 500; // streams of one kind read at most
const MAX_PIXELS = 50e6;

function latin1(bytes) {
  // one character a byte, so that an index in the text is an offset in the file
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return text;
}

const ESCAPES = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

function literalString(raw) {
  return raw.replace(/\\([0-7]{1,3}|\r\n|[\s\S])/g, (_, c) => {
    if (/^[0-7]/.test(c)) return String.fromCharCode(parseInt(c, 8) & 0xff);
    if (c === '\n' || c === '\r' || c === '\r\n') return '';
    return ESCAPES[c] ?? c;
  });
}

function hexString(raw) {
  const hex = raw.replace(/\s+/g, '');
  const bytes = Uint8Array.from((hex.length % 2 ? hex + '0' : hex).match(/../g) || [], (h) => parseInt(h, 16));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return latin1(bytes);
}

// The QR codes' texts the certificates carry, in the order of their pages.
export function sealsIn(text) {
  const found = [];
  const contents = /\/Contents\s*(?:\(((?:\\[\s\S]|[^\\)])*)\)|<([0-9A-Fa-f\s]*)>)/g;
  let match;
  while ((match = contents.exec(text))) {
    const value = match[1] !== undefined ? literalString(match[1]) : hexString(match[2]);
    if (/(^|#)TR\d+:/.test(value.trim())) found.push(value.trim());
  }
  return found;
}

function number(dictionary, key) {
  const match = new RegExp(`/${key}\\s+(\\d+)\\b(?!\\s+\\d+\\s+R)`).exec(dictionary);
  return match ? Number(match[1]) : null;
}

function filters(dictionary) {
  const match = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dictionary);
  return match ? match[1].match(/\/\w+/g).map((name) => name.slice(1)) : [];
}

// Each stream of the file of the given kind: {dictionary, data (its bytes as stored)}.
export function streamsIn(text, bytes, wanted) {
  const pictures = [];
  const objects = /\d+\s+\d+\s+obj\b/g;
  let match;
  while ((match = objects.exec(text)) && pictures.length < MAX_IMAGES) {
    const start = match.index + match[0].length;
    const streamAt = text.indexOf('stream', start);
    const endAt = text.indexOf('endobj', start);
    if (streamAt < 0 || (endAt >= 0 && endAt < streamAt)) continue;
    let dataStart = streamAt + 6;
    if (text[dataStart] === '\r') dataStart++;
    if (text[dataStart] === '\n') dataStart++;
    const dictionary = text.slice(start, streamAt);
    const length = number(dictionary, 'Length');
    let dataEnd = length === null ? -1 : dataStart + length;
    if (dataEnd < 0 || !/^\s*endstream/.test(text.slice(dataEnd, dataEnd + 20))) {
      dataEnd = text.indexOf('endstream', dataStart);
      if (dataEnd < 0) break;
      if (text[dataEnd - 1] === '\n') dataEnd--; // the end of line before endstream is not data
      if (text[dataEnd - 1] === '\r') dataEnd--;
    }
    objects.lastIndex = dataEnd;
    if (wanted.test(dictionary)) pictures.push({ dictionary, data: bytes.subarray(dataStart, dataEnd) });
  }
  return pictures;
}

const IMAGE = /\/Subtype\s*\/Image\b/;
const OBJECT_STREAM = /\/Type\s*\/ObjStm\b/;

// The seals inside compressed object streams (PDF 1.5), where a file saved again by another program
// may have put the annotations.
async function sealsInObjectStreams(text, bytes) {
  const found = [];
  for (const stream of streamsIn(text, bytes, OBJECT_STREAM)) {
    if (filters(stream.dictionary).join() !== 'FlateDecode') continue;
    try {
      found.push(...sealsIn(latin1(await inflate(stream.data))));
    } catch (error) {
      console.warn('an object stream of the PDF could not be read', error);
    }
  }
  return found;
}

async function inflate(data) {
  try {
    const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return pakoInflate(data); // no DecompressionStream, or bytes after the end of the data
  }
}

// PNG predictors (/Predictor 10-15): each row starts with its filter's number.
function unpredict(data, rowBytes, pixelBytes) {
  const rows = Math.floor(data.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  for (let y = 0; y < rows; y++) {
    const type = data[y * (rowBytes + 1)];
    const row = data.subarray(y * (rowBytes + 1) + 1, (y + 1) * (rowBytes + 1));
    const at = y * rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const left = x >= pixelBytes ? out[at + x - pixelBytes] : 0;
      const up = y > 0 ? out[at + x - rowBytes] : 0;
      const corner = y > 0 && x >= pixelBytes ? out[at + x - rowBytes - pixelBytes] : 0;
      let guess = 0;
      if (type === 1) guess = left;
      else if (type === 2) guess = up;
      else if (type === 3) guess = (left + up) >> 1;
      else if (type === 4) {
        const p = left + up - corner;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)];
        guess = a <= b && a <= c ? left : b <= c ? up : corner;
      }
      out[at + x] = (row[x] + guess) & 0xff;
    }
  }
  return out;
}

function colours(dictionary, samples, width, height) {
  if (/\/ImageMask\s+true/.test(dictionary)) return 1;
  if (/\/DeviceGray|\/CalGray/.test(dictionary)) return 1;
  if (/\/DeviceRGB|\/CalRGB/.test(dictionary)) return 3;
  if (/\/DeviceCMYK/.test(dictionary)) return 4;
  const guess = Math.round(samples / (width * height)); // ICC-based: told by the size of the data
  return [1, 3, 4].includes(guess) ? guess : null;
}

// A picture as a canvas, or null when it is stored in a way this reader does not know.
export async function pictureCanvas(picture, makeCanvas) {
  const { dictionary } = picture;
  const chain = filters(dictionary);
  if (chain.length > 2 || chain.some((name) => !['FlateDecode', 'DCTDecode'].includes(name))) return null;
  let data = picture.data;
  if (chain[0] === 'FlateDecode') data = await inflate(data);
  if (chain.includes('DCTDecode')) {
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/jpeg' }));
    const canvas = makeCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d').drawImage(bitmap, 0, 0);
    return canvas;
  }
  const width = number(dictionary, 'Width');
  const height = number(dictionary, 'Height');
  const bits = /\/ImageMask\s+true/.test(dictionary) ? 1 : number(dictionary, 'BitsPerComponent');
  if (!width || !height || width * height > MAX_PIXELS || ![1, 8].includes(bits)) return null;
  const predictor = number(dictionary, 'Predictor') || 1;
  const comps = colours(dictionary, predictor >= 10 ? data.length - height : data.length, width, height);
  if (!comps || (bits === 1 && comps !== 1)) return null;
  const rowBytes = Math.ceil((width * comps * bits) / 8);
  if (predictor >= 10) data = unpredict(data, rowBytes, Math.max(1, (comps * bits) >> 3));
  else if (predictor !== 1) return null;
  if (data.length < rowBytes * height) return null;
  // 0 is black (a grey picture's, and where a mask paints), unless /Decode [1 0] turns it round
  const invert = /\/Decode\s*\[\s*1(\.0*)?\s+0(\.0*)?\s/.test(dictionary);
  const pixels = new ImageData(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      let rgb;
      if (bits === 1) {
        const bit = (data[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1;
        rgb = [bit * 255, bit * 255, bit * 255];
      } else if (comps === 1) rgb = [data[y * rowBytes + x], data[y * rowBytes + x], data[y * rowBytes + x]];
      else if (comps === 3) rgb = Array.from(data.subarray(y * rowBytes + x * 3, y * rowBytes + x * 3 + 3));
      else {
        const [c, m, yy, k] = data.subarray(y * rowBytes + x * 4, y * rowBytes + x * 4 + 4);
        rgb = [255 - Math.min(255, c + k), 255 - Math.min(255, m + k), 255 - Math.min(255, yy + k)];
      }
      if (invert) rgb = rgb.map((v) => 255 - v);
      pixels.data.set([rgb[0], rgb[1], rgb[2], 255], at);
    }
  }
  const canvas = makeCanvas(width, height);
  canvas.getContext('2d').putImageData(pixels, 0, 0);
  return canvas;
}

// -> {seals: [text], pictures: count}; visit(canvas, n) is called for each picture when the file
// carries no seal of its own.
export async function readPdf(buffer, visit, makeCanvas) {
  const bytes = new Uint8Array(buffer);
  const text = latin1(bytes);
  let seals = sealsIn(text);
  if (seals.length === 0 && OBJECT_STREAM.test(text)) seals = await sealsInObjectStreams(text, bytes);
  if (seals.length) return { seals, pictures: 0 };
  const pictures = streamsIn(text, bytes, IMAGE);
  let n = 0;
  for (const picture of pictures) {
    let canvas = null;
    try {
      canvas = await pictureCanvas(picture, makeCanvas);
    } catch (error) {
      console.warn('a picture of the PDF could not be read', error);
    }
    if (canvas) await visit(canvas, ++n);
  }
  return { seals, pictures: n };
}

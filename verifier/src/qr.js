// The QR decoder, loaded by the page only when a picture, a PDF or the camera is used: ZXing (zxing-wasm,
// the WebAssembly build of zxing-cpp, which also reads blurred and tilted photos) with its WebAssembly
// inside this script, so that it loads from a file too (browsers refuse fetch() there); jsQR where the
// browser has no WebAssembly.
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import jsQR from 'jsqr';
import wasm from '../node_modules/zxing-wasm/dist/reader/zxing_reader.wasm';

let zxing = null;

function ready() {
  if (!zxing) {
    zxing = typeof WebAssembly === 'object'
      ? prepareZXingModule({ overrides: { wasmBinary: wasm.buffer }, fireImmediately: true })
      : Promise.reject(new Error('no WebAssembly'));
  }
  return zxing;
}

globalThis.TRQR = {
  engine: null,
  async scan(pixels) {
    try {
      await ready();
      const found = await readBarcodes(pixels, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
      this.engine = 'zxing-wasm';
      const code = found.find((result) => result.isValid);
      if (code) return code.text;
      return null;
    } catch (error) {
      this.engine = 'jsQR';
      const code = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
      return code ? code.data : null;
    }
  },
};

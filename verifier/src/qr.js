// The QR decoder, loaded by the page only when a picture, a PDF or the camera is used.
import jsQR from 'jsqr';

globalThis.TRQR = {
  scan(pixels) {
    const code = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
    return code ? code.data : null;
  },
};

// The PDF reader (pdf.js), loaded by the page only when a PDF is given. Its worker runs in the page
// itself, so that it works opened from a file too (browsers refuse workers to file:// pages).
import 'pdfjs-dist/build/pdf.worker.mjs';
import * as pdfjs from 'pdfjs-dist/build/pdf.mjs';

const MAX_PAGES = 200;

globalThis.TRPDF = {
  async eachPage(bytes, visit) {
    const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false,
      disableFontFace: true, useSystemFonts: false }).promise;
    try {
      for (let number = 1; number <= Math.min(document.numPages, MAX_PAGES); number++) {
        const page = await document.getPage(number);
        const base = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: Math.min(4, 2000 / Math.max(base.width, base.height)) });
        const canvas = globalThis.document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
        await visit(canvas, number);
        page.cleanup();
      }
    } finally {
      await document.destroy();
    }
  },
};

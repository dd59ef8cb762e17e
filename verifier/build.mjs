// Builds the verifier page into ../resources/verifier/: the page's script (our code, its small PDF
// reader included, with @noble/ed25519, @noble/hashes, cborg and pako) and the QR decoder (zxing-wasm,
// jsQR), each a classic script so that the page also works opened from a file; and the licences of
// every library shipped.
// Run through tools/build_verifier.sh (npm ci first); the output is committed.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'resources', 'verifier');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'licences'), { recursive: true });

const common = { bundle: true, minify: true, format: 'iife', platform: 'browser', target: ['es2020'],
  legalComments: 'none', logLevel: 'warning', charset: 'utf8' };
await build({ ...common, entryPoints: [join(here, 'src', 'main.js')], outfile: join(out, 'verifier.js') });
await build({ ...common, target: ['es2022'], entryPoints: [join(here, 'src', 'qr.js')], outfile: join(out, 'qr-decoder.js'),
  loader: { '.wasm': 'binary' }, logOverride: { 'empty-import-meta': 'silent' } });
copyFileSync(join(here, 'src', 'index.html'), join(out, 'index.html'));
copyFileSync(join(here, 'src', 'style.css'), join(out, 'verifier.css'));

const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8'));
const shipped = ['@noble/ed25519', '@noble/hashes', 'cborg', 'pako', 'jsqr', 'zxing-wasm'];
const lines = ['Libraries shipped in this page (their licences are in this folder):', ''];
for (const name of shipped) {
  const info = lock.packages[`node_modules/${name}`];
  const file = name.replace('@', '').replace('/', '-') + '.txt';
  const folder = join(here, 'node_modules', name);
  const licence = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE'].map((f) => join(folder, f))
    .find((path) => { try { return statSync(path).isFile(); } catch { return false; } });
  if (!licence) throw new Error(`no licence file in ${folder}`);
  copyFileSync(licence, join(out, 'licences', file));
  lines.push(`${name} ${info.version} (${info.license}): licences/${file}`);
}
lines.push('', 'zxing-wasm is the WebAssembly build of zxing-cpp (Apache-2.0, https://github.com/zxing-cpp/zxing-cpp).');
writeFileSync(join(out, 'licences', 'README.txt'), lines.join('\n') + '\n');
// What the output was built from, so that a test (without Node) tells when it was not rebuilt.
const sources = ['build.mjs', 'package-lock.json', ...readdirSync(join(here, 'src')).sort().map((f) => `src/${f}`)];
const digest = createHash('sha256');
for (const file of sources) digest.update(file + '\0').update(readFileSync(join(here, file))).update('\0');
writeFileSync(join(out, 'built-from.txt'), `${digest.digest('hex')}\n`);
for (const file of ['index.html', 'verifier.js', 'verifier.css', 'qr-decoder.js']) {
  console.log(`${file.padEnd(16)} ${(statSync(join(out, file)).size / 1024).toFixed(1).padStart(8)} KB`);
}

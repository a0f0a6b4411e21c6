// Scores Kliping's main-text extraction against the expected text of the pages in
// ../shared/corpus/html, next to Mozilla Readability (with jsdom) on the same pages, in one run:
// token-level precision, recall and F1 (words folded to lower case, compared as multisets) and
// milliseconds per page.
//   cd tests/bench/readability && npm install && node compare.mjs ../../../build/bin/bench_html
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.KLIPING_SHARED_DIR || join(here, '../../../../shared');
const htmlDir = join(shared, 'corpus/html');
const benchHtml = process.argv[2] || join(here, '../../../build/bin/bench_html');
const repeats = 5;

const words = (text) => (text || '').toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}_]+/gu) || [];
function score(got, want) {
  const g = words(got), w = words(want);
  const counts = new Map();
  for (const t of w) counts.set(t, (counts.get(t) || 0) + 1);
  let common = 0;
  for (const t of g) {
    const c = counts.get(t) || 0;
    if (c > 0) { common++; counts.set(t, c - 1); }
  }
  const p = g.length ? common / g.length : 0, r = w.length ? common / w.length : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const manifest = JSON.parse(readFileSync(join(htmlDir, 'manifest.json'), 'utf8'));
const kliping = new Map(
  execFileSync(benchHtml, [String(20)], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((o) => [o.file, o]));

const rows = [];
for (const page of manifest) {
  if (!page.expected_text) continue;
  const html = readFileSync(join(htmlDir, page.file), 'utf8');
  const expected = readFileSync(join(htmlDir, page.expected_text), 'utf8');
  let article = null;
  const t0 = performance.now();
  for (let i = 0; i < repeats; i++) {
    const dom = new JSDOM(html, { url: 'https://example.org/', virtualConsole: new VirtualConsole() });
    article = new Readability(dom.window.document).parse();
  }
  const readabilityMs = (performance.now() - t0) / repeats;
  const k = kliping.get(page.file) || { body: '', ms: NaN };
  rows.push({ file: page.file, k: score(k.body, expected), kms: k.ms,
              rd: score(article ? article.textContent : '', expected), rms: readabilityMs });
}

const f3 = (x) => x.toFixed(3), f1 = (x) => x.toFixed(1);
console.log('page'.padEnd(44), 'kliping P     R     F1   ms/page | readability P     R     F1   ms/page');
for (const r of rows)
  console.log(r.file.padEnd(44), f3(r.k.p), f3(r.k.r), f3(r.k.f), f1(r.kms).padStart(7), '|',
              f3(r.rd.p), f3(r.rd.r), f3(r.rd.f), f1(r.rms).padStart(7));
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const kf = mean(rows.map((r) => r.k.f)), rf = mean(rows.map((r) => r.rd.f));
const km = mean(rows.map((r) => r.kms)), rm = mean(rows.map((r) => r.rms));
console.log(`macro F1: kliping ${f3(kf)}, readability ${f3(rf)}; ms/page: kliping ${f1(km)}, ` +
            `readability ${f1(rm)} (kliping ${(rm / km).toFixed(0)}x faster)`);

// Development tool: runs Mozilla Readability (on jsdom) over the Readability test pages and writes, per page, the
// extracted text and title, plus the time per page, for io.statewire.bench.ExtractionBench to score.
// Usage: node peer.mjs PAGES_DIR OUT_DIR
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [pagesDir, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const pages = readdirSync(pagesDir).filter((name) => existsSync(join(pagesDir, name, "source.html"))).sort();
const sources = pages.map((name) => readFileSync(join(pagesDir, name, "source.html"), "utf8"));
const quiet = new VirtualConsole();

function extract(html) {
  const dom = new JSDOM(html, { url: "http://fakehost/test/page.html", virtualConsole: quiet });
  return new Readability(dom.window.document).parse();
}

for (let round = 0; round < 2; round++) {
  sources.forEach(extract); // warm-up rounds, as the JVM side gets
}
const start = process.hrtime.bigint();
const results = sources.map(extract);
const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
results.forEach((article, i) => {
  writeFileSync(join(outDir, pages[i] + ".txt"), article?.textContent ?? "");
  writeFileSync(join(outDir, pages[i] + ".title"), article?.title ?? "");
});
writeFileSync(join(outDir, "timing.json"), JSON.stringify({ pages: pages.length, msPerPage: elapsedMs / pages.length }));
console.log(`peer: ${pages.length} pages, ${(elapsedMs / pages.length).toFixed(2)} ms per page`);

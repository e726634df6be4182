// Example pages must open from disk, where browsers refuse fetch(), so they
// carry their data inline: <script type="application/json" data-sync="../data/x.json">.
// This copies each named data file into its page (run by `npm run build`);
// tests/examples.test.ts fails when a page is out of date.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const block = /(<script type="application\/json"[^>]*? data-sync="([^"]+)"[^>]*>)([\s\S]*?)(<\/script>)/g;

/** The JSON of a data file as it sits inside a page: `<` escaped so data cannot close the script. */
export function inlineJson(file) {
  return JSON.stringify(JSON.parse(readFileSync(file, "utf8"))).replace(/</g, "\\u003c");
}

export function syncPage(path) {
  const html = readFileSync(path, "utf8");
  return html.replace(
    block,
    (_, open, src, _old, close) => `${open}${inlineJson(resolve(dirname(path), src))}${close}`,
  );
}

export function pages() {
  const dir = join(root, "examples");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const page of pages()) {
    const before = readFileSync(page, "utf8");
    const after = syncPage(page);
    if (after !== before) {
      writeFileSync(page, after);
      console.log(`synced data into ${page.slice(root.length + 1)}`);
    }
  }
}

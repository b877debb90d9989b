// encat-audit --province --format html (the league table) in a real browser
// (Debian's chromium, driven by playwright-core; no browser download), on the
// quzhou test province with names (a registry with regions), a third county
// (开化县, a copy of 常山县: ties) and a B301 in the province's unified catalog:
//   - the page makes no request but itself and data: URLs, no console error,
//   - a row per county in the order of `--sort` (the JSON's order), the
//     sorted column's heading aria-sort="descending"; the province's row
//     (浙江省统一目录, its B301) last,
//   - county names with their codes; the gap columns headed in words (every
//     B code of the JSON's by_code, none headed by its bare code),
//   - the table inside its frame: its right edge within the page's content at
//     1280 px (zh and en) and at A4 landscape's printable width in print, no
//     horizontal scroll of the page,
//   - a click on a heading sorts (highest first, then lowest), the province's
//     row kept last,
// and saves screenshots and a printed PDF (A4 landscape) as artifacts.
//
// usage: node league_table.test.mjs ENCAT_AUDIT FIXTURE ARTIFACT_DIR
//   FIXTURE: tests/fixtures/audit/quzhou (copied and changed in a temporary folder)
// Exit 0 when every check passes, 1 otherwise, 77 when there is no browser.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { browserLauncher, check, finish, requireBrowser, watch } from "./common.mjs";

const [argAudit, argFixture, argArtifacts] = process.argv.slice(2);
const auditBin = path.resolve(argAudit ?? process.env.ENCAT_AUDIT ?? "build/tools/encat-audit");
const fixture = path.resolve(argFixture ?? "tests/fixtures/audit/quzhou");
const artifacts = path.resolve(argArtifacts ?? process.env.ENCAT_ARTIFACTS ?? "build/browser-artifacts");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// The province of the golden cases tests/cli/audit/province_* (their `setup`).
function makeProvince(dir) {
  const catalogs = path.join(dir, "catalogs");
  fs.cpSync(fixture, catalogs, { recursive: true });
  fs.rmSync(path.join(catalogs, "README.md"));
  fs.rmSync(path.join(catalogs, "jiangsu-unified-2024.yaml"));
  const kaihua = path.join(catalogs, "kaihua");
  fs.cpSync(path.join(catalogs, "changshan"), kaihua, { recursive: true });
  for (const file of fs.readdirSync(kaihua, { recursive: true })) {
    const full = path.join(kaihua, file);
    if (!file.endsWith(".yaml")) continue;
    fs.writeFileSync(full, fs.readFileSync(full, "utf8").replace("330822", "330824").replace("changshan", "kaihua")
      .replaceAll("常山", "开化"));
  }
  const unified = path.join(catalogs, "unified-2022.yaml");
  const lines = fs.readFileSync(unified, "utf8").split("\n");
  const at = lines.findIndex((l) => l.includes('code: "330215001000"'));
  const boundary = lines.findIndex((l, i) => i > at && l.trim().startsWith("boundary:"));
  lines.splice(boundary, 1);  // B301, the province's
  fs.writeFileSync(unified, lines.join("\n"));
  fs.writeFileSync(path.join(catalogs, "registry.yaml"), `kind: registry
id: zhejiang-registry
title: 浙江省执法领域与部门
regions:
  "330000": 浙江省
  "330881": 江山市
  "330881003": 清湖街道
  "330881102": 贺村镇
  "330822": 常山县
`);
  return catalogs;
}

function runAudit(catalogs, args, output) {
  const result = spawnSync(auditBin, [catalogs, "--province", "--targets", "quzhou-targets", ...args, "-o", output],
                           { encoding: "utf8" });
  if (result.error) throw new Error(`cannot run ${auditBin}: ${result.error.message}`);
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${auditBin} ${args.join(" ")} exited ${result.status}:\n${result.stderr}`);
  return output;
}

// The rows' regions in the page's order, the province's row marked as such.
const order = (page) => page.locator("table.league tbody tr").evaluateAll((rows) =>
  rows.map((r) => r.dataset.region ?? `province:${r.dataset.province}`));

// How the table sits in its frame and the page: rights edges and scroll widths.
const fit = (page) => page.evaluate(() => {
  const main = document.querySelector("main"), frame = document.querySelector(".league-frame");
  const table = document.querySelector("table.league");
  const padding = parseFloat(getComputedStyle(main).paddingRight);
  return {
    table: table.getBoundingClientRect().right, frame: frame.getBoundingClientRect().right,
    content: main.getBoundingClientRect().right - padding,
    frameScroll: frame.scrollWidth - frame.clientWidth,
    pageScroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
});
const fits = (f) => f.table <= f.frame + 0.5 && f.frame <= f.content + 0.5 && f.frameScroll <= 0 && f.pageScroll <= 0;

async function openPage(browser, dir, htmlPath, label, width = 1280) {
  const pageUrl = pathToFileURL(htmlPath).href;
  const context = await browser(dir);
  const page = context.pages()[0] ?? (await context.newPage());
  const watcher = watch(context, page, pageUrl, label);
  await watcher.route();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(pageUrl, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  return { context, page, watcher };
}

async function checkLeague(browser, userDataRoot, catalogs, { name, sort, lang }) {
  const args = [...(sort ? ["--sort", sort] : []), ...(lang ? ["--lang", lang] : [])];
  const label = `league ${name}`;
  const htmlPath = runAudit(catalogs, [...args, "--format", "html"], path.join(artifacts, `league-${name}.html`));
  const json = JSON.parse(fs.readFileSync(runAudit(catalogs, [...args, "--format", "json"],
                                                  path.join(artifacts, `league-${name}.json`)), "utf8"));
  const { context, page, watcher } = await openPage(browser, path.join(userDataRoot, name), htmlPath, label);
  const figure = sort ?? "matter_share";

  // Order: the JSON's (the tool's --sort), the province's row last.
  const want = [...json.counties.map((c) => c.region), `province:${json.province.region}`];
  check(json.sort === figure, `${label}: the JSON says it is sorted by ${figure}`, json.sort);
  check(same(await order(page), want), `${label}: rows in the order of --sort ${figure}, the province's last`,
        `${JSON.stringify(await order(page))} / ${JSON.stringify(want)}`);
  const values = json.counties.map((c) => c.figures[figure].value);
  check(values.every((v, i) => i === 0 || v === null || (values[i - 1] !== null && values[i - 1] >= v)),
        `${label}: the JSON's counties highest first, n/a last`, JSON.stringify(values));
  const sorted = await page.locator("table.league thead th[aria-sort]").evaluateAll((ths) =>
    ths.map((th) => `${th.dataset.figure}:${th.getAttribute("aria-sort")}`));
  check(same(sorted, [`${figure}:descending`]), `${label}: only the ${figure} heading has aria-sort="descending"`,
        JSON.stringify(sorted));

  // Names, codes, the province's row.
  for (const c of json.counties) {
    const place = await page.locator(`table.league tr[data-region="${c.region}"] td.place`).innerText();
    check(place.includes(c.name) && place.includes(c.region), `${label}: ${c.name} with its code ${c.region}`, place);
  }
  const province = page.locator("table.league tr.province");
  const provinceText = (await province.locator("td.place").innerText()).replace(/\s+/g, " ");
  check((await province.count()) === 1 && provinceText.includes(json.province.name) && provinceText.includes("330000"),
        `${label}: one row of the province's own gaps (${provinceText})`);
  const b301 = await province.locator('td[data-code="B301"]').textContent();
  check(b301 === String(json.province.gaps.by_code.B301) && b301 === "1", `${label}: the province's row counts its B301 once`, b301);
  const countyB301 = await page.locator('table.league tr[data-region] td[data-code="B301"]').allTextContents();
  check(countyB301.every((t) => t === "0"), `${label}: no county is charged the province's B301`, countyB301.join(","));

  // Heads in words: a column per B code of the JSON, none headed by a bare code.
  const codes = Object.keys(json.counties[0].gaps.by_code);
  const heads = await page.locator("table.league thead th[data-code]").evaluateAll((ths) =>
    ths.map((th) => ({ code: th.dataset.code, text: th.textContent.trim(), small: getComputedStyle(th, "::before").content })));
  check(same(heads.map((h) => h.code), codes), `${label}: a gap column per B code (${codes[0]}–${codes.at(-1)})`,
        heads.map((h) => h.code).join(","));
  check(heads.every((h) => h.text !== "" && !/^[A-Z]\d{3}$/.test(h.text) && h.small.includes(h.code)),
        `${label}: gap columns headed in words, the code as a small line`, JSON.stringify(heads.slice(0, 3)));

  // The table in its frame, on screen.
  const screen = await fit(page);
  check(fits(screen), `${label}: at 1280 px the table's right edge is within its frame and the page does not scroll sideways`,
        JSON.stringify(screen));
  await page.screenshot({ path: path.join(artifacts, `league-${name}.png`), fullPage: true });

  // A click on a heading sorts: the claim rate, highest first, then lowest; the province's row stays last.
  const head = page.locator('table.league thead th[data-figure="claim_rate"]');
  const keys = () => page.locator("table.league tbody tr[data-region]").evaluateAll((rows) =>
    rows.map((r) => r.querySelector('td[data-figure="claim_rate"]').dataset.sort).filter((k) => k !== "").map(Number));
  await head.click();
  const down = await keys();
  check(down.every((v, i) => i === 0 || down[i - 1] >= v) && (await head.getAttribute("aria-sort")) === "descending" &&
        (await order(page)).at(-1).startsWith("province:"),
        `${label}: a click on 认领率 sorts highest first, the province's row last`, JSON.stringify(down));
  await head.click();
  const up = await keys();
  check(up.every((v, i) => i === 0 || up[i - 1] <= v) && (await head.getAttribute("aria-sort")) === "ascending" &&
        (await order(page)).at(-1).startsWith("province:") && !same(up, down),
        `${label}: a second click sorts lowest first`, JSON.stringify(up));
  const nameHead = page.locator("table.league thead th.place");
  await nameHead.click();
  const names = await page.locator("table.league tbody tr[data-region] td.place").evaluateAll((tds) => tds.map((td) => td.dataset.sort));
  check(same(names, [...names].sort()), `${label}: a click on the county heading sorts by name`, names.join("、"));

  // In print: A4 landscape's printable width (297 mm less 2 × 10 mm of margins, at 96 px/in).
  {
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: Math.floor((277 / 25.4) * 96), height: 700 });
    const printed = await fit(page);
    check(fits(printed), `${label}: in print at A4 landscape's width the table is within the page`, JSON.stringify(printed));
    const pdfPath = path.join(artifacts, `league-${name}.pdf`);
    await page.pdf({ path: pdfPath, printBackground: true, preferCSSPageSize: true });
    const info = spawnSync("pdfinfo", [pdfPath], { encoding: "utf8" });
    if (info.status === 0) {
      const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info.stdout);
      check(size && Math.abs(+size[1] - 841.89) < 0.5 && Math.abs(+size[2] - 595.28) < 0.5,
            `${label} printed: A4 landscape`, size?.[0] ?? info.stdout);
      const text = spawnSync("pdftotext", ["-layout", "-enc", "UTF-8", pdfPath, "-"], { encoding: "utf8" }).stdout ?? "";
      const last = heads.at(-1);
      // An upright head (English) comes out of pdftotext reversed: 413B.
      const printedCode = text.includes(last.code) || text.includes([...last.code].reverse().join(""));
      check(printedCode && text.includes(json.province.region),
            `${label} printed: the last column (${last.code}) and the province's row are on the page`);
    }
    await page.emulateMedia({ media: "screen" });
  }
  watcher.verify();
  await context.close();
}

async function main() {
  fs.mkdirSync(artifacts, { recursive: true });
  requireBrowser(executablePath);
  const userDataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "encat-browser-"));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "encat-league-"));
  const browser = browserLauncher(executablePath);
  try {
    const catalogs = makeProvince(work);
    await checkLeague(browser, userDataRoot, catalogs, { name: "default" });
    await checkLeague(browser, userDataRoot, catalogs, { name: "domain-share", sort: "domain_share" });
    await checkLeague(browser, userDataRoot, catalogs, { name: "en", sort: "case_share", lang: "en" });
  } catch (error) {
    check(false, "the run completed", error.stack ?? String(error));
  } finally {
    fs.rmSync(userDataRoot, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`artifacts: ${artifacts}/league-{default,domain-share,en}.png, league-default.pdf`);
  finish();
}

main();

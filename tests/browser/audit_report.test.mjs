// encat-audit's HTML reports in a real browser (Debian's chromium, driven by
// playwright-core; no browser download):
//   - the page makes no request but itself (file://) and data: URLs,
//   - no console error, no uncaught exception,
//   - one chart per figure, one point per year, one target line per year
//     with a target (checked against `--format json` of the same run),
//     n/a years drawn as gaps, no two chart labels overlapping,
//   - the county's name in the title (评估, never 审计), the summary paragraphs, the
//     口径 table of each year with a row per catalog counted, the boundary-gap
//     groups of each year and the province's (with the matter's name and the
//     code's fix line) and the township rows agree with the JSON,
//   - printed on A4, no table is wider than the page,
//   - the province league table has a row per county and sorts on click,
// and saves full-page screenshots and a printed PDF as artifacts.
//
// usage: node audit_report.test.mjs ENCAT_AUDIT CATALOGS ARTIFACT_DIR
//   (or the environment: ENCAT_AUDIT, ENCAT_CATALOGS, ENCAT_ARTIFACTS;
//    ENCAT_REGION=330881, ENCAT_YEARS=2021-2023, ENCAT_TARGETS=zhejiang-targets,
//    CHROMIUM=/usr/bin/chromium)
// Exit 0 when every check passes, 1 otherwise.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { browserLauncher, check, finish, requireBrowser, watch } from "./common.mjs";

const [argAudit, argCatalogs, argArtifacts] = process.argv.slice(2);
const auditBin = path.resolve(argAudit ?? process.env.ENCAT_AUDIT ?? "build/tools/encat-audit");
const catalogs = path.resolve(argCatalogs ?? process.env.ENCAT_CATALOGS ?? "catalogs");
const artifacts = path.resolve(argArtifacts ?? process.env.ENCAT_ARTIFACTS ?? "build/browser-artifacts");
const region = process.env.ENCAT_REGION ?? "330881";
const years = process.env.ENCAT_YEARS ?? "2021-2023";
// The targets the sample finds itself unless one is named.
const targetArgs = process.env.ENCAT_TARGETS ? ["--targets", process.env.ENCAT_TARGETS] : [];
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

const FIGURES = ["matter_share", "domain_share", "key_matter_share", "case_share", "township_mandatory", "claim_rate",
                 "inspection_coverage", "staff_frontline_share", "staff_township_share"];


function runAudit(args, output) {
  const result = spawnSync(auditBin, [catalogs, ...args, "-o", output], { encoding: "utf8" });
  if (result.error) throw new Error(`cannot run ${auditBin}: ${result.error.message}`);
  // 0 clean, 1 findings (error-level gaps), 2 usage or internal failure.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${auditBin} ${args.join(" ")} exited ${result.status}:\n${result.stderr}`);
  return output;
}

// Pairs of chart labels whose boxes overlap by more than a sliver.
async function overlappingLabels(page) {
  return page.evaluate(() => {
    const found = [];
    for (const svg of document.querySelectorAll("svg.chart")) {
      const boxes = [...svg.querySelectorAll("text")]
        .filter((t) => t.textContent.trim() !== "")
        .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r, b = boxes[j].r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 1) found.push(`${svg.dataset.figure}: "${boxes[i].text}" / "${boxes[j].text}"`);
        }
    }
    return found;
  });
}

async function checkCountyReport(browser, userDataRoot) {
  const htmlPath = runAudit(["--region", region, "--years", years, ...targetArgs, "--format", "html"],
                            path.join(artifacts, "audit-report.html"));
  const jsonPath = runAudit(["--region", region, "--years", years, ...targetArgs, "--format", "json"],
                            path.join(artifacts, "audit-report.json"));
  const expected = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
  const pageUrl = pathToFileURL(htmlPath).href;

  const context = await browser(path.join(userDataRoot, "county"));
  const page = context.pages()[0] ?? (await context.newPage());
  const watcher = watch(context, page, pageUrl, "county report");
  await watcher.route();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pageUrl, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);

  check((await page.getAttribute("html", "lang")) === "zh-CN", "county report: <html lang=\"zh-CN\">");
  check((await page.locator("script").count()) === 0, "county report: no script at all");
  const title = await page.title();
  check(title.includes(region) || title.includes(expected.name), `county report: the title names the county (${title})`);

  const yearList = expected.years.map((y) => y.year);
  check((await page.locator("svg.chart").count()) === FIGURES.length, `county report: ${FIGURES.length} charts`);
  for (const figure of FIGURES) {
    const chart = page.locator(`svg.chart[data-figure="${figure}"]`);
    check((await chart.count()) === 1, `${figure}: one chart`);
    const points = await chart.locator(".point").evaluateAll((els) =>
      els.map((e) => ({ year: +e.dataset.year, value: e.dataset.value, na: e.classList.contains("point-na"),
                        marker: !!e.querySelector("circle") })));
    const values = expected.years.map((y) => y.figures[figure].value);
    check(points.length === yearList.length, `${figure}: ${yearList.length} points (one per year)`, `got ${points.length}`);
    check(JSON.stringify(points.map((p) => p.year)) === JSON.stringify(yearList), `${figure}: the points' years in order`,
          `got ${points.map((p) => p.year)}`);
    const valuesOk = points.every((p, i) => values[i] === null
      ? p.na && p.value === "n/a" && !p.marker
      : !p.na && p.marker && Math.abs(+p.value - values[i]) < 1e-12);
    check(valuesOk, `${figure}: values match the JSON, n/a years drawn as gaps without a marker`,
          `got ${JSON.stringify(points)}, want ${JSON.stringify(values)}`);
    const withTarget = expected.years.filter((y) => y.figures[figure].target !== undefined);
    const lines = await chart.locator(".target-line").evaluateAll((els) =>
      els.map((e) => ({ year: +e.dataset.year, target: +e.dataset.target })));
    check(lines.length === withTarget.length, `${figure}: ${withTarget.length} target line(s)`, `got ${lines.length}`);
    check(lines.every((l, i) => withTarget[i] && l.year === withTarget[i].year && Math.abs(l.target - withTarget[i].figures[figure].target) < 1e-12),
          `${figure}: target lines at the right years and values`, JSON.stringify(lines));
    const box = await chart.boundingBox();
    check(box && box.width > 200 && box.height > 100, `${figure}: the chart is drawn at a readable size`, JSON.stringify(box));
  }
  const overlaps = await overlappingLabels(page);
  check(overlaps.length === 0, "county report: no two chart labels overlap", overlaps.join("\n      "));

  // The figure table: one row per figure and year.
  check((await page.locator("table.figures tbody tr").count()) === FIGURES.length * yearList.length,
        "county report: the figure table has a row per figure and year");

  // The name in the title; 评估, never 审计.
  check(title.includes(expected.name) && title.includes("评估") && !title.includes("审计"),
        `county report: the title names the county and says 评估 (${title})`);
  check(!(await page.content()).includes("审计"), "county report: the page never says 审计");

  // The summary paragraphs, one a year, as the JSON's.
  const paragraphs = await page.locator("section#paragraphs p.paragraph").allTextContents();
  check(JSON.stringify(paragraphs) === JSON.stringify(expected.years.map((y) => y.summary)),
        "county report: a summary paragraph a year, as the JSON's", JSON.stringify(paragraphs));
  check(paragraphs.length > 0 && paragraphs[0].startsWith(`${yearList[0]}年，${expected.name}`),
        "county report: the paragraph starts with the year and the county's name", paragraphs[0]);

  // 口径: a table a year, a row per catalog counted, with its 文号 and entries.
  for (const y of expected.years) {
    const rows = await page.locator(`.counted-year[data-year="${y.year}"] table.counted tbody tr`).evaluateAll((els) =>
      els.map((e) => ({ id: e.dataset.catalog, cells: [...e.querySelectorAll("td")].map((td) => td.textContent) })));
    check(JSON.stringify(rows.map((r) => r.id)) === JSON.stringify(y.counted.map((c) => c.id)),
          `口径 ${y.year}: a row per catalog counted, in the JSON's order`, JSON.stringify(rows.map((r) => r.id)));
    check(rows.every((r, i) => r.cells[1].includes(y.counted[i].title) && r.cells[4] === String(y.counted[i].entries) &&
                               (y.counted[i].document === "" || r.cells[2] === y.counted[i].document)),
          `口径 ${y.year}: title, 文号 and entries as the JSON's`, JSON.stringify(rows.slice(0, 3)));
    const missing = await page.locator(`.counted-year[data-year="${y.year}"] p.paragraph`).allTextContents();
    check(missing.length === 1 && y.missing.townships.every((t) => missing[0].includes(t.name)),
          `口径 ${y.year}: what is missing, townships by name`, missing.join(" | "));
  }

  // Boundary gaps of each year grouped by code, counts as in the JSON; each group's fix line,
  // each gap's matter by name; the province's unified-catalog gaps once, in their own section.
  const checkGaps = async (selector, findings, what) => {
    const byCode = {};
    for (const f of findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    const groups = await page.locator(`${selector} section.gap-group`).evaluateAll((els) =>
      els.map((e) => ({ code: e.dataset.code, count: +e.dataset.count, rows: e.querySelectorAll("tr.gap").length,
                        fix: e.querySelector("p.fix")?.textContent ?? "",
                        about: [...e.querySelectorAll("td.about")].map((td) => td.textContent) })));
    check(JSON.stringify(groups.map((g) => g.code)) === JSON.stringify(Object.keys(byCode).sort()),
          `${what}: gap groups by code, in code order`, JSON.stringify(groups.map((g) => g.code)));
    check(groups.every((g) => g.count === byCode[g.code] && g.rows === byCode[g.code]),
          `${what}: each gap group lists all its findings`, JSON.stringify(groups.map((g) => [g.code, g.count, g.rows])));
    check(groups.every((g) => { const f = findings.find((x) => x.code === g.code); return f.fix && g.fix.endsWith(f.fix.replace(/`/g, "")); }),
          `${what}: each group says what to do (the code's fix line)`, JSON.stringify(groups.map((g) => g.fix)));
    const named = findings.filter((f) => f.about && f.about.name);
    check(named.every((f) => groups.some((g) => g.about.some((a) => a.includes(f.about.name) && a.includes(f.matter)))),
          `${what}: each gap shows its matter's name beside its code`, `${named.length} named`);
  };
  for (const y of expected.years) await checkGaps(`section#gaps-${y.year}`, y.findings, `gaps ${y.year}`);
  const province = [];
  for (const y of expected.years)
    for (const f of y.province_findings)
      if (!province.some((p) => p.code === f.code && p.file === f.file && p.line === f.line)) province.push(f);
  check((await page.locator("section#province-gaps").count()) === (province.length ? 1 : 0),
        "county report: the province's gaps in one section of their own, when there are any");
  if (province.length) await checkGaps("section#province-gaps", province, "province gaps");

  // Townships: one row per township present in any year (plus the total).
  const townships = new Set(expected.years.flatMap((y) => (y.townships ?? []).map((t) => t.region || t.id)));
  check((await page.locator("tr[data-township]").count()) === townships.size,
        `county report: ${townships.size} township rows`);

  await page.screenshot({ path: path.join(artifacts, "audit-report.png"), fullPage: true });
  await page.emulateMedia({ media: "print" });
  // A4 portrait's printable width (210 mm less the page's margins, at 96 px/in): no table wider than the page.
  await page.setViewportSize({ width: 700, height: 990 });
  const wide = await page.evaluate(() => [...document.querySelectorAll("table")]
    .map((t) => ({ name: t.className || t.closest("section")?.id, right: t.getBoundingClientRect().right, scroll: t.scrollWidth, width: t.clientWidth }))
    .filter((t) => t.right > document.documentElement.clientWidth + 1 || t.scroll > t.width + 1));
  check(wide.length === 0, "county report: printed on A4, no table is wider than the page", JSON.stringify(wide));
  await page.pdf({ path: path.join(artifacts, "audit-report.pdf"), format: "A4", printBackground: true, preferCSSPageSize: true });
  watcher.verify();
  await context.close();
}

async function checkLeague(browser, userDataRoot) {
  const htmlPath = runAudit(["--province", ...targetArgs, "--format", "html"], path.join(artifacts, "audit-league.html"));
  const jsonPath = runAudit(["--province", ...targetArgs, "--format", "json"], path.join(artifacts, "audit-league.json"));
  const expected = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
  const counties = expected.counties ?? expected.regions ?? [];
  const pageUrl = pathToFileURL(htmlPath).href;

  const context = await browser(path.join(userDataRoot, "league"));
  const page = context.pages()[0] ?? (await context.newPage());
  const watcher = watch(context, page, pageUrl, "league table");
  await watcher.route();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pageUrl, { waitUntil: "load" });

  const rows = page.locator("table.league tbody tr[data-region]");
  check((await rows.count()) === counties.length && counties.length > 0,
        `league table: one row per county (${counties.length})`, `got ${await rows.count()}`);
  check((await page.locator("table.league thead th[data-figure]").count()) === FIGURES.length,
        "league table: one column per figure");
  // Sorting: a figure column other than the one the page starts sorted by
  // (matter_share, the default --sort), twice (descending, then ascending).
  const header = page.locator('table.league th[data-figure="domain_share"]');
  const keys = () => rows.evaluateAll((els) => els.map((r) => r.querySelector('td[data-figure="domain_share"]').dataset.sort));
  await header.click();
  const down = (await keys()).filter((k) => k !== "").map(Number);
  check(down.every((v, i) => i === 0 || down[i - 1] >= v) && (await header.getAttribute("aria-sort")) === "descending",
        "league table: sorts descending on click", JSON.stringify(down));
  await header.click();
  const up = (await keys()).filter((k) => k !== "").map(Number);
  check(up.every((v, i) => i === 0 || up[i - 1] <= v) && (await header.getAttribute("aria-sort")) === "ascending",
        "league table: sorts ascending on a second click", JSON.stringify(up));
  await header.click();  // highest first for the picture

  await page.screenshot({ path: path.join(artifacts, "audit-league.png"), fullPage: true });
  watcher.verify();
  await context.close();
}

async function main() {
  fs.mkdirSync(artifacts, { recursive: true });
  requireBrowser(executablePath);
  const userDataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "encat-browser-"));
  const browser = browserLauncher(executablePath);
  try {
    await checkCountyReport(browser, userDataRoot);
    await checkLeague(browser, userDataRoot);
  } catch (error) {
    check(false, "the run completed", error.stack ?? String(error));
  } finally {
    fs.rmSync(userDataRoot, { recursive: true, force: true });
  }
  console.log(`artifacts: ${artifacts}/audit-report.png, audit-report.pdf, audit-league.png`);
  finish();
}

main();

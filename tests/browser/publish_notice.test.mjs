// encat-publish --format html in a real browser (Debian's chromium, driven by
// playwright-core; no browser download), for the sample unified 2022 notice,
// the `--townships 330881` notice and a small notice of hostile texts:
//   - the page makes no request but itself (file://) and data: URLs,
//   - no console error, no uncaught exception, no injected script runs,
//   - a row per record of `--format json` of the same notice, in order,
//   - typing in the search box (a law's name, a code prefix, a Chinese piece
//     of a boundary, Latin in another case) and picking a domain show EXACTLY
//     the rows the JSON says, headings only of domains with a row shown, the
//     live count `显示 N / M 项`; clearing shows every row again,
//   - printed to PDF (page.pdf, the page size from the CSS): A4 landscape
//     (pdfinfo) and every page carries the header row and its page number
//     (pdftotext), the controls not printed; the adjustment notice too, whose
//     tables of other columns each repeat their head (table-header-group) and
//     every page carries one of their header rows,
// and saves full-page screenshots and the PDFs in ARTIFACT_DIR.
//
// usage: node publish_notice.test.mjs ENCAT_PUBLISH CATALOGS ARTIFACT_DIR
//   (or the environment: ENCAT_PUBLISH, ENCAT_CATALOGS, ENCAT_ARTIFACTS; CHROMIUM=/usr/bin/chromium)
// Exit 0 when every check passes, 1 otherwise, 77 when there is no browser.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { browserLauncher, check, finish, requireBrowser, watch } from "./common.mjs";

const [argPublish, argCatalogs, argArtifacts] = process.argv.slice(2);
const publishBin = path.resolve(argPublish ?? process.env.ENCAT_PUBLISH ?? "build/tools/encat-publish");
const catalogs = path.resolve(argCatalogs ?? process.env.ENCAT_CATALOGS ?? "catalogs");
const artifacts = path.resolve(argArtifacts ?? process.env.ENCAT_ARTIFACTS ?? "build/browser-artifacts");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const differences = (got, want) => {
  const g = new Set(got), w = new Set(want);
  return `${got.length} shown, ${want.length} expected; extra: ${got.filter((x) => !w.has(x)).slice(0, 5).join(", ")}; ` +
         `missing: ${want.filter((x) => !g.has(x)).slice(0, 5).join(", ")}`;
};

function run(program, args, what) {
  const result = spawnSync(program, args, { encoding: "utf8" });
  if (result.error) throw new Error(`cannot run ${program}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

function publish(paths, args, output) {
  run(publishBin, [...paths, ...args, "-o", output], `encat-publish ${args.join(" ")}`);
  return output;
}

// The rows of a notice's JSON, in the page's order: the parts' records one after another.
function recordsOf(json) {
  const parts = json.parts ?? [{ records: json.records }];
  return parts.flatMap((part, p) => part.records.map((r) => ({ ...r, part: p })));
}
const keyOf = (r) => `${r.part}:${r.code ?? r.new_code}`;  // a row of 代码变更 is known by its new code

// What the page's search matches: a plain substring (NFKC, lower case) of the
// code, the name, a law (the 法律依据 lines) or the boundary.
const norm = (s) => s.normalize("NFKC").toLowerCase();
function expectedRows(records, needle, domain) {
  const n = norm(needle.trim());
  return records
    .filter((r) => !domain || r.domain === domain)
    .filter((r) => !n || [r.code, r.old_code, r.new_code, r.name, (r.basis ?? []).join("\n"), r.boundary]
      .some((t) => norm(t ?? "").includes(n)))
    .map(keyOf);
}

// The rows shown (part:code, in order), the domain headings shown, the count's text.
async function shown(page) {
  return page.evaluate(() => {
    const rows = [], headings = [], none = [];
    // Part p of the notice is the p-th section (a part without rows has no table).
    [...document.querySelectorAll("section.part")].forEach((section, p) => {
      for (const tr of section.querySelectorAll("tr.matter")) if (tr.checkVisibility()) rows.push(`${p}:${tr.dataset.code}`);
      for (const tb of section.querySelectorAll("tbody.group")) if (tb.checkVisibility()) headings.push(`${p}:${tb.dataset.domain}`);
      for (const tr of section.querySelectorAll("tr.none")) if (tr.checkVisibility()) none.push(p);
    });
    return { rows, headings, none, count: document.getElementById("count").textContent };
  });
}

async function filterBy(page, needle, domain, typing = false) {
  const box = page.getByRole("searchbox", { name: "搜索" });
  if (typing) {
    await box.fill("");
    await box.pressSequentially(needle, { delay: 5 });
  } else {
    await box.fill(needle);
  }
  if (page.hasDomain) await page.getByRole("combobox", { name: "执法领域" }).selectOption(domain);
}

// One filter state: exactly the expected rows, the headings of their domains, the count.
async function expectFilter(page, records, label, needle, domain, { typing = false, atLeast = 1 } = {}) {
  await filterBy(page, needle, domain, typing);
  const want = expectedRows(records, needle, domain);
  const got = await shown(page);
  const what = `${label}: ${needle ? `search "${needle}"` : "no search"}${domain ? `, domain ${domain}` : ""}`;
  check(want.length >= atLeast && (atLeast === 0 || want.length < records.length || (!needle && !domain)),
        `${what}: a useful case (${want.length} of ${records.length} rows expected)`);
  check(same(got.rows, want), `${what}: exactly the expected ${want.length} rows show`, differences(got.rows, want));
  const wantDomains = [...new Set(records.filter((r) => want.includes(keyOf(r))).map((r) => `${r.part}:${r.domain}`))];
  if (page.grouped)
    check(same(got.headings, wantDomains), `${what}: only the headings of domains with a row shown`,
          `got ${got.headings.join("、")}; want ${wantDomains.join("、")}`);
  check(got.count === `显示 ${want.length} / ${records.length} 项`, `${what}: the count says 显示 ${want.length} / ${records.length} 项`,
        `got "${got.count}"`);
  // Each table with no row shown says 没有符合条件的事项 (a part of a townships notice may match nothing).
  const parts = [...new Set(records.map((r) => r.part))];
  const wantNone = parts.filter((p) => !want.some((k) => k.startsWith(`${p}:`)));
  check(same(got.none, wantNone), `${what}: 没有符合条件的事项 in exactly the tables with no row shown (${wantNone.length})`,
        `got parts ${got.none.join(",")}; want ${wantNone.join(",")}`);
  return want;
}

// A law's name that a few rows (not all) cite; a code prefix of several rows; a piece of a boundary.
function pickQueries(records) {
  const laws = new Map();
  for (const r of records)
    for (const line of new Set((r.basis ?? []).map((l) => l.replace(/》.*$/, "").replace(/^《/, ""))))
      laws.set(line, (laws.get(line) ?? 0) + 1);
  const few = (n) => n >= 2 && n <= Math.max(2, records.length / 4);
  const law = [...laws.entries()].find(([, n]) => few(n))?.[0];
  const prefixes = new Map();
  for (const r of records) {
    const prefix = (r.code ?? r.new_code).slice(0, 6);
    prefixes.set(prefix, (prefixes.get(prefix) ?? 0) + 1);
  }
  const prefix = [...prefixes.entries()].find(([, n]) => n >= 2 && n < records.length)?.[0];
  let boundary;
  for (const r of records) {
    const b = r.boundary ?? "";
    for (let at = 6; at + 5 < b.length && !boundary; at += 7) {
      const piece = b.slice(at, at + 5);
      if (/^[\u4e00-\u9fff]{5}$/.test(piece) && few(expectedRows(records, piece, "").length)) boundary = piece;
    }
    if (boundary) break;
  }
  return { law, prefix, boundary };
}

async function openPage(browser, userDataDir, htmlPath, label) {
  const pageUrl = pathToFileURL(htmlPath).href;
  const context = await browser(userDataDir);
  const page = context.pages()[0] ?? (await context.newPage());
  const watcher = watch(context, page, pageUrl, label);
  await watcher.route();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pageUrl, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  page.hasDomain = (await page.locator("#domain").count()) === 1;
  page.grouped = (await page.locator("tbody.group").count()) > 0;
  return { context, page, watcher };
}

// The page's structure against the JSON of the same notice.
async function checkStructure(page, json, records, label) {
  check((await page.getAttribute("html", "lang")) === "zh-CN", `${label}: <html lang="zh-CN">`);
  check((await page.title()) === json.title, `${label}: the title is the notice's`, await page.title());
  check((await page.locator("h1").textContent()) === json.title, `${label}: <h1> is the notice's title`);
  const meta = await page.locator("dl.meta").textContent();
  check(meta.includes(json.issuer) && meta.includes(json.document), `${label}: 发文机关 and 文号 shown`, meta);
  check((await page.locator("p.summary").textContent()) === json.summary, `${label}: the summary line`, json.summary);
  if (json.lead) check((await page.locator("p.lead").textContent()) === json.lead, `${label}: the lead paragraph`, json.lead);
  const all = (await shown(page)).rows;
  check(same(all, records.map(keyOf)), `${label}: a row per record of the JSON, in order (${records.length})`,
        differences(all, records.map(keyOf)));
  // Each part with rows has a table with a caption and its columns as <th scope="col">.
  const parts = json.parts ?? [json];
  const wantHeads = parts.map((p) => (p.records.length ? (p.columns ?? json.columns).map((c) => `col:${c.label}`) : null));
  const heads = await page.locator("section.part").evaluateAll((sections) => sections.map((s) => {
    const t = s.querySelector("table.notice");
    if (!t) return null;
    return t.caption && t.caption.textContent.length > 0
      ? [...t.tHead.rows[0].cells].map((c) => `${c.getAttribute("scope")}:${c.textContent}`) : ["no caption"];
  }));
  check(same(heads, wantHeads), `${label}: each table has a caption and <th scope="col"> ${wantHeads.find(Boolean)?.join(" ")}…`,
        JSON.stringify(heads));
  check((await page.getByRole("searchbox", { name: "搜索" }).count()) === 1, `${label}: a search box labelled 搜索`);
  check((await page.locator("#count[aria-live=polite]").count()) === 1, `${label}: the count is a live region`);
  if (page.hasDomain) {
    const options = await page.locator("#domain option").allTextContents();
    const domains = [...new Set(records.map((r) => r.domain).filter(Boolean))];
    check(same(options, ["全部领域", ...domains]), `${label}: the domain filter offers 全部领域 and each domain`, options.join("、"));
  }
  // Multi-line cells: one law a line.
  const multi = records.find((r) => (r.basis ?? []).length > 1);
  if (multi) {
    const lines = await page.locator(`table.notice tr.matter[data-code="${multi.code}"] td.k-basis`).first()
      .evaluate((td) => td.innerText.split("\n"));
    check(same(lines, multi.basis), `${label}: 法律依据 of ${multi.code} one law a line`, JSON.stringify(lines));
  }
  // Chinese typography: nothing justified, a generous line height, a CJK font.
  const style = await page.locator("table.notice td.k-boundary, table.notice td").first().evaluate((td) => {
    const s = getComputedStyle(td);
    return { align: s.textAlign, lineHeight: parseFloat(s.lineHeight), fontSize: parseFloat(s.fontSize), font: s.fontFamily };
  });
  check(style.align !== "justify" && style.lineHeight >= 1.4 * style.fontSize && /CJK|Han|PingFang|YaHei|WenQuanYi/.test(style.font),
        `${label}: Chinese typography (not justified, line height ≥ 1.4, a CJK font first)`, JSON.stringify(style));
}

// page.pdf with the CSS page size: A4 landscape, every page with the header row and its number. A notice
// of parts with tables of other columns (the adjustment notice): every table's head a table-header-group
// (repeated on each page the table runs onto), and every page carries the header row of one of them.
async function checkPrint(page, json, label, file) {
  await page.emulateMedia({ media: "print" });
  const heads = await page.locator("table.notice thead").evaluateAll((ts) => ts.map((t) => getComputedStyle(t).display));
  check(heads.length > 0 && heads.every((d) => d === "table-header-group"),
        `${label} printed: each table's header is a table-header-group (${heads.length})`, heads.join(", "));
  const pdfPath = path.join(artifacts, file);
  await page.pdf({ path: pdfPath, printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  const info = run("pdfinfo", [pdfPath], "pdfinfo");
  const pages = +(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  check(size && Math.abs(+size[1] - 841.89) < 0.5 && Math.abs(+size[2] - 595.28) < 0.5,
        `${label} printed: A4 landscape (841.89 x 595.28 pts)`, size?.[0] ?? info);
  check(pages >= 3, `${label} printed: several pages (${pages})`);
  const headers = (json.parts ?? [json]).filter((p) => p.records.length)
    .map((p) => (p.columns ?? json.columns).map((c) => c.label));
  const labels = headers[0];
  const missing = [];
  for (let p = 1; p <= pages; p++) {
    const text = run("pdftotext", ["-f", String(p), "-l", String(p), "-enc", "UTF-8", pdfPath, "-"], "pdftotext").replace(/\s+/g, "");  // a label may wrap in its cell
    const header = headers.some((h) => h.every((l) => text.includes(l)));
    const numbered = text.includes(`第${p}页`) && text.includes(`共${pages}页`);
    const controls = text.includes("全部领域") || text.includes("显示");
    if (!header || !numbered || controls)
      missing.push(`page ${p}:${header ? "" : " no header row"}${numbered ? "" : " no page number"}${controls ? " controls printed" : ""}`);
  }
  check(pages > 0 && missing.length === 0, `${label} printed: every page has the header row (${labels.join(" ")}${headers.length > 1 ? ", or another table's" : ""}) and 第 N 页 共 ${pages} 页, no controls`,
        missing.join("\n      "));
}

async function checkNotice(browser, userDataRoot, { name, label, paths, args, queries }) {
  const htmlPath = publish(paths, [...args, "--format", "html"], path.join(artifacts, `publish-${name}.html`));
  const jsonPath = publish(paths, [...args, "--format", "json"], path.join(artifacts, `publish-${name}.json`));
  const json = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
  const records = recordsOf(json);
  const { context, page, watcher } = await openPage(browser, path.join(userDataRoot, name), htmlPath, label);
  await checkStructure(page, json, records, label);

  const picked = pickQueries(records);
  const domains = [...new Set(records.map((r) => r.domain).filter(Boolean))];
  const keys = (json.columns ?? json.parts.flatMap((p) => p.columns)).map((c) => c.key);
  if (!keys.includes("basis")) delete picked.law;  // a township's table: code, name, domain, …
  if (!keys.includes("boundary")) delete picked.boundary;
  for (const [what, needle] of Object.entries({ ...picked, ...queries.extra })) {
    check(!!needle, `${label}: found a ${what} to search for (${needle})`);
    if (needle) await expectFilter(page, records, label, needle, "", { typing: what === "law" });
  }
  if (page.hasDomain) {
    const domain = domains[Math.min(1, domains.length - 1)];
    await expectFilter(page, records, label, "", domain);
    // Combined: a search and a domain that each leave out rows the other shows.
    const candidates = [picked.law, picked.prefix, picked.boundary, ...Object.values(queries.extra),
                        ...records.slice(0, 40).flatMap((r) => [r.name.slice(1, 3), r.name.slice(3, 5)])].filter(Boolean);
    let combined;
    for (const n of candidates) {
      const anywhere = expectedRows(records, n, "").length;
      const d = domains.find((d) => {
        const inDomain = expectedRows(records, n, d).length;
        return inDomain > 0 && inDomain < anywhere && inDomain < expectedRows(records, "", d).length;
      });
      if (d) { combined = [n, d]; break; }
    }
    check(!!combined, `${label}: found a search and a domain to combine`);
    if (combined) {
      await expectFilter(page, records, label, combined[0], combined[1]);
      await page.screenshot({ path: path.join(artifacts, `publish-${name}-filtered.png`) });
    }
  }
  await expectFilter(page, records, label, "没有这样的事项zz", "", { atLeast: 0 });
  await expectFilter(page, records, label, "", "");
  check(same((await shown(page)).rows, records.map(keyOf)), `${label}: clearing shows every row again`);

  await page.screenshot({ path: path.join(artifacts, `publish-${name}.png`), fullPage: true });
  if (queries.print) await checkPrint(page, json, label, `publish-${name}.pdf`);
  watcher.verify();
  await context.close();
}

// A notice of hostile texts: markup stays text, no script of theirs runs, Latin matches in any case.
function hostileCatalog(dir) {
  const file = path.join(dir, "hostile.yaml");
  fs.writeFileSync(file, `kind: unified
id: hostile-2022
title: "示范目录 <script>window.__pwned = 1</script>（2022年）"
region: "330000"
edition: 2022
effective: 2022-07-01
matters:
  - code: "330217001000"
    name: "对<script>window.__pwned = 2</script>施工的行政处罚"
    domain: "住房城乡建设"
    power: 行政处罚
    basis:
      - law: 中华人民共和国建筑法
        articles: [第七条]
    scope: 全部
    boundary: "主管部门负责监管 <img src=x onerror=\\"window.__pwned = 3\\">。"
    from: [住房和城乡建设局]
  - code: "330218001000"
    name: 对燃放 Fireworks 的行政处罚
    domain: "市容环境卫生"
    power: 行政处罚
    basis:
      - law: 烟花爆竹安全管理条例
        articles: [第四十二条]
    scope: 全部
    boundary: 违反 PM2.5 管控要求燃放的，移送综合行政执法部门。
    from: [公安局]
`);
  return file;
}

async function checkHostile(browser, userDataRoot) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "encat-publish-"));
  try {
    const file = hostileCatalog(dir);
    const htmlPath = publish([file], ["--catalog", "hostile-2022", "--format", "html"], path.join(artifacts, "publish-hostile.html"));
    const jsonPath = publish([file], ["--catalog", "hostile-2022", "--format", "json"], path.join(artifacts, "publish-hostile.json"));
    const json = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
    const records = recordsOf(json);
    const label = "hostile notice";
    const { context, page, watcher } = await openPage(browser, path.join(userDataRoot, "hostile"), htmlPath, label);
    check((await page.evaluate(() => window.__pwned)) === undefined, `${label}: no script or handler from the catalog runs`);
    check((await page.locator("img").count()) === 0 && (await page.locator("script").count()) === 1,
          `${label}: markup in the texts is text (no <img>, only the page's own <script>)`);
    check((await page.title()).includes("<script>"), `${label}: the title shows <script> as text`);
    const name = await page.locator('tr.matter[data-code="330217001000"] th').textContent();
    check(name === "对<script>window.__pwned = 2</script>施工的行政处罚", `${label}: the name shows <script> as text`, name);
    await expectFilter(page, records, label, "FIREWORKS", "");
    await expectFilter(page, records, label, "pm2.5", "");
    await expectFilter(page, records, label, "ｐｍ２", "");  // full-width Latin and digits: NFKC
    await expectFilter(page, records, label, "<script>", "");
    await expectFilter(page, records, label, "", "");
    watcher.verify();
    await context.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  fs.mkdirSync(artifacts, { recursive: true });
  requireBrowser(executablePath);
  const userDataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "encat-browser-"));
  const browser = browserLauncher(executablePath);
  try {
    await checkNotice(browser, userDataRoot, {
      name: "unified", label: "unified 2022", paths: [catalogs], args: ["--catalog", "zj-unified-2022"],
      queries: { print: true, extra: {} },
    });
    await checkNotice(browser, userDataRoot, {
      name: "townships", label: "townships 330881", paths: [catalogs], args: ["--townships", "330881"],
      queries: { print: true, extra: { "Chinese piece of a name": "燃气" } },
    });
    await checkNotice(browser, userDataRoot, {
      name: "changes", label: "changes 2021→2022", paths: [catalogs],
      args: ["--catalog", "zj-unified-2022", "--changes-from", "zj-unified-2021"],
      queries: { print: true, extra: { "old code": "330222006" } },
    });
    await checkNotice(browser, userDataRoot, {
      name: "changes-township", label: "贺村镇 changes 2021→2022", paths: [catalogs],
      args: ["--catalog", "jiangshan-hecun-2022", "--changes-from", "jiangshan-hecun-2021"],
      queries: { print: true, extra: { "Chinese piece of a name": "物业" } },
    });
    await checkHostile(browser, userDataRoot);
  } catch (error) {
    check(false, "the run completed", error.stack ?? String(error));
  } finally {
    fs.rmSync(userDataRoot, { recursive: true, force: true });
  }
  console.log(`artifacts: ${artifacts}/publish-{unified,townships,changes}{.png,-filtered.png,.pdf}`);
  finish();
}

main();

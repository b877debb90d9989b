// What the browser tests share: the checks and their tally; Debian's chromium
// with a fresh profile per page and nothing of its own talking to the network;
// the watch on every request a page makes.
import fs from "node:fs";
import { chromium } from "playwright-core";

// Exits 77 (CTest: skipped) when there is no browser at `executablePath`.
export function requireBrowser(executablePath) {
  if (!fs.existsSync(executablePath)) {
    console.log(`SKIP: no browser at ${executablePath}`);
    process.exit(77);
  }
}

// A function opening a headless persistent context in a profile folder.
export function browserLauncher(executablePath) {
  return (userDataDir) =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-default-apps", "--disable-extensions", "--font-render-hinting=none"],
      locale: "zh-CN",
      deviceScaleFactor: 1,
    });
}

let passed = 0, failed = 0;
export function check(ok, what, detail = "") {
  if (ok) {
    passed++;
    console.log(`ok    ${what}`);
  } else {
    failed++;
    console.log(`FAIL  ${what}${detail ? `\n      ${detail}` : ""}`);
  }
}

// The tally, and the exit code: 0 when every check passed.
export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

// Every request of the browser context is recorded; anything but the page
// itself and data: URLs fails the test (and is aborted, so nothing leaves).
export function watch(context, page, pageUrl, label) {
  const requests = [], problems = [];
  const allowed = (url) => url === pageUrl || url.startsWith("data:");
  context.on("request", (request) => requests.push(request.url()));
  page.on("websocket", (ws) => requests.push(ws.url()));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return {
    async route() {
      await context.route("**/*", (route) => (allowed(route.request().url()) ? route.continue() : route.abort()));
    },
    verify() {
      const outside = requests.filter((url) => !allowed(url));
      check(requests.includes(pageUrl), `${label}: the page loaded`);
      check(outside.length === 0, `${label}: no request leaves the page (${requests.length} request(s) seen)`,
            outside.join("\n      "));
      check(problems.length === 0, `${label}: no console errors`, problems.join("\n      "));
    },
  };
}

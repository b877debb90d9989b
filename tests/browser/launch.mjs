// What both browser tests share: Debian's chromium, a fresh profile per page,
// nothing of Chromium's own talking to the network.
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

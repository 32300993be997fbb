// The reference site in a real browser (headless Chromium through playwright-core), opened from
// the disk as a reader opens it: every code of the index has its row on its page, the search
// finds a code of every provider crate and the codes the issue names, a result opens its
// catalog's page on the code's row, a deep link opens on its row on a phone too, and no request
// leaves file://. Prints the time from the first keystroke to
// rendered results over the whole index (no assertion on it), and writes its screenshots into
// the site's folder (ignored by git).
//
// usage: node site.test.mjs SITE_DIR   (CHROMIUM: the browser, /usr/bin/chromium when unset)

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const site = path.resolve(process.argv[2] ?? "site");
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const url = (page) => pathToFileURL(path.join(site, page)).href;

// The codes a reader is likely to paste from a log, each with the folder (the crate) holding
// the catalog that must be among the results. A crate not in this build is reported and left
// out; the same code then still has to be found for every crate that is.
const NAMED = [
  ["AuthFailure.SignatureExpire", "cloud_errors/tencent.html"],
  ["NotAuthorizedOrNotFound", "cloud_errors/oci.html"],
  ["Throttling.User", "cloud_errors/alibaba.html"],
  ["ProvisionedThroughputExceededException", "cloud_errors_aws/"],
];

// The index as the page reads it: `window.CLOUD_ERRORS_INDEX = {...};`.
function readIndex() {
  const text = readFileSync(path.join(site, "search-index.js"), "utf8");
  const prefix = "window.CLOUD_ERRORS_INDEX = ";
  assert.ok(text.startsWith(prefix), `search-index.js does not start with ${prefix}`);
  return JSON.parse(text.slice(prefix.length).trim().replace(/;$/, ""));
}

const index = readIndex();
const entries = index.codes.map(([code, page, , , , anchor]) => ({
  code,
  page: index.pages[page][0],
  anchor: anchor ?? `code-${code}`,
}));
const times = new Map();
for (const { code } of entries) times.set(code, (times.get(code) ?? 0) + 1);

// One code of every crate in the index (and of every catalog of the seed crate, which holds a
// catalog per provider): the first defined in no other catalog, so that it is the first result.
function samples() {
  const chosen = new Map();
  for (const entry of entries) {
    const [folder, file] = entry.page.split("/");
    const group = folder === "cloud_errors" ? `${folder}/${file}` : folder;
    if (!chosen.has(group) && times.get(entry.code) === 1) chosen.set(group, entry);
  }
  return [...chosen.values()];
}

let failures = 0;
async function check(name, body) {
  try {
    await body();
    console.log(`ok    ${name}`);
  } catch (error) {
    failures += 1;
    console.log(`FAIL  ${name}\n      ${String(error.message ?? error).split("\n").join("\n      ")}`);
  }
}

// Every request a page makes is recorded; any that is not a file of the site is refused and
// fails the test.
function guard(context) {
  const outside = [];
  context.on("request", (request) => {
    const address = request.url();
    if (!address.startsWith("file:") && !address.startsWith("about:")) outside.push(address);
  });
  return context.route(/^(?!file:).*/, (route) => route.abort()).then(() => outside);
}

// Every code of the index has its row, under its anchor, on its page (what each result links to).
await check("every code of the index has its row on its page", async () => {
  const anchors = new Map();
  for (const { page, anchor } of entries) {
    if (!anchors.has(page)) {
      const html = readFileSync(path.join(site, page), "utf8");
      anchors.set(page, new Set([...html.matchAll(/<tr id="([^"]+)"/g)].map((match) => match[1])));
    }
    assert.ok(anchors.get(page).has(anchor), `${page} has no row #${anchor}`);
  }
  const rows = [...anchors.values()].reduce((sum, ids) => sum + ids.size, 0);
  assert.equal(rows, entries.length, "rows in the pages and codes in the index differ");
});

const browser = await chromium.launch({
  executablePath,
  // Chromium will not start sandboxed as root (CI containers): said outright, whatever
  // playwright-core's default (`chromiumSandbox`). The pages are our own files.
  args: [
    ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
    "--disable-background-networking",
    "--disable-component-update",
  ],
});
console.log(`chromium ${browser.version()}, site ${site}, ${entries.length} codes in ${index.pages.length} pages`);

const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const outside = await guard(context);
const page = await context.newPage();
const errors = [];
page.on("pageerror", (error) => errors.push(String(error)));

// Types `query` into the index page's box and returns the results' links once rendered.
async function search(query) {
  await page.fill("#search", "");
  await page.fill("#search", query);
  await page.waitForFunction(
    () => document.getElementById("count").textContent !== "",
    null,
    { timeout: 5000 },
  );
  return page.$$eval("#results a", (links) =>
    links.map((link) => ({ code: link.textContent, href: link.getAttribute("href") })),
  );
}

// The row a deep link names is the target, on screen and marked.
async function onItsRow(page, anchor) {
  const row = page.locator(`tr[id="${anchor}"]`);
  await row.waitFor({ state: "attached", timeout: 5000 });
  const state = await row.evaluate((tr) => {
    const box = tr.getBoundingClientRect();
    return {
      target: tr.matches(":target"),
      visible: box.top >= 0 && box.top < window.innerHeight && box.height > 0,
      background: getComputedStyle(tr).backgroundColor,
      top: Math.round(box.top),
    };
  });
  assert.ok(state.target, `#${anchor} is not the page's target`);
  assert.ok(state.visible, `#${anchor} is not on screen (top ${state.top}px)`);
  assert.notEqual(state.background, "rgba(0, 0, 0, 0)", `#${anchor} is not marked`);
}

await page.goto(url("index.html"));
await page.waitForFunction(() => window.CLOUD_ERRORS_INDEX !== undefined);

const crates = new Set(entries.map((entry) => entry.page.split("/")[0]));
for (const [code, where] of NAMED) {
  const crate = where.split("/")[0];
  if (!crates.has(crate)) {
    console.log(`skip  ${code}: no ${crate} crate in this build`);
    continue;
  }
  await check(`search finds ${code} in ${where}`, async () => {
    const results = await search(code);
    assert.equal(results[0]?.code, code, `first result: ${JSON.stringify(results[0])}`);
    assert.ok(
      results.some((result) => result.code === code && result.href.startsWith(where)),
      `no result in ${where}: ${JSON.stringify(results.slice(0, 5))}`,
    );
  });
}

for (const entry of samples()) {
  await check(`search finds ${entry.code} (${entry.page})`, async () => {
    const results = await search(entry.code);
    // Defined in one catalog only, so the one exact match and first (others may hold it).
    assert.deepEqual(results[0], { code: entry.code, href: `${entry.page}#${entry.anchor}` });
    assert.notEqual(results[1]?.code, entry.code);
  });
}

await check("words search descriptions across providers", async () => {
  const results = await search("throttl");
  const folders = new Set(results.map((result) => result.href.split("/")[0]));
  assert.ok(folders.size >= 2, `results from ${[...folders]} only`);
});

await check("gRPC's codes are found as Go and Rust write them", async () => {
  const results = await search("ResourceExhausted");
  assert.equal(results[0]?.code, "RESOURCE_EXHAUSTED", `first result: ${JSON.stringify(results[0])}`);
});

await check("a result opens its page on the code's row; back shows the results again", async () => {
  await search("NotAuthorizedOrNotFound");
  await page.screenshot({ path: path.join(site, "screenshot.png") });
  await page.click(`#results a[href="cloud_errors/oci.html#code-NotAuthorizedOrNotFound"]`);
  await page.waitForURL(/oci\.html#code-NotAuthorizedOrNotFound$/);
  await onItsRow(page, "code-NotAuthorizedOrNotFound");
  await page.screenshot({ path: path.join(site, "screenshot-row.png") });
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll("#results a").length > 0, null, {
    timeout: 5000,
  });
});

await check("a catalog page's search box asks the index page", async () => {
  await page.goto(url("cloud_errors/oci.html"));
  await page.fill("header .find input", "AuthFailure.SignatureExpire");
  await page.press("header .find input", "Enter");
  await page.waitForURL(/index\.html\?q=AuthFailure\.SignatureExpire$/);
  await page.waitForFunction(() => document.querySelectorAll("#results a").length > 0);
  assert.equal(await page.textContent("#results a"), "AuthFailure.SignatureExpire");
});

// Deep links typed or followed from elsewhere, on a phone: the row opens on screen and no page
// is wider than the screen.
const PHONE = { width: 390, height: 844 };
const phone = await browser.newContext({
  viewport: PHONE,
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
});
const phoneOutside = await guard(phone);
const phonePage = await phone.newPage();
phonePage.on("pageerror", (error) => errors.push(String(error)));
const deepLinks = [{ page: "cloud_errors/oci.html", anchor: "code-NotAuthorizedOrNotFound" }, ...samples()];
for (const entry of deepLinks) {
  await check(`on a phone, ${entry.page}#${entry.anchor} opens on its row`, async () => {
    await phonePage.goto(`${url(entry.page)}#${entry.anchor}`);
    await onItsRow(phonePage, entry.anchor);
    // Against the screen's width: a phone's innerWidth grows with a page too wide for it.
    const wide = await phonePage.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= PHONE.width, `the page is ${wide}px wide on a ${PHONE.width}px screen`);
  });
}
await phonePage.screenshot({ path: path.join(site, "screenshot-phone.png") });
await check("on a phone, the index page and its results fit the screen", async () => {
  await phonePage.goto(`${url("index.html")}?q=AuthFailure`);
  await phonePage.waitForFunction(() => document.querySelectorAll("#results a").length > 0);
  const wide = await phonePage.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= PHONE.width, `the page is ${wide}px wide on a ${PHONE.width}px screen`);
});

// First keystroke to rendered results, over the whole index: from the key's `keydown` to the
// frame after the results are in the page (requestAnimationFrame, then a task: after the paint).
async function firstKeystroke(letter) {
  await page.fill("#search", "");
  await page.evaluate(() => {
    const box = document.getElementById("search");
    window.measured = new Promise((resolve) => {
      let start = 0;
      const opts = { once: true, capture: true };
      box.addEventListener("keydown", () => (start = performance.now()), opts);
      // Added after search.js's listener: runs once the results are built.
      box.addEventListener("input", () => {
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      }, { once: true });
    });
  });
  await page.focus("#search");
  await page.keyboard.type(letter);
  const ms = await page.evaluate(() => window.measured);
  const shown = await page.$$eval("#results li", (items) => items.length);
  assert.ok(shown > 0, `no results rendered for "${letter}"`);
  return ms;
}

await page.goto(url("index.html"));
const ready = await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd);
const letters = ["a", "n", "t", "i", "r", "s", "e"];
const rounds = 5;
const samplesMs = [];
for (let round = 0; round < rounds; round++) {
  for (const letter of letters) samplesMs.push(await firstKeystroke(letter));
}
samplesMs.sort((a, b) => a - b);
const median = samplesMs[Math.floor(samplesMs.length / 2)];
console.log(
  `first keystroke to results over ${entries.length} codes: median ${median.toFixed(1)} ms, ` +
    `min ${samplesMs[0].toFixed(1)}, max ${samplesMs.at(-1).toFixed(1)} ` +
    `(${samplesMs.length} keystrokes: ${letters.join(" ")} x ${rounds}); index page loaded in ${ready.toFixed(0)} ms`,
);

await check("no request left file://", async () => {
  assert.deepEqual([...outside, ...phoneOutside], []);
});
await check("no script error", async () => {
  assert.deepEqual(errors, []);
});

// The guard itself: a page asking for an outside address is caught (else the check above could
// never fail).
await check("the guard catches a request to an outside address", async () => {
  const probe = await browser.newContext();
  const seen = await guard(probe);
  const probePage = await probe.newPage();
  await probePage.goto(url("index.html"));
  await probePage.evaluate(() => fetch("https://example.com/").catch(() => {}));
  assert.deepEqual(seen, ["https://example.com/"]);
  await probe.close();
});

await browser.close();
console.log(`screenshots: ${["screenshot.png", "screenshot-row.png", "screenshot-phone.png"].map((file) => path.join(site, file)).join(", ")}`);
if (failures > 0) {
  console.log(`${failures} check(s) failed`);
  process.exit(1);
}
console.log("site test: every check passed");

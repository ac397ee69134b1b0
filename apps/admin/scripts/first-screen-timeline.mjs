// Where the time after the sign-in click goes (issue 15 item 4, decisions 0048 and 0049): signs in
// as the demo agent in headless Chromium with the CPU throttled 4×, and prints, in ms after the
// click, when each request left and finished, when parts of the shell reached the page (a
// MutationObserver), and with --profile the main thread's JavaScript per 500 ms (CPU profile:
// the named functions on the stack, inclusive). A measuring tool: it reports, it asserts nothing.
//
//   node apps/admin/scripts/first-screen-timeline.mjs http://127.0.0.1:4000 [--profile]
//
// Against a running API serving a built console with the demo data (SANXIN_DEMO=1; ADMIN_DIST picks
// the build). For readable function names build without minifying:
// `npx vite build --minify false --outDir /tmp/console-unminified`.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:4000';
const profiling = process.argv.includes('--profile');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

// The shell's parts, stamped (Date.now) when they first appear.
await page.addInitScript(() => {
  const marks = [];
  window.__firstScreenMarks = marks;
  const parts = {
    layout: '.RaLayout-appFrame',
    menuGroups: '[data-menu-group]',
    inboxBadge: '[data-inbox-count]',
    homeCounts: '[data-home-item]',
    unreadNotices: '[data-testid="unread-notices"]',
  };
  const seen = new Set();
  new MutationObserver(() => {
    for (const [name, selector] of Object.entries(parts)) {
      if (!seen.has(name) && document.querySelector(selector)) seen.add(name) && marks.push([name, Date.now()]);
    }
    // textContent, not innerText: innerText lays the page out on every mutation.
    if (!seen.has('greeting') && document.body?.textContent.includes('您好')) seen.add('greeting') && marks.push(['greeting', Date.now()]);
  }).observe(document, { subtree: true, childList: true, characterData: true });
});

let clicked = 0;
const sinceClick = () => (clicked ? Date.now() - clicked : -1);
const requests = [];
const entries = new Map();
page.on('request', (request) => {
  const body = request.postData() ?? '';
  const operation = body.match(/"operationName":"(\w+)"/)?.[1] ?? body.match(/(?:query|mutation)\s+(\w+)/)?.[1] ?? '';
  const entry = { what: `${request.resourceType()} ${new URL(request.url()).pathname} ${operation}`, start: sinceClick() };
  requests.push(entry);
  entries.set(request, entry);
});
page.on('requestfinished', (request) => {
  const entry = entries.get(request);
  if (entry) entry.end = sinceClick();
});
page.on('websocket', (socket) => requests.push({ what: `websocket ${new URL(socket.url()).pathname}`, start: sinceClick() }));

await page.goto(`${base}/#/login`);
await page.getByRole('button', { name: '登录' }).waitFor({ state: 'visible', timeout: 30_000 });
await page.locator('[name="username"]').fill('agent');
await page.locator('[name="password"]').fill('sanxin-demo');
await page.waitForTimeout(500);
if (profiling) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}
clicked = Date.now();
await page.getByRole('button', { name: '登录' }).click();
await page.getByText('您好').waitFor({ state: 'visible', timeout: 30_000 });
const firstScreen = sinceClick();
await page.locator('[data-home-item]').first().waitFor({ state: 'visible', timeout: 30_000 });
const homeCounts = sinceClick();
await page.waitForTimeout(2_000);
const profile = profiling ? (await cdp.send('Profiler.stop')).profile : null;

console.log(`sign-in → first screen ${firstScreen} ms (as the e2e test sees it), → home counts ${homeCounts} ms`);
console.log('\nin the page (ms after the click):');
for (const [name, at] of await page.evaluate(() => window.__firstScreenMarks)) if (at >= clicked) console.log(`${String(at - clicked).padStart(7)}  ${name}`);
console.log('\nrequests (left, finished):');
for (const { what, start, end } of requests) if (start >= 0) console.log(`${String(start).padStart(7)} ${String(end ?? '').padStart(7)}  ${what}`);

if (profile) {
  // Per 500 ms of the profile (which starts just before the click): JavaScript busy time, and the
  // named functions (components, Apollo's classes) on the stack, inclusive.
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const windows = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index];
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const key = Math.floor((at - profile.startTime) / 500_000) * 500;
    const window = windows.get(key) ?? { busy: 0, names: new Map() };
    windows.set(key, window);
    const leaf = nodes.get(id).callFrame.functionName;
    if (leaf === '(idle)' || leaf === '(program)') return;
    window.busy += ms;
    const names = new Set();
    for (let node = id; node; node = parents.get(node)) {
      const name = nodes.get(node).callFrame.functionName;
      if (/^[A-Z]\w{2,}/.test(name)) names.add(name);
    }
    for (const name of names) window.names.set(name, (window.names.get(name) ?? 0) + ms);
  });
  console.log('\nJavaScript per 500 ms (busy ms: heaviest named functions, inclusive ms):');
  for (const [key, { busy, names }] of [...windows].sort((a, b) => a[0] - b[0])) {
    const top = [...names].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`${String(key).padStart(7)}  ${busy.toFixed(0).padStart(4)}: ${top.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`);
  }
}
await browser.close();

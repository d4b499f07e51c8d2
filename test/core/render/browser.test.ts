import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { assemblePlan } from '../../../src/core/report';
import { EXPORT_CSP, renderPlanHtml } from '../../../src/core/render/html/report';
import { readLogo } from '../../../src/core/render/logo';
import { lintedPlanIn } from '../../support/plans';

/**
 * Security of the HTML export in a real browser: the attack corpus (`test/fixtures/attack/`) is
 * exported exactly as `socialplan export` does, then opened in headless Chromium with JavaScript
 * on. Every payload calls `__pwned()`, which the test exposes: it must never be called, no dialog
 * may open, no request may leave the page or even be attempted, and the CSP must never have had to block anything (the
 * sanitizer already removed it all). A control page proves the harness does catch all three.
 *
 * Needs `/usr/bin/chromium` (Debian's `chromium` package); skipped with a message without it.
 */

// The callbacks given to `page.evaluate` run in the browser; this project compiles without the DOM
// library (the engine must not use it), so the few browser globals they touch are declared here.
// biome-ignore lint/suspicious/noExplicitAny: a browser global, typed by the browser, not by this project
declare const document: any;
// biome-ignore lint/suspicious/noExplicitAny: a browser global
declare const window: any;
// biome-ignore lint/suspicious/noExplicitAny: a browser global
declare const MouseEvent: any;
// biome-ignore lint/suspicious/noExplicitAny: an element of the page, read in the browser
type BrowserElement = any;

const ROOT = join(__dirname, '..', '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const RESULTS = join(ROOT, 'test-results');
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What `socialplan export <folder> --force` writes, in-process. */
function exportHtml(folder: string): string {
  const { plan, findings, exportOptions, measuring } = lintedPlanIn(folder);
  const model = assemblePlan(plan, findings, { export: exportOptions, measuring });
  const logo = model.cover.logo ? readLogo(model.cover.logo) : undefined;
  return renderPlanHtml(model, {
    logoDataUri: logo && 'dataUri' in logo ? logo.dataUri : undefined,
    generator: 'SocialPlan test',
  });
}

interface Visit {
  page: Page;
  pwned: () => number;
  dialogs: string[];
  /** Requests the page attempted, other than its own file (a request the CSP blocks is attempted). */
  attempted: string[];
  /** Requests that reached the network layer (and were aborted there by the test). */
  left: string[];
  violations: () => Promise<string[]>;
  close: () => Promise<void>;
}

async function visit(browser: Browser, file: string): Promise<Visit> {
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 1100, height: 1400 } });
  const page = await context.newPage();
  const own = pathToFileURL(file).href;
  let pwned = 0;
  const dialogs: string[] = [];
  const attempted: string[] = [];
  const left: string[] = [];
  await page.exposeFunction('__pwned', () => {
    pwned++;
  });
  // Our own probe (Playwright injects it whatever the page's CSP says): it records CSP violations.
  await page.addInitScript(() => {
    const record: string[] = [];
    window.__violations = record;
    document.addEventListener('securitypolicyviolation', (event: { violatedDirective: string; blockedURI: string }) =>
      record.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url() !== own) attempted.push(request.url());
  });
  await context.route('**/*', async (route) => {
    if (route.request().url() === own) return route.continue();
    left.push(route.request().url());
    return route.abort();
  });
  await page.goto(own, { waitUntil: 'load' });
  // Let timers, animations (`onbegin`), `ontoggle` and lazy loads have their chance.
  await page.waitForTimeout(600);
  return {
    page,
    pwned: () => pwned,
    dialogs,
    attempted,
    left,
    violations: () => page.evaluate((): string[] => window.__violations),
    close: () => context.close(),
  };
}

/** Everything in the DOM that could run, load or submit something. */
async function dangerousNodes(page: Page): Promise<string[]> {
  return page.evaluate((): string[] => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*')) as BrowserElement[]) {
      const tag = element.tagName.toLowerCase();
      if (
        [
          'script',
          'iframe',
          'frame',
          'object',
          'embed',
          'form',
          'base',
          'link',
          'video',
          'audio',
          'source',
          'picture',
          'use',
          'image',
          'foreignobject',
          'template',
          'noscript',
          'textarea',
        ].includes(tag)
      )
        found.push(`<${tag}>`);
      if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh')
        found.push('<meta refresh>');
      if (tag === 'style' && element.parentElement !== document.head) found.push('<style> outside head');
      for (const attribute of Array.from(element.attributes) as { name: string; value: string }[]) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) found.push(`${tag}[${name}]`);
        if (['srcset', 'srcdoc', 'action', 'formaction', 'ping', 'poster', 'background', 'xlink:href'].includes(name))
          found.push(`${tag}[${name}]`);
        if (name === 'style' && !(tag === 'span' && element.classList.contains('sp-bar'))) found.push(`${tag}[style]`);
        if (
          name === 'src' &&
          !(tag === 'img' && element.classList.contains('sp-logo') && attribute.value.startsWith('data:image/'))
        )
          found.push(`${tag}[src=${attribute.value.slice(0, 40)}]`);
        if (
          name === 'href' &&
          tag === 'a' &&
          !/^(?:https?:\/\/[^/\\]|mailto:|#|(?![a-z][a-z0-9+.-]*:)(?![/\\]{2}))/i.test(attribute.value.trim())
        )
          found.push(`a[href=${attribute.value}]`);
        if (name === 'href' && tag !== 'a') found.push(`${tag}[href]`);
      }
    }
    return found;
  });
}

describe('HTML export in a real browser (security)', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let work: string;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.log(
        `      skipped: ${CHROMIUM} is not installed (apt-get install chromium) — the HTML export was not checked in a browser`,
      );
      this.skip();
    }
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    work = mkdtempSync(join(tmpdir(), 'socialplan-browser-'));
    mkdirSync(RESULTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the harness catches a script, a dialog and a request (control page, no CSP, no sanitizer)', async () => {
    const file = join(work, 'control.html');
    writeFileSync(
      file,
      '<!DOCTYPE html><title>control</title><img src="https://evil.example/control.png" onerror="__pwned()"><script>__pwned(); alert("control")</script>',
    );
    const seen = await visit(browser as Browser, file);
    try {
      assert.ok(seen.pwned() >= 2, `the trap saw ${seen.pwned()} calls`);
      assert.deepEqual(seen.dialogs, ['alert: control']);
      assert.deepEqual(seen.attempted, ['https://evil.example/control.png']);
      assert.deepEqual(seen.left, ['https://evil.example/control.png']);
    } finally {
      await seen.close();
    }
    // And the CSP probe: the export's policy blocks what a sanitizer gap would let through, and says so.
    writeFileSync(
      file,
      `<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}"><title>control</title><img src="https://evil.example/blocked.png"><script>__pwned()</script>`,
    );
    const blocked = await visit(browser as Browser, file);
    try {
      assert.equal(blocked.pwned(), 0);
      assert.deepEqual(blocked.left, []);
      assert.deepEqual(blocked.attempted, ['https://evil.example/blocked.png']);
      assert.deepEqual((await blocked.violations()).sort(), [
        'img-src https://evil.example/blocked.png',
        'script-src-elem inline',
      ]);
    } finally {
      await blocked.close();
    }
  });

  it('the attack corpus exported to HTML runs nothing, opens nothing, loads nothing', async () => {
    const html = exportHtml(join(ROOT, 'test', 'fixtures', 'attack'));
    const file = join(work, 'attack.html');
    writeFileSync(file, html);
    writeFileSync(join(RESULTS, 'html-export-attack.html'), html);
    const seen = await visit(browser as Browser, file);
    try {
      const page = seen.page;
      // Give every remaining element its chance: hover and focus what can be, open every <details>.
      await page.evaluate(() => {
        for (const details of Array.from(document.querySelectorAll('details')) as { open: boolean }[])
          details.open = !details.open;
        for (const element of Array.from(
          document.querySelectorAll('a, b, img, input, details, summary'),
        ) as BrowserElement[]) {
          element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          element.focus();
        }
      });
      for (const link of await page.locator('a[href^="#"]').all()) await link.click({ timeout: 2000 });
      await page.emulateMedia({ media: 'print' });
      await page.pdf({
        path: join(RESULTS, 'html-export-attack.pdf'),
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      await page.emulateMedia({ media: 'screen' });
      await page.waitForTimeout(300);

      assert.equal(seen.pwned(), 0, 'a payload ran');
      assert.deepEqual(seen.dialogs, [], 'a dialog opened');
      assert.deepEqual(seen.left, [], 'a request left the page');
      assert.deepEqual(seen.attempted, [], 'the page tried a request');
      assert.deepEqual(await seen.violations(), [], 'the CSP had to block something the sanitizer let through');
      assert.deepEqual(await dangerousNodes(page), []);
      assert.equal(await page.evaluate(() => document.querySelectorAll('script').length), 0);

      // The page is still the report, and its text carries the payloads as text.
      assert.equal(
        await page.title(),
        '</title><script>__pwned()</script><img src=x onerror=__pwned()> Plan & "quotes" \'single\'',
      );
      assert.equal(
        await page.locator('h1').textContent(),
        '</title><script>__pwned()</script><img src=x onerror=__pwned()> Plan & "quotes" \'single\'',
      );
      assert.equal(await page.evaluate(() => document.getElementById('sp-budget')?.tagName), 'SECTION');
      assert.equal(await page.locator('img.sp-logo').count(), 1);
      const text = await page.locator('body').innerText();
      assert.match(text, /<svg onload=__pwned\(\)>Client<\/svg>/);
      assert.match(text, /styled div/);
      await page.screenshot({ path: join(RESULTS, 'html-export.png'), fullPage: true });
    } finally {
      await seen.close();
    }
  });

  it('raw HTML left open in a body hides nothing: every text after it is visible, and nothing runs', async () => {
    const file = join(work, 'raw-html.html');
    writeFileSync(file, exportHtml(join(ROOT, 'test', 'fixtures', 'raw-html')));
    const seen = await visit(browser as Browser, file);
    try {
      for (const mark of ['STYLE', 'MATH', 'DETAILS', 'SCRIPT', 'IFRAME', 'IMAGE', 'COMMENT'])
        assert.ok(await seen.page.getByText(`MARK-${mark}`).isVisible(), `MARK-${mark} is visible`);
      assert.equal(seen.pwned(), 0, 'a payload ran');
      assert.deepEqual(seen.attempted, []);
      assert.deepEqual(await seen.violations(), []);
      assert.deepEqual(await dangerousNodes(seen.page), []);
    } finally {
      await seen.close();
    }
  });

  for (const example of ['en', 'fr']) {
    it(`examples/${example}: loads nothing, every table-of-contents link lands`, async () => {
      const file = join(work, `${example}.html`);
      writeFileSync(file, exportHtml(join(ROOT, 'examples', example)));
      const seen = await visit(browser as Browser, file);
      try {
        assert.deepEqual(seen.attempted, []);
        assert.deepEqual(seen.left, []);
        assert.deepEqual(await seen.violations(), []);
        assert.deepEqual(await dangerousNodes(seen.page), []);
        const missing = await seen.page.evaluate((): string[] =>
          (Array.from(document.querySelectorAll('a[href^="#"]')) as { getAttribute(name: string): string }[])
            .map((link) => decodeURIComponent(link.getAttribute('href').slice(1)))
            .filter((id: string) => !document.getElementById(id) && document.getElementsByName(id).length === 0),
        );
        assert.deepEqual(missing, []);
        await seen.page.screenshot({ path: join(RESULTS, `html-export-${example}-cover.png`) });
      } finally {
        await seen.close();
      }
    });
  }
});

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { assemblePlan } from '../../../src/core/report';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { markdownFilesUnder } from '../../../src/core/workspace/files';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { Linter } from '../../../src/core/lint/linter';
import { contrastRatio, GRAPHIC_CONTRAST } from '../../../src/core/util/contrast';
import { previewColours, PreviewRenderer } from '../../../src/extension/preview/render';
import { previewShell } from '../../../src/extension/preview/shell';
import { lintedPlanIn } from '../../support/plans';
import { WEBVIEW_THEMES, type WebviewTheme } from '../../support/vscode-themes';

/**
 * Accessibility of the report in a real browser: axe-core over the HTML export of both examples
 * and over the preview as its webview shows it — the page `previewShell` builds, our style sheet
 * and script under the page's CSP, the content `PreviewRenderer` renders, posted as the extension
 * posts it, in the light, dark and high-contrast themes (body class and `--vscode-*` variables as
 * VS Code sets them). Also: the click-to-source targets from the keyboard, tables at half width,
 * and the agency colour against each theme's background.
 *
 * Needs `/usr/bin/chromium`; skipped with a message without it.
 */

// biome-ignore lint/suspicious/noExplicitAny: a browser global, typed by the browser, not by this project
declare const document: any;
// biome-ignore lint/suspicious/noExplicitAny: a browser global
declare const window: any;
// biome-ignore lint/suspicious/noExplicitAny: a browser global
declare const getComputedStyle: any;
// biome-ignore lint/suspicious/noExplicitAny: an element of the page, read in the browser
type BrowserElement = any;

const ROOT = join(__dirname, '..', '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const EXAMPLES = ['en', 'fr'];
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The webview's origin in these tests (`webview.cspSource`). */
const ORIGIN = 'https://webview.test';

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe's serious and critical violations on the page, one line each (with up to three nodes). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations: Violation[] = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id} (${violation.help}): ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1, 2).join('')}`)
          .join('; ')}${violation.nodes.length > 3 ? ` and ${violation.nodes.length - 3} more` : ''}`,
    );
}

/** The update the extension posts for the plan in `folder` (src/extension/preview/panel.ts). */
function previewUpdate(folder: string, uiLocale: 'en' | 'fr' = 'en') {
  const host = new NodeFileHost();
  const linter = new Linter(host, { trusted: true });
  for (const file of markdownFilesUnder(host, folder)) linter.documents.document(file);
  const content = new PreviewRenderer().render(linter, join(folder, 'plan.md'), true, uiLocale);
  assert.ok(content.found, `a plan in ${folder}`);
  return {
    type: 'update',
    version: 1,
    html: content.html,
    rootClass: content.rootClass,
    lang: content.lang,
    colours: content.colours,
    planFile: join(folder, 'plan.md'),
  };
}

interface Preview {
  page: Page;
  /** What the webview's script posted to the extension. */
  posted: () => Promise<{ type: string; [key: string]: unknown }[]>;
  close: () => Promise<void>;
}

/** The preview's webview, in `theme`, showing `update`, `width` pixels wide. */
async function openPreview(
  browser: Browser,
  theme: WebviewTheme,
  update: ReturnType<typeof previewUpdate>,
  width = 1000,
): Promise<Preview> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const shell = previewShell({
    cspSource: ORIGIN,
    nonce: 'dGVzdC1ub25jZS0xMjM0',
    media: (name) => `${ORIGIN}/media/${name}`,
    lang: 'en',
    title: 'SocialPlan Preview',
    loading: 'Loading the plan…',
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/index.html`) return route.fulfill({ contentType: 'text/html', body: shell });
    const media = /^https:\/\/webview\.test\/media\/(preview\.(?:css|js))$/.exec(url);
    if (media)
      return route.fulfill({
        contentType: media[1].endsWith('.css') ? 'text/css' : 'text/javascript',
        body: readFileSync(join(ROOT, 'media', 'preview', media[1]), 'utf8'),
      });
    return route.abort();
  });
  // What VS Code gives a webview before its page runs: the API, the theme's class and variables.
  // (A string: the test runner's compiler would name the functions with a helper the page lacks.)
  await page.addInitScript(`(() => {
    const posted = [];
    let state;
    window.__posted = posted;
    window.acquireVsCodeApi = () => ({
      postMessage: (message) => posted.push(message),
      getState: () => state,
      setState: (value) => { state = value; },
    });
    document.addEventListener('DOMContentLoaded', () => {
      for (const [name, value] of Object.entries(${JSON.stringify(theme.variables)}))
        document.documentElement.style.setProperty(name, value);
      document.body.classList.add(${JSON.stringify(theme.bodyClass)});
    });
  })();`);
  await page.goto(`${ORIGIN}/index.html`, { waitUntil: 'load' });
  const posted = () => page.evaluate(() => window.__posted as { type: string; [key: string]: unknown }[]);
  await page.evaluate((message: unknown) => window.postMessage(message, '*'), update);
  await page.waitForFunction(() => window.__posted.some((message: { type: string }) => message.type === 'rendered'));
  return { page, posted, close: () => context.close() };
}

/** `rgb(r, g, b)` as getComputedStyle gives it → `#RRGGBB`. */
function hexOf(rgb: string): string {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  assert.ok(match, `a colour: ${rgb}`);
  return `#${match
    .slice(1, 4)
    .map((channel) => Number(channel).toString(16).padStart(2, '0'))
    .join('')}`;
}

describe('Accessibility of the report and the preview (axe-core in Chromium)', function () {
  this.timeout(120_000);
  let browser: Browser;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.log(`      skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);
      this.skip();
    }
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  });

  after(async () => {
    await browser?.close();
  });

  for (const example of EXAMPLES) {
    const folder = join(ROOT, 'examples', example);

    it(`the HTML export of examples/${example}: no serious or critical violation`, async () => {
      const { plan, findings, exportOptions, measuring } = lintedPlanIn(folder);
      const model = assemblePlan(plan, findings, { export: exportOptions, measuring });
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      try {
        const page = await context.newPage();
        await page.setContent(renderPlanHtml(model, { generator: 'SocialPlan test' }), { waitUntil: 'load' });
        assert.equal(await page.evaluate(() => document.documentElement.lang), example);
        assert.deepEqual(await seriousViolations(page), []);
      } finally {
        await context.close();
      }
    });

    for (const theme of WEBVIEW_THEMES) {
      it(`the preview of examples/${example}, ${theme.name} theme: no serious or critical violation`, async () => {
        const preview = await openPreview(browser, theme, previewUpdate(folder));
        try {
          assert.deepEqual(await seriousViolations(preview.page), []);
        } finally {
          await preview.close();
        }
      });
    }
  }

  it('the preview page is in the language of the plan, not of the editor', async () => {
    const preview = await openPreview(browser, WEBVIEW_THEMES[0], previewUpdate(join(ROOT, 'examples', 'fr'), 'en'));
    try {
      assert.equal(await preview.page.evaluate(() => document.documentElement.lang), 'fr');
      const rendered = (await preview.posted()).find((message) => message.type === 'rendered');
      assert.equal(rendered?.lang, 'fr');
    } finally {
      await preview.close();
    }
  });

  it('every click-to-source target is reached with Tab and opens its source with Enter or Space', async () => {
    const preview = await openPreview(browser, WEBVIEW_THEMES[1], previewUpdate(join(ROOT, 'examples', 'en')));
    const { page } = preview;
    try {
      // What a click reveals: each [data-sp-path] element, by itself, its heading or its blocks.
      const unreachable: string[] = await page.evaluate(() => {
        const missing: string[] = [];
        for (const source of Array.from(document.querySelectorAll('[data-sp-path]')) as BrowserElement[]) {
          const name = `${source.tagName.toLowerCase()}.${source.className} ${source.getAttribute('data-sp-path')}:${source.getAttribute('data-sp-line')}`;
          if (source.matches('.sp-body')) {
            for (const block of Array.from(source.querySelectorAll(':scope > [data-line]')) as BrowserElement[])
              if (!(block.tabIndex >= 0 && block.hasAttribute('tabindex')))
                missing.push(`${name} > ${block.tagName.toLowerCase()}`);
          } else if (!source.hasAttribute('tabindex') && !source.querySelector('[tabindex="0"]')) missing.push(name);
        }
        return missing;
      });
      assert.deepEqual(unreachable, []);

      // Tab goes through the targets in order; Enter and Space post `reveal` for the focused one.
      const kinds = [
        'tr[data-sp-line]',
        'dt[data-sp-line]',
        'li[data-sp-line]',
        'section[data-sp-path] > h2.sp-title',
        '.sp-step-head',
        '.sp-body > p[data-line]',
      ];
      for (const [index, selector] of kinds.entries()) {
        const expected: { file: string; line: number } = await page.evaluate((selector: string) => {
          const target = document.querySelector(selector);
          const source = target.closest('[data-sp-path]');
          const line = target.getAttribute('data-line') ?? source.getAttribute('data-sp-line');
          target.focus();
          return { file: source.getAttribute('data-sp-path'), line: Number(line) };
        }, selector);
        assert.ok(await page.evaluate((selector: string) => document.activeElement.matches(selector), selector));
        await page.keyboard.press(index % 2 === 0 ? 'Enter' : ' ');
        const reveals = (await preview.posted()).filter((message) => message.type === 'reveal');
        assert.deepEqual(reveals.at(-1), { type: 'reveal', ...expected }, selector);
        assert.equal(reveals.length, index + 1, `one reveal per key press (${selector})`);
      }
      await page.evaluate(() => document.body.focus());
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.ok(
        await page.evaluate(
          () => document.activeElement.hasAttribute('data-sp-target') || document.activeElement.closest('a'),
        ),
        'Tab reaches the targets',
      );
    } finally {
      await preview.close();
    }
  });

  it('tables at half width wrap to fit their section: nothing is cut, nothing needs scrolling sideways', async () => {
    for (const example of EXAMPLES) {
      // Half of a 1280-pixel window, less the activity bar: a preview beside its editor.
      const preview = await openPreview(
        browser,
        WEBVIEW_THEMES[0],
        previewUpdate(join(ROOT, 'examples', example)),
        590,
      );
      try {
        const problems: string[] = await preview.page.evaluate(() => {
          const found: string[] = [];
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > width)
            found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
          for (const table of Array.from(document.querySelectorAll('table')) as BrowserElement[]) {
            const box = table.getBoundingClientRect();
            const section = table.closest('.sp-section');
            const frame = section.getBoundingClientRect();
            // (A wider table than these would scroll inside its section: the examples' tables wrap.)
            if (box.right > frame.right + 0.5)
              found.push(`${section.id}: a table ${Math.round(box.width)} px wide in ${Math.round(frame.width)} px`);
            // Wrapping is not squeezing: no cell is left a letter or two wide.
            for (const cell of Array.from(table.querySelectorAll('th, td')) as BrowserElement[]) {
              const text = cell.textContent.trim();
              if (text.length > 2 && cell.getBoundingClientRect().width < 24)
                found.push(
                  `${section.id}: a cell ${Math.round(cell.getBoundingClientRect().width)} px wide: ${text.slice(0, 30)}`,
                );
            }
          }
          return found;
        });
        assert.deepEqual(problems, [], example);
        assert.deepEqual(await seriousViolations(preview.page), [], `${example} at half width`);
      } finally {
        await preview.close();
      }
    }
  });

  it('the agency colour, from very dark to very light, stays visible on every theme (3:1)', async () => {
    const update = previewUpdate(join(ROOT, 'examples', 'en'));
    for (const colour of ['#1F4E79', '#0B0B0B', '#2A0A3C', '#FFF2A8', '#F5F5F5']) {
      for (const theme of WEBVIEW_THEMES) {
        const preview = await openPreview(browser, theme, { ...update, colours: previewColours(colour) });
        try {
          const drawn: { what: string; colour: string }[] = await preview.page.evaluate(() =>
            [
              ['heading rule', 'h2.sp-title', 'border-bottom-color'],
              ['cover bar', '.sp-cover-top', 'background-color'],
              ['step number', '.sp-step-n', 'background-color'],
              ['budget bar', '.sp-chart-bar', 'fill'],
              ['timeline step', '.sp-mark-step', 'fill'],
              ['timeline start and end', '.sp-mark-edge', 'fill'],
              ['timeline deadline', '.sp-mark-deadline', 'fill'],
              ['timeline entry', '.sp-timeline li', '--accent'],
              ['background', 'body', 'background-color'],
            ].map(([what, selector, property]) => ({
              what,
              colour: getComputedStyle(document.querySelector(selector)).getPropertyValue(property),
            })),
          );
          const background = hexOf(drawn.at(-1)?.colour ?? '');
          for (const { what, colour: seen } of drawn.slice(0, -1)) {
            const hex = seen.startsWith('#') ? seen.trim() : hexOf(seen);
            const ratio = contrastRatio(hex, background);
            assert.ok(
              ratio >= GRAPHIC_CONTRAST,
              `${colour}, ${theme.name}: ${what} ${hex} on ${background} is ${ratio.toFixed(2)}:1`,
            );
          }
        } finally {
          await preview.close();
        }
      }
    }
  });
});

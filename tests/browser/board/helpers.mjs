// Browser helpers local to the board tests: Chromium via playwright-core, every request outside
// 127.0.0.1/localhost aborted, screenshots under TestResults/browser/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { startTarget } from './adapter.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..', '..');
export const resultsDir = path.join(repoRoot, 'TestResults', 'browser');
export const axePath = path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js');

// playwright-core's launch() always adds a fresh temporary --user-data-dir of its own (and refuses one
// in args), so every run starts from an empty profile.
export function launchBrowser() {
    return chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ],
    });
}

export async function newContext(browser, options = {}) {
    const context = await browser.newContext({
        locale: 'nl-NL',
        viewport: { width: 1280, height: 900 },
        colorScheme: 'light',
        ...options,
    });
    // Records Content-Security-Policy violations so tests can assert the page needs no exceptions.
    await context.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await context.route('**/*', (route) => {
        const host = new URL(route.request().url()).hostname;
        return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
    });
    return context;
}

// Opens the board and waits until the first poll has rendered the columns.
export async function openBoard(context, url) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(url);
    await page.locator('.column.is-selected').waitFor({ timeout: 10000 });
    page.pageErrors = errors;
    return page;
}

export async function screenshot(page, name) {
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, name);
    await page.screenshot({ path: file, fullPage: true });
    return file;
}

export async function runAxe(page) {
    await page.addScriptTag({ path: axePath });
    return page.evaluate(async () => {
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
    });
}

// One board target (mock, real host or BOARD_TEST_BASE_URL) and one browser for every test of a file: started
// before the first test and closed after the last. `ready` gets both once they are up, to hand them to the
// file and, if it likes, seed what its tests share.
export function useBoardSuite(ready) {
    const suite = {};
    before(async () => {
        suite.target = await startTarget();
        suite.browser = await launchBrowser();
        await ready(suite);
    });
    after(async () => {
        await suite.browser?.close();
        await suite.target?.close();
    });
}

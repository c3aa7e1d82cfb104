// Headless Chromium for browser tests: the system Chromium (Debian package `chromium`, or
// CHROMIUM_PATH) driven by playwright-core, with the flags from PROTOCOL.md §5. Nothing may leave
// the machine: every request that is not for 127.0.0.1/localhost is aborted (the Playground UI, for
// one, pulls fonts from a CDN), and host resolution outside loopback fails at the browser level too.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..', '..');
export const resultsDir = path.join(repoRoot, 'TestResults', 'browser');

export const CHROMIUM_ARGS = Object.freeze([
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Second line of defence behind the request routing: also covers websockets and anything
    // the browser itself would fetch outside a page.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]);

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function isLoopbackUrl(url) {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') {
        return true;
    }
    return LOOPBACK_HOSTS.has(parsed.hostname);
}

// Fails (throws) instead of skipping when Chromium is missing.
export function chromiumPath() {
    const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    try {
        fs.accessSync(executable, fs.constants.X_OK);
    } catch {
        throw new Error(
            `Chromium not found at ${executable}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
    }
    return executable;
}

// playwright-core's launch() gives every browser a fresh temporary --user-data-dir of its own (and
// refuses one in args), so each run starts from an empty profile.
export function launchBrowser(options = {}) {
    return chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: [...CHROMIUM_ARGS],
        ...options,
    });
}

// A context whose requests stay on loopback. context.blockedRequests lists every aborted URL.
export async function newContext(browser, options = {}) {
    const context = await browser.newContext({
        locale: 'nl-NL',
        viewport: { width: 1280, height: 900 },
        colorScheme: 'light',
        ...options,
    });
    const blocked = [];
    context.blockedRequests = blocked;
    await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isLoopbackUrl(url)) {
            return route.continue();
        }
        blocked.push(url);
        return route.abort('blockedbyclient');
    });
    return context;
}

// Opens a page that records uncaught page errors (page.pageErrors) and failed loopback responses
// (page.failedResponses, status >= 400) so tests can assert a clean load.
export async function newPage(context) {
    const page = await context.newPage();
    page.pageErrors = [];
    page.failedResponses = [];
    page.on('pageerror', (error) => page.pageErrors.push(error.message));
    page.on('response', (response) => {
        if (response.status() >= 400 && isLoopbackUrl(response.url())) {
            page.failedResponses.push(`${response.status()} ${response.url()}`);
        }
    });
    return page;
}

export async function screenshot(page, name) {
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, name);
    await page.screenshot({ path: file, fullPage: true });
    return file;
}

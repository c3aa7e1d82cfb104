// Proves the browser harness: the real Agents Playground UI renders in headless Chromium with our mock
// tenant while every non-loopback request is aborted, and opening it installs the bot.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { isLoopbackUrl, launchBrowser, newContext, newPage, screenshot } from './lib/browser.mjs';
import { freePort, startPlayground } from './lib/server.mjs';

// Stands in for a bot: records what the Playground sends and answers 200, nothing else.
async function startSilentBot() {
    const received = [];
    const server = http.createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => { body += chunk; });
        request.on('end', () => {
            if (request.method === 'POST' && body) {
                received.push({ headers: request.headers, activity: JSON.parse(body) });
            }
            response.writeHead(200).end();
        });
    });
    const port = await freePort();
    await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
    return {
        endpoint: `http://127.0.0.1:${port}/api/messages`,
        received,
        stop: () => new Promise((resolve) => server.close(resolve)),
    };
}

let bot;
let playground;
let browser;

before(async () => {
    bot = await startSilentBot();
    playground = await startPlayground({ botEndpoint: bot.endpoint });
    browser = await launchBrowser();
});

after(async () => {
    await browser?.close();
    await playground?.stop();
    await bot?.stop();
});

test('Playground UI renders the Dutch mock tenant with only loopback traffic', async () => {
    const context = await newContext(browser);
    const page = await newPage(context);
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));

    await page.goto(playground.baseUrl, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.getByText('Werkgroep Eenzaamheid').first().waitFor({ timeout: 60000 });
    await page.getByText('Grote groep sociaal domein').first().waitFor({ timeout: 10000 });
    const file = await screenshot(page, 'playground-smoke.png');

    assert.ok(file.endsWith('playground-smoke.png'));
    assert.deepEqual(page.pageErrors, []);
    assert.deepEqual(page.failedResponses, []);
    const leaked = requested.filter((url) => !isLoopbackUrl(url) && !context.blockedRequests.includes(url));
    assert.deepEqual(leaked, [], 'every non-loopback request must have been aborted');
    await context.close();
});

test('opening the Playground UI installs the bot in the personal chat', async () => {
    const deadline = Date.now() + 20000;
    while (!bot.received.some(({ activity }) => activity.type === 'installationUpdate') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const install = bot.received.find(({ activity }) => activity.type === 'installationUpdate');
    assert.ok(install, 'the bot received no installationUpdate');
    assert.equal(install.activity.action, 'add');
    assert.equal(install.activity.serviceUrl, playground.serviceUrl);
    assert.equal(install.headers['x-ms-agents-playground'], 'true');
    assert.equal(install.headers.authorization, undefined);
});

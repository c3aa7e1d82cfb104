// Live updates: a note added in one browser context appears in another within 2 s, without reload,
// without disturbing what the other person is typing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, openBoard, useBoardSuite } from './helpers.mjs';

let target;
let browser;

useBoardSuite((started) => ({ target, browser } = started));

test('a note added by one participant appears for another within 2 s and is announced', async () => {
    const werkgroep = await target.createWerkgroep({});
    const contextA = await newContext(browser);
    const contextB = await newContext(browser);
    const pageA = await openBoard(contextA, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant2 }));
    const pageB = await openBoard(contextB, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    const navigationsB = [];
    pageB.on('framenavigated', (frame) => navigationsB.push(frame.url()));
    await pageB.locator('#add-3').focus();
    await pageB.keyboard.type('Nog niet verstuurd');

    await pageA.locator('#add-3').fill('Wandelgroep vanuit het gezondheidscentrum');
    const [response] = await Promise.all([
        pageA.waitForResponse((r) => r.url().includes('/actions') && r.request().method() === 'POST'),
        pageA.locator('#add-3').press('Control+Enter'),
    ]);
    const acknowledged = Date.now();
    await pageB.locator('.column[data-step="3"] li.note', { hasText: 'Wandelgroep vanuit het gezondheidscentrum' }).waitFor({ timeout: 2000 });
    const elapsed = Date.now() - acknowledged;
    await pageB.locator('#announcer', { hasText: '1 nieuwe notitie in stap 3' }).waitFor({ timeout: 1000 });
    const typing = await pageB.evaluate(() => ({ id: document.activeElement.id, value: document.activeElement.value }));

    assert.equal(response.status(), 200);
    assert.ok(elapsed < 2000, `appeared after ${elapsed} ms`);
    assert.deepEqual(typing, { id: 'add-3', value: 'Nog niet verstuurd' });
    assert.deepEqual(navigationsB, []);
    await contextA.close();
    await contextB.close();
});

test('polling revalidates with If-None-Match and the server answers 304 while nothing changes', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const statuses = [];
    const conditional = [];
    context.on('response', (r) => {
        // The board itself, not the step 6 progress data that the page fetches next to it.
        if (new URL(r.url()).pathname === `/api/boards/${werkgroep.id}` && r.request().method() === 'GET') {
            statuses.push(r.status());
            conditional.push(Boolean(r.request().headers()['if-none-match']));
        }
    });
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));

    await page.waitForTimeout(2500);

    assert.equal(statuses[0], 200);
    assert.ok(statuses.slice(1).length >= 1, 'polled again');
    assert.ok(statuses.slice(1).every((s) => s === 304), `statuses ${statuses}`);
    assert.ok(conditional.slice(1).every(Boolean));
    await context.close();
});

test('when the server is unreachable the board says so, backs off, and recovers by itself', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    const failedAt = [];
    await page.route(`**/api/boards/${werkgroep.id}?**`, (route) => {
        if (failedAt.length < 3) {
            failedAt.push(Date.now());
            return route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: 'De server is even niet bereikbaar.', code: 'unavailable' }) });
        }
        return route.fallback();
    });

    await page.locator('#live-status[data-state="retry"]').waitFor({ timeout: 3000 });
    await page.locator('#alert', { hasText: 'De server is even niet bereikbaar.' }).waitFor({ timeout: 3000 });
    await page.locator('#live-status[data-state="ok"]').waitFor({ timeout: 15000 });
    const gaps = failedAt.slice(1).map((t, i) => t - failedAt[i]);

    assert.ok(gaps[1] > gaps[0], `retry gaps ${gaps} should grow`);
    assert.equal(await page.locator('#alert').textContent(), '');
    await context.close();
});

test('a note whose answer is lost on the way back is sent again with the same key and appears once', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    const keys = [];
    await page.route('**/actions**', async (route) => {
        keys.push(route.request().headers()['idempotency-key']);
        if (keys.length === 1) {
            // The server gets and applies the request, but the browser never sees the answer.
            await route.fetch();
            return route.abort('timedout');
        }
        return route.fallback();
    });

    await page.locator('#add-3').fill('Belcirkel voor ouderen die alleen wonen');
    await page.locator('#add-3').press('Control+Enter');
    await page.locator('#announcer', { hasText: 'stap 3' }).waitFor({ timeout: 5000 });
    await page.locator('.column[data-step="3"] li.note', { hasText: 'Belcirkel' }).first().waitFor({ timeout: 3000 });
    await page.waitForTimeout(1500);

    assert.equal(keys.length, 2);
    assert.ok(keys[0] && keys[0].length >= 16, `key ${keys[0]}`);
    assert.equal(keys[1], keys[0]);
    assert.equal(await page.locator('.column[data-step="3"] li.note', { hasText: 'Belcirkel' }).count(), 1);
    assert.equal(await page.locator('#add-3').inputValue(), '');
    await context.close();
});

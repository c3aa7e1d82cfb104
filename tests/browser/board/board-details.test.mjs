// The details panel names the results an activity contributes to by their statement. A link can outlive
// its result (removed or merged since): then the panel says so in the viewer's language and never shows the
// stored id ("res-3bb58fcbc8ce8fa5"). The board the host sends is changed on its way to the browser so that
// the seeded activity also links a result that is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, openBoard, useBoardSuite } from './helpers.mjs';

const goneResultId = 'res-3bb58fcbc8ce8fa5';

let target;
let browser;
let werkgroep;

useBoardSuite(async (started) => {
    ({ target, browser } = started);
    werkgroep = await target.createWerkgroep({ name: 'Werkgroep Eenzaamheid' });
});

// Every board poll answers with the host's board, its first activity also linked to a result that is gone.
async function withGoneResult(context) {
    const seen = { statement: null, number: null, activity: null };
    await context.route((url) => url.pathname === `/api/boards/${encodeURIComponent(werkgroep.id)}`, async (route) => {
        if (route.request().method() !== 'GET') {
            return route.fallback();
        }
        // A poll still on its way when the test closes the page has nothing to change.
        const response = await route.fetch().catch(() => null);
        const board = response?.ok() ? await response.json().catch(() => null) : null;
        if (!board) {
            return response ? route.fulfill({ response }).catch(() => {}) : undefined;
        }
        const activity = (board.activities ?? [])[0];
        const result = (board.results ?? [])[0];
        if (activity && result) {
            activity.resultIds = [result.id, goneResultId];
            seen.statement = result.statement;
            seen.number = result.number;
            seen.activity = activity.what;
        }
        return route.fulfill({ response, json: board }).catch(() => {});
    });
    return seen;
}

for (const { lang, removed, contributes } of [
    { lang: 'nl-NL', removed: '(verwijderd resultaat)', contributes: 'Draagt bij aan' },
    { lang: 'en-US', removed: '(removed result)', contributes: 'Contributes to' },
]) {
    test(`an activity linked to a result that is gone says "${removed}", never the stored id (${lang})`, async () => {
        const context = await newContext(browser, { locale: lang });
        const seen = await withGoneResult(context);
        const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant, extra: { lang } }));
        assert.ok(seen.activity && seen.statement, 'the seeded board has an activity and a result');

        const card = page.locator('.details .card.activity', { hasText: seen.activity });
        await card.waitFor({ timeout: 5000 });
        const line = await card.locator('p', { hasText: contributes }).textContent();

        assert.equal(seen.number, 'R1', 'the host numbers results as the exports do');
        assert.equal(line, `${contributes}: ${seen.number} · ${seen.statement}; ${removed}`);
        assert.ok(!(await page.locator('body').innerText()).includes(goneResultId), 'no stored id anywhere on the page');
        assert.deepEqual(page.pageErrors, []);
        await context.close();
    });
}

// Renders the board as the three roles, checks accessibility with axe-core and saves screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, openBoard, screenshot, runAxe, useBoardSuite } from './helpers.mjs';

let target;
let browser;
let werkgroep;

useBoardSuite(async (started) => {
    ({ target, browser } = started);
    werkgroep = await target.createWerkgroep({ name: 'Werkgroep Eenzaamheid' });
});

function seriousViolations(violations) {
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('board renders one column per compass step with the seeded notes', async () => {
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));

    const headings = await page.locator('.column h2').allTextContents();
    const note = page.locator('.column[data-step="3"] li.note', { hasText: 'Maatjesproject' });

    assert.deepEqual(headings.map((text) => text.split(' · ')[0]), ['Stap 1', 'Stap 2', 'Stap 3', 'Stap 4', 'Stap 5', 'Stap 6']);
    assert.match(await note.getAttribute('aria-label'), /^Notitie van Fatima el Amrani \(MEE Gelderse Poort\): Maatjesproject.*stemmen verborgen tot de ronde sluit.*1 stem van jou/);
    assert.equal(await page.locator('.column[data-step="3"] .cluster-heading', { hasText: 'Cluster: Ontmoeting' }).count(), 1);
    // Numbered as in every export, so "R1" in the council report is R1 here.
    assert.equal(await page.locator('.details .result h4').first().textContent(), 'R1 · Over 3 jaar voelen minder 75-plussers in Kesteren zich ernstig eenzaam.');
    assert.match(await page.locator('.details .activity .card-title').first().textContent(), /^A1 · \S/);
    assert.equal(await page.locator('.legend-list li', { hasText: 'Welzijn Neder-Betuwe' }).count(), 1);
    assert.deepEqual(page.pageErrors, []);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'the page needs no CSP exceptions');
    await context.close();
});

test('participant view at 1280 px has no serious or critical axe violations', async () => {
    const context = await newContext(browser, { bypassCSP: true });
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    await page.locator('.sheet summary').first().click();

    const violations = await runAxe(page);
    await screenshot(page, 'board-1280.png');

    assert.deepEqual(seriousViolations(violations), []);
    await context.close();
});

test('moderator view in the dark theme has no serious or critical axe violations', async () => {
    const context = await newContext(browser, { colorScheme: 'dark', bypassCSP: true });
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    await page.locator('.column[data-step="3"] button[data-action="toggle-menu"]').first().click();

    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    const violations = await runAxe(page);
    await screenshot(page, 'board-1280-dark-moderator.png');

    assert.equal(theme, 'dark');
    assert.deepEqual(seriousViolations(violations), []);
    await context.close();
});

test('Teams high-contrast theme and an open dialog have no serious or critical axe violations', async () => {
    const context = await newContext(browser, { bypassCSP: true });
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator, extra: { theme: 'contrast' } }));
    await page.locator('.column[data-step="3"] button[data-action="toggle-menu"]').first().click();
    await page.locator('.column[data-step="3"] button[data-action="promote"]').first().click();

    const violations = await runAxe(page);
    await screenshot(page, 'board-1280-contrast-dialog.png');

    assert.equal(await page.locator('dialog[open] h2').textContent(), 'Notitie uitwerken');
    assert.deepEqual(seriousViolations(violations), []);
    await context.close();
});

test('side panel width of 320 px shows one readable column with a step selector', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 800 }, bypassCSP: true });
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));

    const visibleColumns = await page.locator('.column:visible').count();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await screenshot(page, 'board-320.png');
    await page.getByRole('button', { name: /Stap 2/ }).click();
    const shown = await page.locator('.column:visible h2').textContent();
    const violations = await runAxe(page);
    await screenshot(page, 'board-320-step2.png');

    assert.equal(visibleColumns, 1);
    assert.ok(scrollWidth <= 320, `page is ${scrollWidth}px wide, so it scrolls sideways`);
    assert.equal(shown, 'Stap 2 · Maatschappelijk resultaat');
    assert.deepEqual(seriousViolations(violations), []);
    await context.close();
});

test('share link shows the board read-only without any edit control', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 800 }, bypassCSP: true });
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { share: werkgroep.shareToken }));

    const editControls = await page.locator('textarea, .note button, .col-controls, [data-action="share-links"]').count();
    const banner = await page.locator('#readonly-banner').textContent();
    const notes = await page.locator('.column.is-selected li.note').count();
    const violations = await runAxe(page);
    await screenshot(page, 'board-320-reader.png');

    assert.equal(editControls, 0);
    assert.match(banner, /alleen-lezen/);
    assert.ok(notes > 0);
    assert.deepEqual(seriousViolations(violations), []);
    await context.close();
});

test('stage view on a wide shared screen uses larger type', async () => {
    const context = await newContext(browser, { viewport: { width: 1920, height: 1080 } });
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant, extra: { view: 'stage' } }));

    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.note-text')).fontSize));
    await screenshot(page, 'board-1920-stage.png');

    assert.ok(fontSize >= 18, `note text is ${fontSize}px on stage`);
    await context.close();
});

test('board inside a non-Teams iframe gives up on the Teams SDK within about 1 s and still renders', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${target.baseUrl}/privacy.html`);
    await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.title = 'bord';
        frame.width = '1000';
        frame.height = '600';
        document.body.append(frame);
    }, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));

    await page.frameLocator('iframe').locator('.column.is-selected').waitFor({ timeout: 10000 });
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const waitedMs = await frame.evaluate(() => performance.measure('teams-wait', 'teams-wait-start', 'teams-wait-end').duration);

    assert.ok(waitedMs < 1200, `waited ${waitedMs} ms for the Teams SDK before loading the board`);
    await context.close();
});

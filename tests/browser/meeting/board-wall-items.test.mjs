// Issue 16: parking formal items from the board (parkItem / unparkItem, the cards' own commands and role
// checks), formal items as cards on the wall linked to their source notes and to each other, and the wall
// printed to an A3 landscape PDF. Against the real host (meeting-host.mjs); Chromium with every
// non-loopback request aborted. The PDF and screenshots are saved under TestResults/browser/.
// Run: dotnet build src/WorkshopBot.Web && CHROMIUM_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/browser/meeting/board-wall-items.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, newContext, screenshot, runAxe, resultsDir } from '../board/helpers.mjs';
import { startMeetingHost, cardTexts } from './meeting-host.mjs';
import { pdfContains, pageSizes } from '../lib/pdf-text.mjs';

let host;
let browser;

before(async () => {
    host = await startMeetingHost();
    browser = await launchBrowser();
});

after(async () => {
    await browser?.close();
    await host?.close();
});

const RESULT_TEXT = 'Over drie jaar voelen minder 75-plussers in Kesteren zich ernstig eenzaam.';
const INDICATOR_TEXT = 'Aandeel 75-plussers dat zich ernstig eenzaam voelt (GGD-monitor)';

async function openBoard(context, url) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(url);
    await page.locator('#details h2').waitFor({ timeout: 15000 });
    page.pageErrors = errors;
    return page;
}

// Step 2: a result promoted from Fatma's note, an indicator promoted from Jan's and linked to the result.
async function werkgroepWithItems() {
    const wg = await host.createWerkgroep();
    const { moderator, fatma, jan } = wg.people;
    await host.mustAct(wg.id, fatma, 'addNotes', { step: 2, text: RESULT_TEXT });
    await host.mustAct(wg.id, jan, 'addNotes', { step: 2, text: INDICATOR_TEXT });
    const notes = (await host.board(wg.id, moderator)).steps.find((s) => s.number === 2).notes;
    const resultNote = notes.find((n) => n.text === RESULT_TEXT);
    const indicatorNote = notes.find((n) => n.text === INDICATOR_TEXT);
    await host.mustAct(wg.id, moderator, 'promoteNote', { noteId: resultNote.id, kind: 'result' });
    await host.mustAct(wg.id, moderator, 'promoteNote', { noteId: indicatorNote.id, kind: 'indicator' });
    let view = await host.board(wg.id, moderator);
    const indicator = view.indicators[0];
    await host.mustAct(wg.id, moderator, 'updateItem', {
        itemId: indicator.id, expectedVersion: indicator.version,
        draft: { kind: 'indicator', indicator: { name: indicator.name, resultId: view.results[0].id } },
    });
    view = await host.board(wg.id, moderator);
    return { ...wg, view, result: view.results[0], indicator: view.indicators[0], resultNote, indicatorNote };
}

function itemStatusOnCard(card, statement) {
    const texts = cardTexts(card).map((text) => text.replace(/\\(.)/g, '$1'));
    const at = texts.findIndex((text) => text.startsWith('**') && text.includes(statement));
    return at < 0 ? null : texts[at + 1];
}

test('the board JSON links every item to its source note and step, and to the result it belongs to', async () => {
    const wg = await werkgroepWithItems();
    assert.equal(wg.result.sourceNoteId, wg.resultNote.id);
    assert.equal(wg.result.step, 2);
    assert.equal(wg.indicator.sourceNoteId, wg.indicatorNote.id);
    assert.equal(wg.indicator.resultId, wg.result.id);
    assert.deepEqual(wg.result.indicatorIds, [wg.indicator.id]);
});

test('a moderator parks a result from the board; a second board and the step card show it parked; a partner cannot', async () => {
    const wg = await werkgroepWithItems();
    const { moderator, fatma } = wg.people;

    // The partner's board offers no Parkeren; the server refuses her forged request in Dutch.
    const partnerContext = await newContext(browser);
    const partner = await openBoard(partnerContext, host.pageUrl(wg.id, fatma));
    await partner.locator('#details article.result').first().waitFor();
    assert.equal(await partner.locator('button[data-item-action="park"]').count(), 0);
    const forged = await host.act(wg.id, fatma, 'parkItem', { kind: 'result', itemId: wg.result.id });
    assert.equal(forged.status, 403);
    assert.equal(forged.body.code, 'not-moderator');
    assert.match(forged.body.title, /projectleider/);
    assert.equal((await host.board(wg.id, moderator)).results[0].status, 'concept');

    // The moderator parks the result from the board and confirms.
    const context = await newContext(browser);
    const page = await openBoard(context, host.pageUrl(wg.id, moderator));
    await page.locator(`button[data-item-action="park"][data-item-id="${wg.result.id}"]`).click();
    await page.locator('dialog[open] button[type="submit"]').click();
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    const parkedAt = Date.now();

    // The partner's open board follows within 2 s (its poll), without a reload.
    await partner.locator('#details article.result .status-geparkeerd').first().waitFor({ timeout: 2000 });
    assert.ok(Date.now() - parkedAt <= 2000);
    await partner.locator(`.wall-item.status-geparkeerd[data-wall-item="result:${wg.result.id}"]`).waitFor({ timeout: 2000 });
    await page.locator(`button[data-item-action="unpark"][data-item-id="${wg.result.id}"]`).waitFor({ timeout: 2000 });
    assert.equal(await page.locator(`button[data-item-action="accept"][data-item-id="${wg.result.id}"]`).count(), 0, 'a parked result cannot be vastgesteld');
    await screenshot(page, 'board-item-geparkeerd.png');

    // The step card, fetched as Teams' refresh does, shows it parked; its source note is parked too and the
    // indicator stays linked to it.
    const card = await host.stepCard(wg.conversationId, wg.id, moderator, 2);
    assert.equal(itemStatusOnCard(card, 'Over drie jaar voelen minder 75-plussers'), 'Geparkeerd');
    const view = await host.board(wg.id, fatma);
    assert.equal(view.steps.find((s) => s.number === 2).notes.find((n) => n.id === wg.resultNote.id).status, 'geparkeerd');
    assert.equal(view.indicators[0].resultId, wg.result.id);

    // Back to draft from the board.
    await page.locator(`button[data-item-action="unpark"][data-item-id="${wg.result.id}"]`).click();
    await page.locator('dialog[open] button[type="submit"]').click();
    await partner.locator('#details article.result .status-concept').first().waitFor({ timeout: 2000 });
    assert.equal((await host.board(wg.id, moderator)).results[0].status, 'concept');
    assert.deepEqual([...page.pageErrors, ...partner.pageErrors], []);
    await context.close();
    await partnerContext.close();
});

test('items on the wall: selecting one by keyboard highlights its source note and linked items and says so', async () => {
    const wg = await werkgroepWithItems();
    // bypassCSP only so that axe can be injected at the end; the page itself runs under its CSP.
    const context = await newContext(browser, { bypassCSP: true });
    const page = await openBoard(context, host.pageUrl(wg.id, wg.people.jan));
    const wall = page.locator('.column.is-selected');
    const resultCard = wall.locator(`[data-wall-item="result:${wg.result.id}"]`);
    const indicatorCard = wall.locator(`[data-wall-item="indicator:${wg.indicator.id}"]`);
    await resultCard.waitFor({ timeout: 5000 });

    // Cards, not stickies: outside the note lists, with their links in words.
    assert.equal(await wall.locator('li.note .wall-item').count(), 0);
    assert.match(await resultCard.innerText(), /Uit notitie: “Over drie jaar/);
    assert.match(await indicatorCard.innerText(), /Hoort bij: R1 · “Over drie jaar/);

    // Keyboard only: Tab to the result's button, Space selects it.
    const select = resultCard.locator('button.wall-item-select');
    await select.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.note.is-source'));
    const highlighted = await page.locator('.column.is-selected li.note.is-source').evaluateAll((els) => els.map((el) => el.dataset.noteId));
    assert.deepEqual(highlighted, [wg.resultNote.id]);
    assert.equal(await indicatorCard.evaluate((el) => el.classList.contains('is-linked')), true);
    assert.equal(await page.locator('.column.is-selected button.wall-item-select[aria-pressed="true"]').count(), 1);
    await page.waitForFunction(() => /1 bronnotitie\(s\) en 1 gekoppelde/.test(document.getElementById('announcer').textContent));
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.focusKey), `wall-item:result:${wg.result.id}`, 'focus stays on the card');

    // The highlight survives the next live update (another note arrives).
    await host.mustAct(wg.id, wg.people.piet, 'addNotes', { step: 2, text: 'Nog een idee van Piet' });
    await page.locator('.column.is-selected li.note', { hasText: 'Nog een idee van Piet' }).waitFor({ timeout: 3000 });
    assert.equal(await page.locator(`li.note.is-source[data-note-id="${wg.resultNote.id}"]`).count(), 1);
    await screenshot(page, 'wall-items-selected.png');

    // axe on the wall with items and a selection: no serious or critical violations.
    const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(violations, []);

    // Selecting the indicator moves the highlight to its own note and the result; Escape clears it.
    await indicatorCard.locator('button.wall-item-select').click();
    await page.waitForFunction((id) => document.querySelector(`li.note.is-source[data-note-id="${id}"]`), wg.indicatorNote.id);
    assert.equal(await page.locator('li.note.is-source').count(), 1);
    assert.equal(await resultCard.evaluate((el) => el.classList.contains('is-linked')), true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.is-source, .is-linked'));
    await page.waitForFunction(() => /Markering opgeheven/.test(document.getElementById('announcer').textContent));
    assert.deepEqual(page.pageErrors, []);
    await context.close();
});

test('axe: the wall with items has no serious or critical violations in dark and high contrast', async () => {
    const wg = await werkgroepWithItems();
    for (const theme of ['dark', 'contrast']) {
        const context = await newContext(browser, { colorScheme: theme === 'dark' ? 'dark' : 'light', bypassCSP: true });
        const page = await openBoard(context, host.pageUrl(wg.id, wg.people.moderator, '', { theme }));
        await page.locator('.wall-item').first().waitFor({ timeout: 5000 });
        await page.locator('.wall-item button.wall-item-select').first().click();
        const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.deepEqual(violations, [], `${theme}: ${JSON.stringify(violations)}`);
        await context.close();
    }
});

test('the wall prints to an A3 landscape PDF with every note and the items', async () => {
    const wg = await werkgroepWithItems();
    for (let i = 1; i <= 14; i += 1) {
        await host.mustAct(wg.id, wg.people.piet, 'addNotes', { step: 2, text: `Printnotitie ${i} over de buurtkamer in Dodewaard` });
    }
    await host.mustAct(wg.id, wg.people.fatma, 'addNotes', { step: 2, text: 'Huisbezoeken door vrijwilligers in Opheusden' });
    const context = await newContext(browser);
    const page = await openBoard(context, host.pageUrl(wg.id, wg.people.moderator));
    await page.locator('.column.is-selected li.note', { hasText: 'Huisbezoeken door vrijwilligers' }).waitFor({ timeout: 5000 });
    // The board opens every folded sheet and every step as a wall for printing (beforeprint).
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const pdf = await page.pdf({ format: 'A3', landscape: true, printBackground: true });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    fs.mkdirSync(resultsDir, { recursive: true });
    fs.writeFileSync(path.join(resultsDir, 'wall-a3-landscape.pdf'), pdf);

    const sizes = pageSizes(pdf);
    assert.ok(sizes.length >= 1);
    for (const size of sizes) {
        assert.ok(Math.abs(size.width - 1190.55) < 2 && Math.abs(size.height - 841.89) < 2, `A3 landscape, got ${JSON.stringify(size)}`);
    }
    for (const text of ['Huisbezoeken door vrijwilligers in Opheusden', 'Printnotitie 14 over de buurtkamer', 'Printnotitie 1 over', RESULT_TEXT.slice(0, 40)]) {
        assert.ok(pdfContains(pdf, text), `the PDF has "${text}"`);
    }
    assert.ok(!pdfContains(pdf, 'Printnotitie 15'), 'the PDF reader does not find what is not there');
    await context.close();
});

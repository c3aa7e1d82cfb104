// Issue 16: moderator actions on formal items from the board (the cards' own commands, updateItem and
// acceptItem, through the same role checks). Against the real host (meeting-host.mjs); Chromium with every
// non-loopback request aborted.
// Run: dotnet build src/WorkshopBot.Web && CHROMIUM_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/browser/meeting/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, newContext, screenshot } from '../board/helpers.mjs';
import { startMeetingHost, cardTexts } from './meeting-host.mjs';

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

async function openBoard(context, url) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(url);
    await page.locator('#details h2').waitFor({ timeout: 15000 });
    page.pageErrors = errors;
    return page;
}

// A result promoted from Fatma's note in step 2, and an indicator promoted from Jan's.
async function werkgroepWithItems() {
    const wg = await host.createWerkgroep();
    const { moderator, fatma } = wg.people;
    await host.mustAct(wg.id, fatma, 'addNotes', { step: 2, text: 'Over drie jaar voelen minder 75-plussers in Kesteren zich ernstig eenzaam.' });
    await host.mustAct(wg.id, moderator, 'addNotes', { step: 2, text: 'Verhalen van ouderen over wat het maatjesproject hen brengt' });
    const view = await host.board(wg.id, moderator);
    const notes = view.steps.find((s) => s.number === 2).notes;
    const resultNote = notes.find((n) => n.text.startsWith('Over drie jaar'));
    const indicatorNote = notes.find((n) => n.text.startsWith('Verhalen van ouderen'));
    await host.mustAct(wg.id, moderator, 'promoteNote', { noteId: resultNote.id, kind: 'result' });
    await host.mustAct(wg.id, moderator, 'promoteNote', { noteId: indicatorNote.id, kind: 'indicator' });
    const after = await host.board(wg.id, moderator);
    return { ...wg, result: after.results[0], indicator: after.indicators[0] };
}

// The status the step card gives an item: the card lists each item of the step ("**Maatschappelijk
// resultaat** · <statement>") with its status right after it. Card text is Markdown-escaped.
function itemStatusOnCard(card, statement) {
    const texts = cardTexts(card).map((text) => text.replace(/\\(.)/g, '$1'));
    const at = texts.findIndex((text) => text.startsWith('**') && text.includes(statement));
    return at < 0 ? null : texts[at + 1];
}

test('a moderator marks a result vastgesteld from the board and the step card shows it; a partner cannot', async () => {
    const wg = await werkgroepWithItems();
    const { moderator, fatma } = wg.people;
    const statement = 'Over drie jaar voelen minder 75-plussers';

    // Before: the moderator's step card lists the result as concept, with her Vaststellen.
    const before = await host.stepCard(wg.conversationId, wg.id, moderator, 2);
    assert.equal(itemStatusOnCard(before, statement), 'Concept', 'the step card lists the result as concept');
    assert.ok(JSON.stringify(before).includes('"acceptItem"'), 'the moderator card offers vaststellen');

    // The partner's board offers no Vaststellen, and the server refuses her if she sends it anyway.
    const partnerContext = await newContext(browser);
    const partner = await openBoard(partnerContext, host.pageUrl(wg.id, fatma));
    await partner.locator('#details article.result').first().waitFor();
    assert.equal(await partner.locator('button[data-item-action="accept"]').count(), 0);
    const forged = await host.act(wg.id, fatma, 'acceptItem', { kind: 'result', itemId: wg.result.id });
    assert.equal(forged.status, 403);
    assert.equal(forged.body.code, 'not-moderator');
    assert.equal((await host.board(wg.id, moderator)).results[0].status, 'concept');

    // The moderator clicks Vaststellen on the result and confirms.
    const context = await newContext(browser);
    const page = await openBoard(context, host.pageUrl(wg.id, moderator));
    const accept = page.locator(`button[data-item-action="accept"][data-item-id="${wg.result.id}"]`);
    await accept.click();
    await page.locator('dialog[open] button[type="submit"]').click();
    await page.locator('#details article.result .status-vastgesteld').first().waitFor({ timeout: 5000 });
    assert.equal(await accept.count(), 0, 'no second Vaststellen once vastgesteld');
    await screenshot(page, 'board-item-vastgesteld.png');

    // The step card, fetched through the bot as Teams' refresh does, shows it vastgesteld.
    const card = await host.stepCard(wg.conversationId, wg.id, moderator, 2);
    assert.equal(itemStatusOnCard(card, statement), 'Vastgesteld');
    assert.equal((await host.board(wg.id, fatma)).results[0].status, 'vastgesteld');
    // And the partner's open board follows within its poll.
    await partner.locator('#details article.result .status-vastgesteld').first().waitFor({ timeout: 5000 });
    assert.deepEqual([...page.pageErrors, ...partner.pageErrors], []);
    await context.close();
    await partnerContext.close();
});

test('a moderator links an indicator to a result and edits its vertellen sheet from the board', async () => {
    const wg = await werkgroepWithItems();
    const { moderator } = wg.people;
    // The indicator is a story indicator (vertellen): same updateItem command as the card's edit form.
    const made = await host.act(wg.id, moderator, 'updateItem', {
        itemId: wg.indicator.id,
        expectedVersion: wg.indicator.version,
        draft: { kind: 'indicator', indicator: { name: wg.indicator.name, indicatorKind: 'vertellen', storiesFrom: 'Deelnemers aan het maatjesproject' } },
    });
    assert.equal(made.status, 200, JSON.stringify(made.body));

    const context = await newContext(browser);
    const page = await openBoard(context, host.pageUrl(wg.id, moderator));
    const indicatorId = wg.indicator.id;

    // Link it to the result.
    await page.locator(`button[data-item-action="link"][data-item-id="${indicatorId}"]`).click();
    await page.locator(`dialog[open] input[value="${wg.result.id}"]`).check();
    await page.locator('dialog[open] button[type="submit"]').click();
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    let view = await host.board(wg.id, moderator);
    assert.equal(view.indicators[0].resultId, wg.result.id);
    assert.equal(view.indicators[0].storiesFrom, 'Deelnemers aan het maatjesproject', 'linking kept the sheet');

    // Its sheet shows the story fields, not nulmeting, streefwaarde or richting.
    const sheet = page.locator(`#details article.result details[data-details-key="indicator:${indicatorId}"]`);
    await sheet.waitFor({ timeout: 5000 });
    await sheet.locator('summary').click();
    const sheetText = await sheet.innerText();
    for (const label of ['Welke verhalen', 'Van wie', 'Hoe verzameld', 'Wat de werkgroep ermee doet']) {
        assert.ok(sheetText.includes(label), `sheet shows ${label}`);
    }
    assert.ok(sheetText.includes('Deelnemers aan het maatjesproject'));
    for (const label of ['Nulmeting', 'Streefwaarde', 'Gewenste richting', 'Teller']) {
        assert.ok(!sheetText.includes(label), `a vertellen sheet does not ask for ${label}`);
    }

    // Edit the story sheet in the dialog.
    await page.locator(`button[data-item-action="edit"][data-item-id="${indicatorId}"]`).click();
    await page.locator('dialog[open] #item-field-collectionMethod').fill('Gesprek met de maatjescoördinator, twee keer per jaar');
    await page.locator('dialog[open] button[type="submit"]').click();
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    view = await host.board(wg.id, moderator);
    assert.equal(view.indicators[0].collectionMethod, 'Gesprek met de maatjescoördinator, twee keer per jaar');
    assert.equal(view.indicators[0].resultId, wg.result.id, 'the edit kept the link');
    assert.deepEqual(page.pageErrors, []);
    await context.close();
});

test('an edit from a stale form is refused, nothing is overwritten', async () => {
    const wg = await werkgroepWithItems();
    const { moderator, fatma } = wg.people;
    const draft = (statement) => ({ kind: 'result', result: { statement } });
    const first = await host.act(wg.id, fatma, 'updateItem', { itemId: wg.result.id, expectedVersion: wg.result.version, draft: draft('Minder eenzame 75-plussers in Kesteren en Opheusden') });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const stale = await host.act(wg.id, moderator, 'updateItem', { itemId: wg.result.id, expectedVersion: wg.result.version, draft: draft('Iets anders') });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'stale-item');
    assert.equal((await host.board(wg.id, moderator)).results[0].statement, 'Minder eenzame 75-plussers in Kesteren en Opheusden');
});

// A keyboard-only participant adds a note and votes; errors show in the alert and keep the typed text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, openBoard, useBoardSuite } from './helpers.mjs';

let target;
let browser;

useBoardSuite((started) => ({ target, browser } = started));

// Presses Tab until the focused element matches, like a keyboard user would; fails if never reached.
async function tabTo(page, predicate, arg, maxPresses = 150) {
    for (let i = 0; i < maxPresses; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(predicate, arg)) {
            return i + 1;
        }
    }
    throw new Error('element not reachable with Tab');
}

test('keyboard-only participant adds a note with Ctrl+Enter and votes on it', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));

    await tabTo(page, () => document.activeElement?.id === 'add-3');
    await page.keyboard.type('Buurtkamer in Opheusden elke dinsdag open');
    await page.keyboard.press('Control+Enter');
    const note = page.locator('.column[data-step="3"] li.note', { hasText: 'Buurtkamer in Opheusden' });
    await note.waitFor({ timeout: 3000 });
    const afterAdd = await page.evaluate(() => ({ id: document.activeElement.id, value: document.activeElement.value }));
    await page.locator('#announcer', { hasText: 'Notitie toegevoegd' }).waitFor({ timeout: 2000 });

    await tabTo(page, () => /^Stem op notitie van Jan Jansen: Buurtkamer/.test(document.activeElement?.getAttribute('aria-label') ?? ''));
    await page.keyboard.press('Enter');
    await page.locator('.column[data-step="3"] li.note[aria-label*="Buurtkamer"][aria-label*="1 stem"]').waitFor({ timeout: 3000 });
    const focusAfterVote = await page.evaluate(() => document.activeElement?.dataset.focusKey ?? '');
    const votingStatus = await page.locator('.column[data-step="3"] .info.voting').textContent();

    assert.deepEqual(afterAdd, { id: 'add-3', value: '' });
    assert.match(focusAfterVote, /^vote:/);
    assert.equal(votingStatus, 'Stemronde: je hebt nog 1 van 3 stemmen.');
    await context.close();
});

test('several lines become several notes', async () => {
    const werkgroep = await target.createWerkgroep({ seed: false });
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));

    await page.locator('.step-tab[data-step="1"]').click();
    await page.locator('#add-1').fill('Eerste idee\nTweede idee\n\nDerde idee');
    await page.getByRole('button', { name: 'Toevoegen' }).first().click();
    await page.locator('.column[data-step="1"] li.note', { hasText: 'Derde idee' }).waitFor({ timeout: 3000 });

    assert.equal(await page.locator('.column[data-step="1"] li.note').count(), 3);
    await context.close();
});

test('a refused note shows the server message in an alert and keeps the typed text', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    await page.route('**/actions**', (route) => route.fulfill({
        status: 409,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Stap 3 is net gesloten door de projectleider.', code: 'step-not-open', status: 409 }),
    }));

    await page.locator('#add-3').fill('Deze tekst mag niet verloren gaan');
    await page.locator('#add-3').press('Control+Enter');
    await page.locator('#alert', { hasText: 'Stap 3 is net gesloten' }).waitFor({ timeout: 3000 });

    assert.equal(await page.locator('#alert').getAttribute('role'), 'alert');
    assert.equal(await page.locator('#add-3').inputValue(), 'Deze tekst mag niet verloren gaan');
    await context.close();
});

test('edit dialog keeps the text and shows the error when the server refuses, and returns focus on close', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    const menu = page.locator('.column[data-step="3"] li.note', { hasText: 'Koffieochtenden' }).locator('button[data-action="toggle-menu"]');

    await menu.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialogField = page.locator('dialog[open] textarea');
    await dialogField.waitFor();
    const focusedInDialog = await page.evaluate(() => document.activeElement?.id);
    await page.route('**/actions**', (route) => route.fulfill({
        status: 403, contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Je kunt alleen je eigen notities wijzigen.', code: 'not-your-note' }),
    }));
    await dialogField.fill('Koffieochtenden, ook op zaterdag');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('dialog[open] [role="alert"]', { hasText: 'eigen notities' }).waitFor({ timeout: 3000 });
    const keptText = await dialogField.inputValue();
    await page.keyboard.press('Escape');
    const focusAfterClose = await page.evaluate(() => document.activeElement?.dataset.focusKey ?? '');

    assert.equal(focusedInDialog, 'dialog-text');
    assert.equal(keptText, 'Koffieochtenden, ook op zaterdag');
    assert.match(focusAfterClose, /^edit:/);
    await context.close();
});

test('moderator clusters a note from the keyboard and it appears under the new cluster heading', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    const note = page.locator('.column[data-step="3"] li.note', { hasText: 'Vervoer naar activiteiten' });

    await note.locator('button[data-action="toggle-menu"]').focus();
    await page.keyboard.press('Enter');
    await note.locator('button[data-action="cluster"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#dialog-cluster').waitFor();
    await page.keyboard.type('Bereikbaarheid');
    await page.keyboard.press('Enter');
    await page.locator('.column[data-step="3"] .cluster-heading', { hasText: 'Cluster: Bereikbaarheid (1)' }).waitFor({ timeout: 3000 });
    const focusKey = await page.evaluate(() => document.activeElement?.dataset.focusKey ?? '');

    assert.match(focusKey, /^cluster:/);
    await context.close();
});

test('moderator closes a step and a participant typing there keeps the text', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const participant = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    const moderator = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    // Step 2 is a lane beside the wall of step 3: both show it large first.
    await participant.locator('.step-tab[data-step="2"]').click();
    await moderator.locator('.step-tab[data-step="2"]').click();
    await participant.locator('#add-2').fill('Half getypt resultaat');

    await moderator.locator('.column[data-step="2"] button[data-action="set-state"][data-value="closed"]').click();
    await participant.locator('.column[data-step="2"] .badge.state-closed').waitFor({ timeout: 3000 });

    assert.equal(await participant.locator('#add-2').inputValue(), 'Half getypt resultaat');
    assert.equal(await participant.locator('.column[data-step="2"] .add-note button[type="submit"]').isDisabled(), true);
    assert.match(await participant.locator('.column[data-step="2"] .add-status').textContent(), /Stap 2 is gesloten/);
    await context.close();
});

test('using the last vote keeps keyboard focus inside the note', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    const note = page.locator('.column[data-step="3"] li.note', { hasText: 'Huisbezoeken' });

    await note.locator('button[data-action="vote"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.column[data-step="3"] li.note[aria-label*="Huisbezoeken"][aria-label*="1 stem"]').waitFor({ timeout: 3000 });
    await page.keyboard.press('Enter');
    await page.locator('.column[data-step="3"] li.note[aria-label*="Huisbezoeken"][aria-label*="2 stemmen"]').waitFor({ timeout: 3000 });
    const focused = await page.evaluate(() => ({
        action: document.activeElement?.dataset.action,
        inNote: Boolean(document.activeElement?.closest('li.note')?.textContent.includes('Huisbezoeken')),
    }));

    assert.equal(await note.locator('button[data-action="vote"]').isDisabled(), true);
    assert.deepEqual(focused, { action: 'unvote', inNote: true });
    await context.close();
});

test('participant names their organisation from the keyboard and their earlier notes take it', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    const note = page.locator('.column[data-step="2"] li.note', { hasText: 'Regie versterken' });

    await tabTo(page, () => document.activeElement?.dataset.focusKey === 'my-organisation');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Sociaal Team Kesteren');
    await page.keyboard.press('Enter');
    await page.locator('.column[data-step="2"] li.note[aria-label*="(Sociaal Team Kesteren)"]', { hasText: 'Regie versterken' }).waitFor({ timeout: 3000 });
    await page.locator('#announcer', { hasText: 'Je organisatie is nu Sociaal Team Kesteren.' }).waitFor({ timeout: 2000 });

    assert.match(await note.getAttribute('aria-label'), /^Notitie van Jan Jansen \(Sociaal Team Kesteren\): Regie versterken/);
    assert.match(await page.locator('#viewer').textContent(), /Sociaal Team Kesteren/);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.focusKey), 'my-organisation');
    await context.close();
});

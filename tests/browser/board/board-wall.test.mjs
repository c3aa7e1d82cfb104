// The wall (issue 16): the current step large as sticky notes in clusters, the other steps as lanes;
// notes move into clusters and between steps by mouse and by keyboard, and another browser sees it live;
// moderators make, rename and merge clusters; step counts include worked-out items; the wall prints on A3.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newContext, openBoard, runAxe, resultsDir, useBoardSuite } from './helpers.mjs';

let target;
let browser;

const extraNotes = [
    'Buurtkamer in Opheusden elke dinsdag open',
    'Belcirkel voor ouderen die alleen wonen',
    'Wandelgroep vanuit het gezondheidscentrum',
    'Samen eten in de kerk van Kesteren',
    'Digitaal spreekuur in de bibliotheek',
    'Mantelzorgcafé eens per maand',
];

useBoardSuite((started) => ({ target, browser } = started));

async function post(werkgroepId, user, verb, data) {
    const response = await fetch(`${target.baseUrl}/api/boards/${encodeURIComponent(werkgroepId)}/actions?dev-user=${user}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ verb, data }),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
}

async function boardJson(werkgroepId, user) {
    const response = await fetch(`${target.baseUrl}/api/boards/${encodeURIComponent(werkgroepId)}?dev-user=${user}`);
    return response.json();
}

// The seeded werkgroep has 5 notes in step 3 (the current step); six more make the 11 of the issue.
async function werkgroepWith11Notes() {
    const werkgroep = await target.createWerkgroep({});
    const added = await post(werkgroep.id, werkgroep.users.moderator, 'addNotes', { step: 3, text: extraNotes.join('\n') });
    assert.equal(added.status, 200);
    return werkgroep;
}

function seriousViolations(violations) {
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function viewportShot(page, name) {
    fs.mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, name) });
}

// The page moves focus into a note's move list a frame after the key that opens it; a person presses the next
// key after seeing that, so the tests wait for it too instead of racing the page on a loaded machine.
function focusInMoveList(page, timeout = 3000) {
    return page.waitForFunction(() => document.activeElement?.closest('.note-targets') != null, null, { timeout });
}

// Notes whose box lies entirely inside the viewport, without scrolling.
function fullyVisibleNotes(page) {
    return page.evaluate(() => [...document.querySelectorAll('.column.is-selected li.note')].filter((note) => {
        const box = note.getBoundingClientRect();
        return box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    }).length);
}

test('at 1280×800 the moderator sees at least 8 of the 11 notes of the current step without scrolling', async () => {
    const werkgroep = await werkgroepWith11Notes();
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    await page.locator('.column.is-selected li.note').nth(10).waitFor({ timeout: 5000 });

    const total = await page.locator('.column.is-selected li.note').count();
    const visible = await fullyVisibleNotes(page);
    const lanes = await page.locator('.column.is-lane:visible').count();
    await viewportShot(page, 'board-wall-1280x800.png');

    assert.equal(total, 11);
    assert.ok(visible >= 8, `only ${visible} of 11 notes visible without scrolling`);
    assert.equal(lanes, 5, 'the other five steps are lanes beside the wall');
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    assert.deepEqual(page.pageErrors, []);
    await context.close();
});

test('a note dragged into a cluster and another moved by keyboard appear in that cluster for a second browser within 2 s', async () => {
    const werkgroep = await werkgroepWith11Notes();
    const moderatorContext = await newContext(browser);
    const watcherContext = await newContext(browser);
    const moderator = await openBoard(moderatorContext, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    const watcher = await openBoard(watcherContext, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    const inCluster = (page, text) => page.locator('.column[data-step="3"] .cluster[data-drop-cluster="Ontmoeting"] li.note', { hasText: text });

    // Mouse: drag "Vervoer naar activiteiten" onto the Ontmoeting cluster.
    const [dragResponse] = await Promise.all([
        moderator.waitForResponse((r) => r.url().includes('/actions') && r.request().method() === 'POST'),
        moderator.locator('.column.is-selected li.note', { hasText: 'Vervoer naar activiteiten' })
            .dragTo(moderator.locator('.column.is-selected .cluster[data-drop-cluster="Ontmoeting"]')),
    ]);
    const dragAcknowledged = Date.now();
    await inCluster(watcher, 'Vervoer naar activiteiten').waitFor({ timeout: 2000 });
    const dragElapsed = Date.now() - dragAcknowledged;
    await moderator.locator('#announcer', { hasText: 'Notitie staat nu in cluster Ontmoeting.' }).waitFor({ timeout: 2000 });

    // Keyboard only: Tab to the ⇄ button of "Huisbezoeken", Enter, arrows to the cluster, Enter. First the
    // moderator's own page shows the dragged note in its cluster (its live update re-renders the lists).
    await inCluster(moderator, 'Vervoer naar activiteiten').waitFor({ timeout: 2000 });
    await moderator.locator('#board-title').click();
    for (let i = 0; i < 200; i++) {
        await moderator.keyboard.press('Tab');
        const label = await moderator.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
        if (label.startsWith('Verplaats notitie van Sanne Visser: Huisbezoeken')) {
            break;
        }
    }
    assert.match(await moderator.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''), /^Verplaats notitie van Sanne Visser: Huisbezoeken/);
    await moderator.keyboard.press('Enter');
    await focusInMoveList(moderator, 2000);
    for (let i = 0; i < 12; i++) {
        if ((await moderator.evaluate(() => document.activeElement?.textContent)) === 'Naar cluster Ontmoeting') {
            break;
        }
        await moderator.keyboard.press('ArrowDown');
    }
    assert.equal(await moderator.evaluate(() => document.activeElement?.textContent), 'Naar cluster Ontmoeting');
    const [keyResponse] = await Promise.all([
        moderator.waitForResponse((r) => r.url().includes('/actions') && r.request().method() === 'POST'),
        moderator.keyboard.press('Enter'),
    ]);
    const keyAcknowledged = Date.now();
    await inCluster(watcher, 'Huisbezoeken').waitFor({ timeout: 2000 });
    const keyElapsed = Date.now() - keyAcknowledged;
    await moderator.locator('#announcer', { hasText: 'Notitie staat nu in cluster Ontmoeting.' }).waitFor({ timeout: 2000 });
    const focusAfterMove = await moderator.evaluate(() => document.activeElement?.closest('li.note')?.textContent ?? '');

    assert.equal(dragResponse.status(), 200);
    assert.equal(keyResponse.status(), 200);
    assert.ok(dragElapsed < 2000, `dragged note appeared after ${dragElapsed} ms`);
    assert.ok(keyElapsed < 2000, `keyboard-moved note appeared after ${keyElapsed} ms`);
    assert.match(focusAfterMove, /Huisbezoeken/, 'focus stays on the moved note');
    assert.equal(await inCluster(watcher, '').count(), 4);
    assert.equal(await watcher.locator('.column[data-step="3"] .cluster[data-drop-cluster="Signaleren"]').count(), 0, 'the emptied cluster is gone');
    assert.deepEqual([...moderator.pageErrors, ...watcher.pageErrors], []);
    await moderatorContext.close();
    await watcherContext.close();
});

test('a participant moves an own note to another open step with the keyboard; clusters are not offered to her', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    const note = page.locator('.column.is-selected li.note', { hasText: 'Koffieochtenden' });

    await note.locator('button[data-action="pick"]').focus();
    await page.keyboard.press('Enter');
    await focusInMoveList(page);
    const targets = await note.locator('.note-targets button').allTextContents();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.dataset.action === 'pick', null, { timeout: 3000 }).catch(() => {});
    const focusAfterEscape = await page.evaluate(() => document.activeElement?.dataset.action);
    await page.keyboard.press('Enter');
    await focusInMoveList(page);
    await note.locator('.note-targets button', { hasText: 'Naar stap 1' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.column[data-step="1"] li.note', { hasText: 'Koffieochtenden' }).waitFor({ timeout: 3000 });

    assert.deepEqual(targets, ['Naar stap 1 · Monitoring & ambities', 'Naar stap 2 · Maatschappelijk resultaat']);
    assert.equal(focusAfterEscape, 'pick');
    assert.equal(await page.locator('.column.is-selected li.note', { hasText: 'Maatjesproject' }).locator('button[data-action="pick"]').count(), 0,
        'no move button on someone else\'s note');
    await context.close();
});

test('the moderator makes, renames and merges clusters from the board; a participant may not rename', async () => {
    const werkgroep = await werkgroepWith11Notes();
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    const heading = (text) => page.locator('.column.is-selected .cluster-heading', { hasText: text });

    await page.locator('.column.is-selected button[data-action="cluster-new"]').click();
    await page.locator('#dialog-new-cluster').fill('Vervoer');
    await page.getByLabel(/^Vervoer naar activiteiten/).check();
    await page.getByLabel(/^Wandelgroep vanuit/).check();
    await page.locator('dialog[open]').getByRole('button', { name: 'Cluster maken' }).click();
    await heading('Cluster: Vervoer (2)').waitFor({ timeout: 3000 });

    await page.getByRole('button', { name: 'Cluster Signaleren hernoemen' }).click();
    await page.locator('#dialog-rename-cluster').fill('Signaleren en doorverwijzen');
    await page.keyboard.press('Enter');
    await heading('Cluster: Signaleren en doorverwijzen (1)').waitFor({ timeout: 3000 });

    await page.getByRole('button', { name: 'Cluster Vervoer samenvoegen met een ander cluster' }).click();
    await page.locator('#dialog-merge-cluster').selectOption('Ontmoeting');
    await page.locator('dialog[open]').getByRole('button', { name: 'Samenvoegen' }).click();
    await heading('Cluster: Ontmoeting (4)').waitFor({ timeout: 3000 });
    await page.locator('#announcer', { hasText: 'Cluster Vervoer is samengevoegd met Ontmoeting.' }).waitFor({ timeout: 2000 });
    const headings = await page.locator('.column.is-selected .cluster-heading').allTextContents();
    const refused = await post(werkgroep.id, werkgroep.users.participant, 'renameCluster', { step: 3, label: 'Ontmoeting', newLabel: 'Van Jan' });
    const participant = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));

    assert.deepEqual(headings, ['Cluster: Ontmoeting (4)', 'Cluster: Signaleren en doorverwijzen (1)', 'Zonder cluster (6)']);
    assert.equal(refused.status, 403);
    assert.equal(await participant.locator('[data-action^="cluster-"]').count(), 0);
    assert.equal(await participant.locator('.cluster-heading', { hasText: 'Van Jan' }).count(), 0);
    await context.close();
});

test('step tabs count notes and worked-out items; an empty step says what to do next', async () => {
    const werkgroep = await target.createWerkgroep({});
    const empty = await target.createWerkgroep({ seed: false });
    const view = await boardJson(werkgroep.id, werkgroep.users.participant);
    const step2 = view.steps.find((s) => s.number === 2);
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));
    const emptyPage = await openBoard(context, target.boardUrl(empty.id, { user: empty.users.participant }));

    const tab2 = await page.locator('.step-tab[data-step="2"] .step-tab-count').textContent();
    const emptyText = await emptyPage.locator('.column.is-selected .empty').textContent();

    assert.ok(step2.items >= 1, 'the result promoted in step 2 counts as an item of step 2');
    assert.equal(tab2, ` (${step2.notes.length + step2.items})`);
    assert.match(emptyText, /Schrijf je eerste idee hierboven/);
    await context.close();
});

for (const [theme, options, extra] of [
    ['light', {}, {}],
    ['dark', { colorScheme: 'dark' }, {}],
    ['contrast', {}, { theme: 'contrast' }],
]) {
    test(`the wall has no serious or critical axe violations (${theme})`, async () => {
        const werkgroep = await werkgroepWith11Notes();
        const context = await newContext(browser, { viewport: { width: 1280, height: 800 }, bypassCSP: true, ...options });
        const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator, extra }));
        await page.locator('.column.is-selected li.note').nth(10).waitFor({ timeout: 5000 });
        await page.locator('.column.is-selected li.note', { hasText: 'Huisbezoeken' }).locator('button[data-action="pick"]').click();
        await page.locator('.note-targets button').first().waitFor();

        const violations = await runAxe(page);
        await page.screenshot({ path: path.join(resultsDir, `board-wall-${theme}.png`), fullPage: true });

        assert.deepEqual(seriousViolations(violations), []);
        await context.close();
    });
}

test('the wall prints on A3 landscape with every step and every note, without controls', async () => {
    const werkgroep = await werkgroepWith11Notes();
    const view = await boardJson(werkgroep.id, werkgroep.users.moderator);
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    await page.locator('.column.is-selected li.note').nth(10).waitFor({ timeout: 5000 });

    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('li.note:visible').count();
    const buttons = await page.locator('main button:visible').count();
    fs.mkdirSync(resultsDir, { recursive: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.writeFileSync(path.join(resultsDir, 'board-wall-a3.pdf'), pdf);
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));

    assert.equal(printed, view.steps.reduce((sum, s) => sum + s.notes.length, 0));
    assert.equal(buttons, 0);
    assert.ok(mediaBox, 'the PDF has a page size');
    // A3 landscape is 420 × 297 mm = 1190.55 × 841.89 pt.
    assert.ok(Math.abs(Number(mediaBox[1]) - 1190.55) < 2 && Math.abs(Number(mediaBox[2]) - 841.89) < 2, `page is ${mediaBox[1]} × ${mediaBox[2]} pt`);
    await context.close();
});

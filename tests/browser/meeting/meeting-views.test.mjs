// Issue 16: the meeting stage (presenter view) and the 320 px side panel, against the real host
// (meeting-host.mjs); Chromium with every non-loopback request aborted. Screenshots go to
// TestResults/browser/ (stage-*.png, side-*.png).
// Run: dotnet build src/WorkshopBot.Web && CHROMIUM_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/browser/meeting/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, newContext, screenshot, runAxe } from '../board/helpers.mjs';
import { startMeetingHost } from './meeting-host.mjs';
import { framePageUrl, werkgroepIdFromPath } from '../../../src/WorkshopBot.Web/wwwroot/board/frames.js';

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

const silentTexts = {
    moderator: 'Koffieochtend in De Schakel, elke dinsdag',
    fatma: 'Signaalkaart eenzaamheid voor de wijkverpleging',
    jan: 'Maatjesproject met vrijwilligers uit de kerk',
    piet: 'Vervoer naar activiteiten met de AutoMaatje',
};

// Step 3 in a silent brainstorm: five notes from four people.
async function silentWerkgroep() {
    const wg = await host.createWerkgroep();
    const { moderator, fatma, jan, piet } = wg.people;
    await host.mustAct(wg.id, moderator, 'startSilent', { step: 3 });
    await host.mustAct(wg.id, moderator, 'addNotes', { step: 3, text: silentTexts.moderator });
    await host.mustAct(wg.id, fatma, 'addNotes', { step: 3, text: `${silentTexts.fatma}\nHuisbezoek door het sociaal team bij 75-plussers` });
    await host.mustAct(wg.id, jan, 'addNotes', { step: 3, text: silentTexts.jan });
    await host.mustAct(wg.id, piet, 'addNotes', { step: 3, text: silentTexts.piet });
    return wg;
}

async function openStage(context, url) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(url);
    await page.locator('#stage-step').filter({ hasText: 'Stap' }).waitFor({ timeout: 15000 });
    page.pageErrors = errors;
    return page;
}

async function openSide(context, url) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(url);
    await page.locator('#side-content:not([hidden])').waitFor({ timeout: 15000 });
    page.pageErrors = errors;
    return page;
}

function serious(violations) {
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('the stage follows the current step and shows silent progress in numbers only, never a text', async () => {
    const wg = await silentWerkgroep();
    const context = await newContext(browser, { viewport: { width: 1920, height: 1080 } });
    // Fatma shares her screen: even her own notes stay off the stage.
    const page = await openStage(context, host.pageUrl(wg.id, wg.people.fatma, '/stage'));
    await page.getByText('5 notities van 4 deelnemers, nog verborgen').waitFor({ timeout: 5000 });
    assert.match(await page.locator('#stage-step').innerText(), /^Stap 3 · /);
    const body = await page.locator('body').innerText();
    for (const text of [...Object.values(silentTexts), 'Huisbezoek door het sociaal team']) {
        assert.ok(!body.includes(text), `the stage shows "${text}" during the silent brainstorm`);
    }
    const html = await page.content();
    assert.ok(!html.includes('Signaalkaart'), 'not even hidden in the DOM');
    const stepFont = parseFloat(await page.locator('#stage-step').evaluate((el) => getComputedStyle(el).fontSize));
    assert.ok(stepFont >= 48, `step heading is ${stepFont}px on a 1920 px stage`);
    await screenshot(page, 'stage-silent-1920.png');

    // The moderator starts the timer: the stage counts down in large type.
    await host.mustAct(wg.id, wg.people.moderator, 'startTimer', { minutes: 5 });
    await page.locator('#stage-timer:not([hidden])').waitFor({ timeout: 5000 });
    assert.match(await page.locator('#stage-timer').innerText(), /^Nog [45]:\d\d$/);

    // Reveal: the notes appear, with author and organisation.
    await host.mustAct(wg.id, wg.people.moderator, 'revealNotes', { step: 3 });
    await page.getByText(silentTexts.jan).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('.stage-note').count(), 5);
    assert.ok((await page.locator('.stage-note').filter({ hasText: silentTexts.fatma }).innerText()).includes('Fatma Yilmaz · GGD Gelderland-Zuid'));

    // The moderator takes the group back to step 2 (closes and reopens it): the stage follows.
    await host.mustAct(wg.id, wg.people.moderator, 'closeStep', { step: 2 });
    await host.mustAct(wg.id, wg.people.moderator, 'openStep', { step: 2 });
    await page.locator('#stage-step').filter({ hasText: 'Stap 2' }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('.stage-note').filter({ hasText: 'Jan denkt mee over stap 2.' }).count(), 1);
    assert.deepEqual(page.pageErrors, []);
    await context.close();
});

test('the stage shows the voting round with the counts hidden and a stable order until the round closes', async () => {
    const wg = await silentWerkgroep();
    const { moderator, fatma, jan } = wg.people;
    await host.mustAct(wg.id, moderator, 'revealNotes', { step: 3 });
    await host.mustAct(wg.id, moderator, 'startVoting', { step: 3, dots: 3, showCounts: false });
    const context = await newContext(browser, { viewport: { width: 1920, height: 1080 } });
    const page = await openStage(context, host.pageUrl(wg.id, jan, '/stage'));
    await page.locator('.stage-voting').waitFor({ timeout: 5000 });
    assert.match(await page.locator('.stage-voting').innerText(), /Ieder heeft 3 stemmen/);
    assert.match(await page.locator('.stage-voting').innerText(), /verborgen tot de ronde sluit/);
    const order = () => page.locator('.stage-note-text').allInnerTexts();
    const before = await order();

    const view = await host.board(wg.id, moderator);
    const piets = view.steps.find((s) => s.number === 3).notes.find((n) => n.text === silentTexts.piet);
    for (const who of [moderator, fatma, jan]) {
        await host.mustAct(wg.id, who, 'castVote', { noteId: piets.id });
    }
    await page.waitForTimeout(2500);
    assert.deepEqual(await order(), before, 'the order on the stage did not move during the round');
    assert.equal(await page.locator('.stage-dots').count(), 0, 'no dots while the counts are hidden');
    await screenshot(page, 'stage-voting-1920.png');

    await host.mustAct(wg.id, moderator, 'closeVoting', {});
    await page.locator('.stage-voting').waitFor({ state: 'detached', timeout: 5000 });
    assert.equal((await order())[0], silentTexts.piet, 'after the round the most voted note comes first');
    assert.match(await page.locator('.stage-note').first().innerText(), /●●●/);
    assert.deepEqual(page.pageErrors, []);
    await context.close();
});

test('the side panel at 320 px adds a note and lists my notes of the current step', async () => {
    const wg = await silentWerkgroep();
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await openSide(context, host.pageUrl(wg.id, wg.people.jan, '/side'));
    assert.match(await page.locator('#side-step').innerText(), /^Stap 3 · /);
    assert.match(await page.locator('#side-status').innerText(), /Stille brainstorm/);
    assert.match(await page.locator('#side-mine-heading').innerText(), /Mijn notities in stap 3 \(1\)/);
    // Only Jan's own note, never the others' during the silent brainstorm.
    const mine = await page.locator('#side-mine').innerText();
    assert.ok(mine.includes(silentTexts.jan));
    assert.ok(!mine.includes(silentTexts.fatma));

    await page.locator('#side-text').fill('Buurtkamer open op zaterdag\nWandelgroep vanuit de bibliotheek');
    await page.locator('#side-text').press('Control+Enter');
    await page.locator('#side-mine-heading').filter({ hasText: '(3)' }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('#side-text').inputValue(), '');
    // The page announces 60 ms after clearing the live region (so a reader repeats an equal message): wait for it.
    await page.locator('#announcer', { hasText: /2 notities toegevoegd aan stap 3/ }).waitFor({ timeout: 2000 });
    const view = await host.board(wg.id, wg.people.moderator);
    assert.equal(view.steps.find((s) => s.number === 3).totalNotes, 7);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 320, `side panel is ${scrollWidth}px wide`);
    await screenshot(page, 'side-320.png');

    // A closed step keeps the typed text and says why it cannot be added.
    await host.mustAct(wg.id, wg.people.moderator, 'closeStep', { step: 3 });
    await page.locator('#side-closed:not([hidden])').waitFor({ timeout: 5000 });
    await page.locator('#side-text').fill('Nog een idee');
    await page.locator('#side-text').press('Control+Enter');
    await page.locator('#announcer').filter({ hasText: 'gesloten' }).waitFor({ timeout: 3000 });
    assert.equal(await page.locator('#side-text').inputValue(), 'Nog een idee');
    assert.equal((await host.board(wg.id, wg.people.moderator)).steps.find((s) => s.number === 3).totalNotes, 7);
    assert.deepEqual(page.pageErrors, []);
    await context.close();
});

test('a share-link reader gets the side panel without the form', async () => {
    const wg = await host.createWerkgroep();
    await host.mustAct(wg.id, wg.people.moderator, 'createShareLink', { expiresInDays: 7 });
    const links = await (await fetch(`${host.baseUrl}/api/boards/${wg.id}/share-links?dev-user=${wg.people.moderator.aad}`)).json();
    const token = new URL(links.shareLinks.at(-1).url).searchParams.get('share');
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${host.baseUrl}/board/${wg.id}/side?share=${token}`);
    await page.locator('#side-content:not([hidden])').waitFor({ timeout: 15000 });
    assert.equal(await page.locator('#side-form').isHidden(), true);
    assert.match(await page.locator('#side-status').innerText(), /alleen-lezen/);
    await context.close();
});

test('axe: no serious or critical violations on stage and side panel in light, dark and high contrast', async () => {
    const wg = await silentWerkgroep();
    await host.mustAct(wg.id, wg.people.moderator, 'revealNotes', { step: 3 });
    await host.mustAct(wg.id, wg.people.moderator, 'startVoting', { step: 3, dots: 2, showCounts: true });
    await host.mustAct(wg.id, wg.people.moderator, 'startTimer', { minutes: 10 });
    const found = [];
    for (const theme of ['default', 'dark', 'contrast']) {
        const stageContext = await newContext(browser, { viewport: { width: 1920, height: 1080 }, bypassCSP: true });
        const stage = await openStage(stageContext, host.pageUrl(wg.id, wg.people.moderator, '/stage', { theme }));
        await stage.locator('.stage-note').first().waitFor({ timeout: 5000 });
        found.push(...serious(await runAxe(stage)).map((v) => ({ page: `stage/${theme}`, ...v })));
        await screenshot(stage, `stage-voting-${theme}.png`);
        await stageContext.close();

        const sideContext = await newContext(browser, { viewport: { width: 320, height: 640 }, bypassCSP: true });
        const side = await openSide(sideContext, host.pageUrl(wg.id, wg.people.fatma, '/side', { theme }));
        found.push(...serious(await runAxe(side)).map((v) => ({ page: `side/${theme}`, ...v })));
        await screenshot(side, `side-320-${theme}.png`);
        await sideContext.close();
    }
    assert.deepEqual(found, []);
});

test('in a Teams meeting the board tab opens the stage and side panel pages for those frames', () => {
    assert.equal(framePageUrl('wg-1a2b', 'meetingStage', '?lang=nl'), '/board/wg-1a2b/stage?lang=nl');
    assert.equal(framePageUrl('wg-1a2b', 'sidePanel', ''), '/board/wg-1a2b/side');
    assert.equal(framePageUrl('wg-1a2b', 'content', ''), null);
    assert.equal(framePageUrl('wg-1a2b', undefined, ''), null);
    assert.equal(werkgroepIdFromPath('/board/wg-1a2b/stage'), 'wg-1a2b');
    assert.equal(werkgroepIdFromPath('/board/wg-1a2b'), 'wg-1a2b');
});

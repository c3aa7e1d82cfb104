// Issue 12: during an open voting round the board hides the totals (voting.countsHidden) unless the
// moderator started the round with "stemmen tonen", and then only for her. The page must say the votes
// are hidden instead of showing totals or reading the missing totals as "geen stemmen".
// Seed: round on step 3; Maatjesproject has dots from jan, piet and the moderator, Koffieochtenden from fatima.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, openBoard, screenshot, useBoardSuite } from './helpers.mjs';

let target;
let browser;

useBoardSuite((started) => ({ target, browser } = started));

async function column(werkgroep, user, step = 3) {
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user }));
    const col = page.locator(`.column[data-step="${step}"]`);
    await col.locator('li.note', { hasText: 'Maatjesproject' }).waitFor({ timeout: 5000 });
    return { context, page, col };
}

test('participant during an open round sees that votes are hidden and her own dot, no totals and no "geen stemmen"', async () => {
    const werkgroep = await target.createWerkgroep({});
    const { context, page, col } = await column(werkgroep, werkgroep.users.participant);
    const maatjes = col.locator('li.note', { hasText: 'Maatjesproject' });

    const badge = await maatjes.locator('.badge.votes').textContent();
    const text = await col.textContent();

    assert.match(badge, /stemmen verborgen tot de ronde sluit/);
    assert.match(badge, /1 stem van jou/);
    assert.match(await maatjes.getAttribute('aria-label'), /stemmen verborgen tot de ronde sluit/);
    assert.equal(await col.locator('.info.votes-hidden').textContent(), 'De stemmen zijn verborgen tot de ronde sluit.');
    assert.doesNotMatch(text, /geen stemmen/);
    assert.ok((await col.locator('.badge.votes').allTextContents()).every((b) => b.startsWith('stemmen verborgen tot de ronde sluit')));
    assert.equal(await col.locator('.dots').count(), 0, 'no dot bars that would give the totals away');
    await screenshot(page, 'board-votes-hidden-participant.png');
    assert.deepEqual(page.pageErrors, []);
    await context.close();
});

test('moderator who did not choose to show counts sees them hidden too', async () => {
    const werkgroep = await target.createWerkgroep({});
    const { context, col } = await column(werkgroep, werkgroep.users.moderator);

    assert.match(await col.locator('li.note', { hasText: 'Maatjesproject' }).locator('.badge.votes').textContent(), /stemmen verborgen tot de ronde sluit/);
    assert.doesNotMatch(await col.textContent(), /geen stemmen/);
    assert.ok((await col.locator('.badge.votes').allTextContents()).every((b) => b.startsWith('stemmen verborgen tot de ronde sluit')));
    await context.close();
});

test('with "stemmen tonen" the moderator sees the totals and a participant still does not', async () => {
    const werkgroep = await target.createWerkgroep({ showCounts: true });
    const moderator = await column(werkgroep, werkgroep.users.moderator);
    const participant = await column(werkgroep, werkgroep.users.participant);

    assert.match(await moderator.col.locator('li.note', { hasText: 'Maatjesproject' }).locator('.badge.votes').textContent(), /^●●●3 stemmen/);
    assert.equal(await moderator.col.locator('.info.votes-hidden').count(), 0);
    assert.match(await participant.col.locator('li.note', { hasText: 'Maatjesproject' }).locator('.badge.votes').textContent(), /stemmen verborgen tot de ronde sluit/);
    await moderator.context.close();
    await participant.context.close();
});

test('without a round the board shows totals and says "geen stemmen" for a note without dots', async () => {
    const werkgroep = await target.createWerkgroep({ voting: false });
    const { context, col } = await column(werkgroep, werkgroep.users.participant);

    const badges = await col.locator('.badge.votes').allTextContents();
    assert.ok(badges.includes('geen stemmen'), badges.join(' | '));
    assert.equal(await col.locator('.info.votes-hidden').count(), 0);
    assert.doesNotMatch(await col.textContent(), /verborgen tot de ronde sluit/);
    await context.close();
});

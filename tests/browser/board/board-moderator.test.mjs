// Moderator flows: share links for partners, silent mode and reveal, exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, openBoard, useBoardSuite } from './helpers.mjs';

let target;
let browser;

useBoardSuite((started) => ({ target, browser } = started));

test('moderator creates a share link that opens the board read-only for a partner', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    await page.getByRole('button', { name: 'Deellinks voor partners' }).click();
    const before = await page.locator('dialog[open] .share-url').count();

    await page.locator('#share-days').selectOption('7');
    await page.getByRole('button', { name: 'Deellink maken' }).click();
    await page.locator('dialog[open] .share-url').nth(before).waitFor({ timeout: 3000 });
    const url = await page.locator('dialog[open] .share-url').nth(before).inputValue();
    const partnerContext = await newContext(browser);
    const partner = await openBoard(partnerContext, url);

    assert.match(url, /[?&]share=/);
    assert.equal(await partner.locator('textarea, .note button').count(), 0);
    assert.match(await partner.locator('#viewer').textContent(), /alleen lezen/);
    await partnerContext.close();
    await context.close();
});

test('share links stay out of the board poll: the dialog loads them, the toolbar only counts them', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const boardBodies = [];
    let shareLinkLoads = 0;
    context.on('response', async (response) => {
        const { pathname } = new URL(response.url());
        if (pathname === `/api/boards/${werkgroep.id}/share-links`) {
            shareLinkLoads += 1;
        } else if (pathname === `/api/boards/${werkgroep.id}` && response.status() === 200) {
            boardBodies.push(await response.text().catch(() => ''));
        }
    });
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    const shareButton = page.locator('button[data-action="share-links"]');
    const loadsBeforeOpening = shareLinkLoads;

    await shareButton.click();
    const first = page.locator('dialog[open] .share-item').first();
    await first.locator('.share-url').waitFor({ timeout: 3000 });
    const url = await first.locator('.share-url').inputValue();
    const buttonBefore = await shareButton.textContent();
    await first.locator('.btn-danger').click();
    await page.locator('dialog[open] .share-item.is-inactive', { hasText: 'Ingetrokken' }).first().waitFor({ timeout: 3000 });
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.waitForFunction(() => !document.querySelector('button[data-action="share-links"]')?.textContent.includes('actief'), null, { timeout: 3000 });

    assert.equal(loadsBeforeOpening, 0);
    assert.ok(shareLinkLoads >= 2, `share links loaded ${shareLinkLoads} times (open, after revoking)`);
    assert.equal(new URL(url).searchParams.get('share'), werkgroep.shareToken);
    assert.match(buttonBefore, /Deellinks voor partners \(1 actief\)/);
    assert.ok(boardBodies.length >= 2, `${boardBodies.length} board bodies`);
    for (const body of boardBodies) {
        assert.ok(!body.includes(werkgroep.shareToken), 'the polled board carries a share token');
        assert.equal(JSON.parse(body).shareLinks, undefined);
    }
    assert.deepEqual(page.pageErrors, []);
    await context.close();
});

test('silent mode hides the notes of others until the moderator reveals them', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const moderator = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    const participant = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));

    // Step 1 is a lane beside the wall of step 3: the moderator shows it large to reach its controls.
    await moderator.locator('.step-tab[data-step="1"]').click();
    await moderator.locator('.column[data-step="1"] button[data-action="start-silent"]').click();
    await participant.locator('.column[data-step="1"] .hidden-notes').waitFor({ timeout: 3000 });
    const visibleDuringSilence = await participant.locator('.column[data-step="1"] li.note').count();
    await moderator.locator('.column[data-step="1"] button[data-action="reveal"]').click();
    await participant.locator('.column[data-step="1"] li.note').nth(1).waitFor({ timeout: 3000 });

    assert.equal(visibleDuringSilence, 0);
    assert.equal(await participant.locator('.column[data-step="1"] .hidden-notes').count(), 0);
    await context.close();
});

test('export button downloads the board with the viewer credentials', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser, { acceptDownloads: true });
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));

    await page.getByRole('button', { name: 'Exporteren' }).click();
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporteer het bord als JSON' }).click(),
    ]);

    assert.match(download.suggestedFilename(), /\.json$/);
    await context.close();
});

test('share reader downloads an export although the export links carry no share token', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser, { acceptDownloads: true });
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { share: werkgroep.shareToken }));

    await page.getByRole('button', { name: 'Exporteren' }).click();
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporteer het bord als Markdown' }).click(),
    ]);

    assert.match(download.suggestedFilename(), /\.md$/);
    assert.equal((await page.locator('#alert').textContent()).trim(), '');
    await context.close();
});

test('participant drags an own note to another open step with the mouse', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.participant }));

    await page.locator('.column[data-step="2"] li.note', { hasText: 'Regie versterken' })
        .dragTo(page.locator('.column[data-step="1"] .col-notes'));
    await page.locator('.column[data-step="1"] li.note', { hasText: 'Regie versterken' }).waitFor({ timeout: 3000 });

    assert.equal(await page.locator('.column[data-step="2"] li.note', { hasText: 'Regie versterken' }).count(), 0);
    await context.close();
});

test('moderator merges two notes and promotes the result to an activity', async () => {
    const werkgroep = await target.createWerkgroep({});
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    const target3 = page.locator('.column[data-step="3"] li.note', { hasText: 'Koffieochtenden' });

    await target3.locator('button[data-action="toggle-menu"]').click();
    await target3.locator('button[data-action="merge"]').click();
    await page.getByLabel(/^Maatjesproject/).check();
    await page.locator('dialog[open]').getByRole('button', { name: 'Samenvoegen' }).click();
    await page.locator('.column[data-step="3"] li.note', { hasText: 'Maatjesproject' }).filter({ hasNotText: 'Koffieochtenden' }).waitFor({ state: 'detached', timeout: 3000 });
    await target3.locator('button[data-action="promote"]').click();
    await page.locator('dialog[open]').getByRole('button', { name: 'Uitwerken' }).click();
    await page.locator('.details .activity', { hasText: 'mantelzorgers' }).waitFor({ timeout: 3000 });

    assert.match(await target3.getAttribute('aria-label'), /Maatjesproject/);
    assert.match(await target3.getAttribute('aria-label'), /Voorstel/);
    await context.close();
});

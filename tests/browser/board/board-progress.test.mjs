// Step 6 on the board (real host): after three quarterly measurements and a story the progress section
// shows the indicator's chart (the server's SVG as an image with its description), the table alternative
// and the stories grouped under their result, a story told without consent withheld from a guest with a share
// link; screenshot TestResults/browser/board-progress.png; axe finds nothing serious there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, openBoard, runAxe, screenshot, useBoardSuite } from './helpers.mjs';

let target;
let browser;

useBoardSuite((started) => ({ target, browser } = started));

test('progress section shows the chart, its table and the story after the measurements', { skip: process.env.BOARD_TEST_TARGET === 'mock' || Boolean(process.env.BOARD_TEST_BASE_URL) }, async () => {
    const werkgroep = await target.createWerkgroep({ name: 'Werkgroep Voortgang', voting: false, monitoring: true });
    const context = await newContext(browser);
    const page = await openBoard(context, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));

    const chart = page.locator('#progress img.progress-chart');
    await chart.waitFor({ timeout: 15000 });
    await page.waitForFunction(() => {
        const img = document.querySelector('#progress img.progress-chart');
        return img && img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0;
    }, null, { timeout: 15000 });
    assert.match(await chart.getAttribute('alt'), /nulmeting 24; .*22,5; .*21; streefwaarde 18/);

    const rows = await page.locator('#progress .progress-table tbody tr').allTextContents();
    assert.equal(rows.length, 5);
    assert.match(await page.locator('#progress blockquote').first().textContent(), /Sinds de koffieochtend/);
    // The story sits under the result it belongs to, with its period and the indicator it is linked to.
    const group = page.locator('#progress .progress-result').first();
    assert.match(await group.locator('h4').textContent(), /\S/);
    assert.match(await group.locator('.progress-links').first().textContent(), /^Over: \S/);

    await page.locator('#progress').scrollIntoViewIfNeeded();
    await screenshot(page, 'board-progress.png');

    assert.deepEqual(page.pageErrors, []);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    await context.close();

    // A partner outside the tenant with a share link sees both stories, but only the quote's words: the other
    // was told without consent to quote.
    const guestContext = await newContext(browser);
    const guest = await openBoard(guestContext, target.boardUrl(werkgroep.id, { share: werkgroep.shareToken }));
    await guest.locator('#progress .progress-result li').nth(1).waitFor({ timeout: 15000 });
    const guestStories = await guest.locator('#progress .progress-result li').allTextContents();
    assert.equal(guestStories.length, 2);
    assert.match(guestStories[0], /Sinds de koffieochtend/);
    assert.match(guestStories[1], /^Professional .*De tekst wordt niet gedeeld: er is geen toestemming om dit verhaal te citeren\./);
    assert.doesNotMatch(await guest.locator('#progress').textContent(), /buurman/);
    assert.deepEqual(guest.pageErrors, []);
    await guestContext.close();

    // axe is injected as a script, so it runs in a context that bypasses the page's CSP.
    const axeContext = await newContext(browser, { bypassCSP: true });
    const axePage = await openBoard(axeContext, target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator }));
    await axePage.locator('#progress .progress-table').waitFor({ timeout: 15000 });
    const violations = (await runAxe(axePage)).filter((v) => (v.impact === 'serious' || v.impact === 'critical')
        && v.nodes.some((n) => n.includes('#progress') || n.includes('progress-')));
    assert.deepEqual(violations, []);
    await axeContext.close();
});

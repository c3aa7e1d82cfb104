// The Teams tab configuration page and the privacy and terms pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, runAxe, useBoardSuite } from './helpers.mjs';

let target;
let browser;

useBoardSuite((started) => ({ target, browser } = started));

test('tab configuration lists the werkgroepen of the user and confirms the choice', async () => {
    const werkgroep = await target.createWerkgroep({ name: 'Werkgroep Armoede' });
    const context = await newContext(browser, { viewport: { width: 600, height: 600 } });
    const page = await context.newPage();

    await page.goto(`${target.baseUrl}/tab/config.html?dev-user=${werkgroep.users.participant}`);
    await page.getByLabel(/Werkgroep Armoede/).check();

    assert.match(await page.locator('#config-status').textContent(), /Gekozen: Werkgroep Armoede/);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    await context.close();
});

for (const path of ['/privacy.html', '/terms.html', '/tab/config.html?dev-user=jan']) {
    test(`${path} has no serious or critical axe violations`, async () => {
        const context = await newContext(browser, { viewport: { width: 320, height: 700 }, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(`${target.baseUrl}${path}`);
        await page.waitForLoadState('networkidle');

        const violations = await runAxe(page);

        assert.deepEqual(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), []);
        await context.close();
    });
}

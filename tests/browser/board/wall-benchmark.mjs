// Benchmark (issue 16, docs/benchmarks.md (e)): first render of a 2,000-note wall in headless Chromium
// and the board JSON it loads, against the real host (Azurite, Development, ?dev-user=), plus how long a
// change by another user takes to show on that board. Not a test: it prints numbers, asserts nothing.
//
//   dotnet build src/WorkshopBot.Web
//   CHROMIUM_PATH=/usr/bin/chromium node tests/browser/board/wall-benchmark.mjs [runs=5] [notes=2000]
//
// Per run: a fresh browser context at 1280×800 opens the board of the moderator; "first render" is the
// board's own performance mark after it has built the wall from the first poll, "painted" is the end of
// the second animation frame after that (the frame with every note element laid out has been presented).
// Both are milliseconds since navigation start. The JSON size is the body of GET /api/boards/{id} as the
// moderator gets it, uncompressed (Accept-Encoding: identity) and as Brotli on the wire.
import http from 'node:http';
import { startTarget } from './adapter.mjs';
import { launchBrowser, newContext } from './helpers.mjs';

const runs = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 2000);

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function fmt(values) {
    return `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
}

const target = await startTarget();
const browser = await launchBrowser();
try {
    if (!target.createLargeWerkgroep) {
        throw new Error('this target cannot seed a large board (use the real host)');
    }
    const seedStart = Date.now();
    const werkgroep = await target.createLargeWerkgroep({ count });
    console.log(`seeded ${count} notes in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
    const url = target.boardUrl(werkgroep.id, { user: werkgroep.users.moderator });
    const api = `${target.baseUrl}/api/boards/${encodeURIComponent(werkgroep.id)}?dev-user=${werkgroep.users.moderator}`;

    const plain = await fetch(api, { headers: { 'accept-encoding': 'identity' } });
    const plainBytes = (await plain.arrayBuffer()).byteLength;
    const wireBytes = await new Promise((resolve, reject) => {
        http.get(api, { headers: { 'accept-encoding': 'br' } }, (response) => {
            let bytes = 0;
            response.on('data', (chunk) => { bytes += chunk.length; });
            response.on('end', () => resolve(bytes));
        }).on('error', reject);
    });
    console.log(`board JSON (moderator): ${plainBytes} bytes = ${(plainBytes / 1024).toFixed(1)} KB uncompressed; `
        + `${(wireBytes / 1024).toFixed(1)} KB on the wire with Brotli`);

    const firstRender = [];
    const painted = [];
    const afterResponse = [];
    let notesInDom = 0;
    let visible = 0;
    for (let run = 0; run < runs + 1; run++) {
        const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(url);
        await page.waitForFunction(() => performance.getEntriesByName('board-first-render').length > 0, null, { timeout: 30000 });
        const timing = await page.evaluate(() => new Promise((resolve) => {
            requestAnimationFrame(() => requestAnimationFrame(() => {
                const mark = performance.getEntriesByName('board-first-render')[0].startTime;
                const board = performance.getEntriesByType('resource').find((r) => /\/api\/boards\/[^/?]+\?/.test(r.name));
                resolve({
                    mark,
                    painted: performance.now(),
                    responseEnd: board?.responseEnd ?? 0,
                    notes: document.querySelectorAll('.column.is-selected li.note').length,
                    visible: [...document.querySelectorAll('.column.is-selected li.note')].filter((n) => {
                        const box = n.getBoundingClientRect();
                        return box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0;
                    }).length,
                });
            }));
        }));
        await context.close();
        if (run === 0) {
            continue; // warm-up: the host's first request of a page pays for its static files and JIT
        }
        firstRender.push(timing.mark);
        painted.push(timing.painted);
        afterResponse.push(timing.painted - timing.responseEnd);
        notesInDom = timing.notes;
        visible = timing.visible;
    }
    console.log(`wall of ${notesInDom} notes (${visible} fully in the 1280×800 viewport), ${runs} runs after a warm-up:`);
    console.log(`  first render (board mark): ${fmt(firstRender)}`);
    console.log(`  all notes painted:         ${fmt(painted)}`);
    console.log(`  of which after the board JSON arrived: ${fmt(afterResponse)}`);

    // Live: a note added by a participant, seen by the moderator's open wall of 2,000 notes.
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('board-first-render').length > 0, null, { timeout: 30000 });
    const live = [];
    for (let run = 0; run < runs; run++) {
        const text = `Live meting ${run} ${Date.now()}`;
        const response = await fetch(`${target.baseUrl}/api/boards/${encodeURIComponent(werkgroep.id)}/actions?dev-user=p2`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ verb: 'addNotes', data: { step: 3, text } }),
        });
        const acknowledged = Date.now();
        if (!response.ok) {
            throw new Error(`addNotes failed: ${response.status}`);
        }
        await page.locator('li.note', { hasText: text }).waitFor({ timeout: 10000 });
        live.push(Date.now() - acknowledged);
        await page.waitForTimeout(300);
    }
    await context.close();
    console.log(`live: another user's note on the 2,000-note wall after the server's answer: ${fmt(live)}`);
} finally {
    await browser.close();
    await target.close();
}

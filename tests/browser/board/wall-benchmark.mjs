// Benchmark (issue 16, docs/benchmarks.md (e)): first render of a 2,000-note wall in headless Chromium
// and the board JSON it loads, against the real host (Azurite, Development, ?dev-user=), plus how long a
// change by another user takes to show on that board. Not a test: it prints numbers, asserts nothing.
//
//   dotnet build src/WorkshopBot.Web
//   CHROMIUM_PATH=/usr/bin/chromium node tests/browser/board/wall-benchmark.mjs [runs=5] [notes=2000] [items=0]
//
// items: that many notes are promoted to activities first, so the wall also shows item cards linked to
// their source notes (wall-items.js) and the JSON carries their links.
//
// Per run: a fresh browser context at 1280×800 opens the board of the moderator; "first render" is the
// board's own performance mark after it has built the wall from the first poll, "painted" is the end of
// the second animation frame after that (the frame with the wall laid out has been presented). The wall
// builds its first 60 notes at once and the rest as the reader scrolls towards them (columns.js), so
// "painted" means every note in the viewport and well below it; "all in the DOM" is the time until a
// scroll to the end has built all of them.
// Both are milliseconds since navigation start. The JSON size is the body of GET /api/boards/{id} as the
// moderator gets it, uncompressed (Accept-Encoding: identity) and as Brotli on the wire.
import http from 'node:http';
import { startTarget } from './adapter.mjs';
import { launchBrowser, newContext } from './helpers.mjs';

const runs = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 2000);
const itemCount = Number(process.argv[4] ?? 0);

// Chromium's own count of main-thread task time since the page started (seconds -> ms): the CPU the page
// needed, without the time it waited for the network or for a core on a busy machine.
async function mainThreadBusy(cdp) {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
}

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
    const werkgroep = await target.createLargeWerkgroep({ count, items: itemCount });
    console.log(`seeded ${werkgroep.notes} of ${count} notes in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`
        + (werkgroep.notes < count ? ' (the werkgroep size budget refused the rest: "werkgroep-full")' : ''));
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

    // A werkgroep cannot hold 2,000 notes of this length (the size budget of issue 13), so the page gets
    // the real answer extended to `count` notes: copies of real notes with new ids and numbers, in the
    // server's exact JSON shape, served in place of GET /api/boards/{id} (a repeat poll gets 304).
    const realBody = await (await fetch(api, { headers: { 'accept-encoding': 'identity' } })).json();
    const wall = realBody.steps.find((s) => s.number === 3);
    const real = wall.notes.length;
    for (let i = real; i < count; i++) {
        const copy = wall.notes[i % real];
        wall.notes.push({ ...copy, id: `${copy.id}-copy${i}`, text: copy.text.replace(/\(\d+\)$/, `(${i + 1})`) });
    }
    const body = JSON.stringify(realBody);
    console.log(`board JSON served to the page: ${wall.notes.length} notes, ${(Buffer.byteLength(body) / 1024).toFixed(1)} KB uncompressed`);
    // The same page with only 20 notes, measured the same way: the floor of this machine at this load.
    const smallBody = JSON.stringify({ ...realBody, steps: realBody.steps.map((s) => (s.number === 3 ? { ...s, notes: s.notes.slice(0, 20) } : s)) });
    let served = body;
    async function serveBoard(context) {
        const answer = served;
        await context.route((u) => u.pathname === `/api/boards/${werkgroep.id}`, (route) => (route.request().headers()['if-none-match'] === '"bench"'
            ? route.fulfill({ status: 304, headers: { etag: '"bench"' } })
            : route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', headers: { etag: '"bench"' }, body: answer })));
    }

    const firstRender = [];
    const painted = [];
    const afterResponse = [];
    const allInDom = [];
    const busy = [];
    let notesInDom = 0;
    let visible = 0;
    for (let run = 0; run < runs + 1; run++) {
        const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
        await serveBoard(context);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
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
        timing.busy = await mainThreadBusy(cdp);
        const allStart = Date.now();
        await page.evaluate(async (total) => {
            while (document.querySelectorAll('.column.is-selected li.note').length < total) {
                window.scrollTo(0, document.body.scrollHeight);
                await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            }
        }, count);
        timing.all = Date.now() - allStart;
        await context.close();
        if (run === 0) {
            continue; // warm-up: the host's first request of a page pays for its static files and JIT
        }
        firstRender.push(timing.mark);
        painted.push(timing.painted);
        afterResponse.push(timing.painted - timing.responseEnd);
        allInDom.push(timing.all);
        busy.push(timing.busy);
        notesInDom = timing.notes;
        visible = timing.visible;
    }
    console.log(`wall of ${count} notes, ${notesInDom} built at first paint (${visible} fully in the 1280×800 viewport), ${runs} runs after a warm-up:`);
    console.log(`  first render (board mark): ${fmt(firstRender)}`);
    console.log(`  all notes painted:         ${fmt(painted)}`);
    console.log(`  of which after the board JSON arrived: ${fmt(afterResponse)}`);
    console.log(`  main-thread work (tasks: script, style, layout, paint) until painted: ${fmt(busy)}`);
    console.log(`  then all ${count} notes in the DOM by scrolling to the end: ${fmt(allInDom)}`);

    served = smallBody;
    const smallPainted = [];
    const smallAfter = [];
    const smallBusy = [];
    for (let run = 0; run < runs; run++) {
        const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
        await serveBoard(context);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(url);
        await page.waitForFunction(() => performance.getEntriesByName('board-first-render').length > 0, null, { timeout: 30000 });
        const timing = await page.evaluate(() => new Promise((resolve) => {
            requestAnimationFrame(() => requestAnimationFrame(() => {
                const board = performance.getEntriesByType('resource').find((r) => /\/api\/boards\/[^/?]+\?/.test(r.name));
                resolve({ painted: performance.now(), responseEnd: board?.responseEnd ?? 0 });
            }));
        }));
        smallBusy.push(await mainThreadBusy(cdp));
        await context.close();
        smallPainted.push(timing.painted);
        smallAfter.push(timing.painted - timing.responseEnd);
    }
    console.log(`baseline, the same page with a 20-note wall: painted ${fmt(smallPainted)}; after the JSON ${fmt(smallAfter)}; main-thread work ${fmt(smallBusy)}`);

    // Live: a note added by a participant, seen by the moderator's open wall (the real, stored board).
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('board-first-render').length > 0, null, { timeout: 30000 });
    const live = [];
    for (let run = 0; run < runs; run++) {
        const text = `Live meting ${run} ${Date.now()}`;
        await page.evaluate(() => { document.getElementById('announcer').textContent = ''; });
        const response = await fetch(`${target.baseUrl}/api/boards/${encodeURIComponent(werkgroep.id)}/actions?dev-user=p2`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ verb: 'addNotes', data: { step: 3, text } }),
        });
        const acknowledged = Date.now();
        if (!response.ok) {
            throw new Error(`addNotes failed: ${response.status}`);
        }
        // The new note is the newest, at the end of a wall that builds its far end on scrolling: the step
        // tab's count and the polite announcement are what the moderator notices.
        await page.locator('#announcer', { hasText: '1 nieuwe notitie in stap 3' }).waitFor({ timeout: 10000 });
        live.push(Date.now() - acknowledged);
        await page.waitForTimeout(1500);
    }
    await context.close();
    console.log(`live: another user's note on the ${real}-note wall after the server's answer: ${fmt(live)}`);
} finally {
    await browser.close();
    await target.close();
}

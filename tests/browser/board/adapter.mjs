// Where the board tests run. Default: the real host — Azurite, the built WorkshopBot.Web (Development,
// development identity) and a stub Bot Connector — with werkgroepen seeded the way people make them
// (real-host-target.mjs). That is what CI runs.
// For front-end work without .NET: BOARD_TEST_TARGET=mock runs the in-process dev mock
// (tests/browser/mock/board-mock-server.mjs); BOARD_TEST_BASE_URL uses an already running mock;
// BOARD_TEST_TARGET_MODULE points at any other module with the same shape.
//
// Target shape:
//   baseUrl: 'http://127.0.0.1:port'
//   createWerkgroep({ name?, seed?, voting?, showCounts? }) -> { id, users: { moderator, participant, participant2 }, shareToken }
//     seed: notes in steps 1-3, a result with coaching, indicators, activities; voting round on step 3
//     (totals hidden until it closes unless showCounts, and then only for the moderator).
//   boardUrl(id, { user?, share?, extra? }) -> absolute URL of /board/{id}?dev-user=... or ?share=...
//   close()
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startMockServer } from '../mock/board-mock-server.mjs';

function boardUrlFor(baseUrl) {
    return (id, { user, share, extra = {} } = {}) => {
        const url = new URL(`/board/${encodeURIComponent(id)}`, baseUrl);
        if (user) {
            url.searchParams.set('dev-user', user);
        }
        if (share) {
            url.searchParams.set('share', share);
        }
        for (const [name, value] of Object.entries(extra)) {
            url.searchParams.set(name, value);
        }
        return url.href;
    };
}

function mockClient(baseUrl, close) {
    return {
        baseUrl,
        async createWerkgroep(options = {}) {
            const response = await fetch(new URL('/__mock/werkgroepen', baseUrl), {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(options),
            });
            if (!response.ok) {
                throw new Error(`createWerkgroep failed: ${response.status}`);
            }
            return response.json();
        },
        boardUrl: boardUrlFor(baseUrl),
        close,
    };
}

export async function startTarget() {
    if (process.env.BOARD_TEST_TARGET_MODULE) {
        const module = await import(pathToFileURL(path.resolve(process.env.BOARD_TEST_TARGET_MODULE)).href);
        return module.startTarget();
    }
    if (process.env.BOARD_TEST_BASE_URL) {
        return mockClient(process.env.BOARD_TEST_BASE_URL, async () => {});
    }
    if (process.env.BOARD_TEST_TARGET === 'mock') {
        const server = await startMockServer(0);
        return mockClient(server.baseUrl, server.close);
    }
    const realHost = await import('./real-host-target.mjs');
    return realHost.startTarget();
}

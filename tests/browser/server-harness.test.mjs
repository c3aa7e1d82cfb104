// Proves lib/server.mjs: Azurite (in memory) and the built bot host start on free loopback ports,
// answer, and are gone after stop().
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startStack } from './lib/server.mjs';

async function answers(url) {
    try {
        await fetch(url, { signal: AbortSignal.timeout(2000) });
        return true;
    } catch {
        return false;
    }
}

test('startStack runs Azurite and the bot host on loopback and stops them', async () => {
    const stack = await startStack();
    let stopped = false;
    try {
        // Azurite's own answer to an unsigned request.
        const tables = await fetch(`${stack.azurite.endpoint}/Tables`);
        assert.equal(tables.status, 403);
        assert.match(stack.azurite.connectionString, /TableEndpoint=http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1;/);
        // The host is up on the port it was given; GET is not how the channel talks to it.
        const messages = await fetch(stack.bot.messagesUrl);
        assert.ok([404, 405].includes(messages.status), `unexpected ${messages.status} from GET /api/messages`);
        assert.match(stack.bot.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);

        await stack.stop();
        stopped = true;

        assert.equal(await answers(stack.bot.messagesUrl), false);
        assert.equal(await answers(`${stack.azurite.endpoint}/Tables`), false);
    } finally {
        if (!stopped) {
            await stack.stop();
        }
    }
});

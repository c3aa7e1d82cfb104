// The end-to-end stack of the Teams browser tests: Azurite → the real bot host → the Teams-behaviour layer
// (scripts/lib/teams-behaviour.mjs) → the Agents Playground, with the Playground page in headless Chromium as
// the viewer's Teams client, its conversation websocket frames collected and the group chat opened (which
// installs the bot there). stop() stops everything, the browser first.
import { startTeamsBehaviourLayer } from '../../../scripts/lib/teams-behaviour.mjs';
import { launchBrowser, newContext, newPage } from './browser.mjs';
import { startAzurite, startBotHost, startPlayground } from './server.mjs';

export async function startTeamsStack({ botEnv = {}, debounceMs = 100 } = {}) {
    const stack = { frames: [] };
    try {
        stack.azurite = await startAzurite();
        // The layer first: the bot's board links and the Playground's endpoint both point at it.
        stack.layer = await startTeamsBehaviourLayer({ debounceMs });
        stack.bot = await startBotHost({
            tablesConnectionString: stack.azurite.connectionString,
            env: { Board__PublicBaseUrl: stack.layer.baseUrl, Board__DevelopmentIdentity: 'true', ...botEnv },
        });
        stack.playground = await startPlayground({ botEndpoint: stack.layer.messagesUrl });
        stack.layer.setTargets({ botEndpoint: stack.bot.messagesUrl, playgroundUrl: stack.playground.baseUrl });
        stack.tenant = (await (await fetch(`${stack.playground.baseUrl}/_internal/v1/testConfig`)).json()).config;

        stack.browser = await launchBrowser();
        stack.context = await newContext(stack.browser);
        stack.page = await newPage(stack.context);
        // Everything the page's Teams client receives over the Playground's conversation websocket.
        stack.page.on('websocket', (socket) => {
            if (!socket.url().includes('/_ws_conversation/')) return;
            socket.on('framereceived', ({ payload }) => {
                try {
                    stack.frames.push(JSON.parse(typeof payload === 'string' ? payload : payload.toString('utf8')));
                } catch {
                    // Not JSON (keep-alives).
                }
            });
        });
        await stack.page.goto(stack.playground.baseUrl, { waitUntil: 'domcontentloaded', timeout: 60000 });
        await stack.page.getByText(stack.tenant.groupChats[0].name).first().click({ timeout: 60000 });
    } catch (error) {
        await stopTeamsStack(stack);
        throw error;
    }
    stack.stop = () => stopTeamsStack(stack);
    return stack;
}

async function stopTeamsStack(stack) {
    await stack.context?.close();
    await stack.browser?.close();
    await stack.playground?.stop();
    await stack.layer?.stop();
    await stack.bot?.stop();
    await stack.azurite?.stop();
}

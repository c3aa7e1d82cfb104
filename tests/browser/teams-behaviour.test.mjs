// Issue 12 end to end: the real Agents Playground → the Teams-behaviour layer (scripts/lib/teams-behaviour.mjs,
// the same code scripts/dev.sh runs) → the real bot host → Azurite. The Playground page in headless Chromium is
// the viewer's Teams client. Asserts what Teams does and the Playground does not: the bot gets nl-NL, and after
// every shared card update the layer refreshes the card as the viewer so the page shows the viewer's own view —
// the project leader keeps her controls, a partner never sees them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { screenshot } from './lib/browser.mjs';
import { cardText, findValue, frameCard, teamsClient } from './lib/teams-client.mjs';
import { startTeamsStack } from './lib/teams-stack.mjs';

const MODERATOR_CONTROL = 'Stap sluiten';
const MODERATOR_HEADING = 'Voor de projectleider';

let stack;
let layer;
let bot;
let page;
let tenant;
let frames;
let user, click, waitForFrame, typeInChat;

before(async () => {
    stack = await startTeamsStack();
    ({ layer, bot, page, tenant, frames } = stack);
    ({ user, click, waitForFrame, typeInChat } = teamsClient(stack));
});

after(async () => {
    await stack?.stop();
});

// The layer's automatic refresh for messageId as viewerId after the event index `since`, and the
// websocket update that put the answer on the page.
async function refreshedOnPage(messageId, viewerId, since, frameSince) {
    const event = await layer.waitForEvent(
        (e) => e.kind === 'refreshed' && e.messageId === messageId && e.viewer === viewerId,
        { since, timeoutMs: 30000 });
    const frame = await waitForFrame(
        (f) => f.action === 'updateMessage' && f.message?.messageId === messageId && cardText(frameCard(f)) === cardText(event.card),
        30000, frameSince);
    return { event, card: frameCard(frame) };
}

let chat;
let stepCardId;
let werkgroepId;

test('the project leader keeps her own view of the shared step card after every shared update', async () => {
    const marieke = tenant.currentUser;
    const sanne = user('Sanne');
    chat = tenant.groupChats[0].id;

    // Opening the group chat in the page installed the bot there: the welcome card.
    const welcome = await waitForFrame((f) => f.action === 'createMessage' && f.actionConversationId === chat
        && cardText(frameCard(f)).includes('Kwaliteitskompas'), 60000);
    const started = await click(chat, welcome.message.messageId, marieke, 'startWerkgroep',
        { werkgroepName: 'Eenzaamheid onder ouderen', organisation: 'Gemeente Neder-Betuwe' });
    werkgroepId = findValue(started, 'werkgroepId');
    assert.ok(werkgroepId, 'no werkgroepId on the started card');

    // Marieke types "stap 3" in the chat (as the page would): the bot posts the shared step card.
    let since = layer.events.length;
    let frameSince = frames.length;
    await typeInChat(chat, 'stap 3');
    const posted = await waitForFrame((f) => f.action === 'createMessage' && f.actionConversationId === chat
        && cardText(frameCard(f)).includes('refresh'), 30000, frameSince);
    stepCardId = posted.message.messageId;
    const shared = frameCard(posted);
    assert.ok(shared.refresh.userIds.includes(marieke.id), `refresh.userIds lists MRIs: ${shared.refresh.userIds}`);
    assert.ok(!cardText(shared).includes(MODERATOR_HEADING), 'the shared card has no moderator controls');

    // Posted: the layer refreshes it as Marieke at once, and the page shows her controls.
    let view = await refreshedOnPage(stepCardId, marieke.id, since, frameSince);
    assert.ok(cardText(view.card).includes(MODERATOR_HEADING), 'her own view has the moderator section');

    // She opens the step and starts a silent brainstorm: shared updates (PUT), each refreshed for her.
    for (const verb of ['openStep', 'startSilent']) {
        since = layer.events.length;
        frameSince = frames.length;
        await click(chat, stepCardId, marieke, verb, { werkgroepId, step: 3 });
        await layer.waitForEvent((e) => e.kind === 'card-updated' && e.messageId === stepCardId, { since });
        view = await refreshedOnPage(stepCardId, marieke.id, since, frameSince);
        assert.ok(cardText(view.card).includes(MODERATOR_CONTROL), `after ${verb}: her view has "${MODERATOR_CONTROL}"`);
    }

    // A partner adds a note: the bot updates the shared card for everyone, the layer refreshes it for Marieke.
    since = layer.events.length;
    frameSince = frames.length;
    await click(chat, stepCardId, sanne, 'addNotes', { werkgroepId, step: 3, newNotes: 'Wekelijkse buurtlunch in Dodewaard' });
    const update = await layer.waitForEvent((e) => e.kind === 'card-updated' && e.messageId === stepCardId, { since });
    assert.ok(update.userIds.includes(marieke.id));
    view = await refreshedOnPage(stepCardId, marieke.id, since, frameSince);
    assert.ok(cardText(view.card).includes(MODERATOR_CONTROL), 'after the partner\'s note her view still has her controls');
    assert.ok(cardText(view.card).includes(MODERATOR_HEADING));

    // The page (her Teams client) renders her controls.
    await page.getByText(MODERATOR_CONTROL).first().waitFor({ timeout: 30000 });
    await page.getByText(MODERATOR_HEADING).first().waitFor({ timeout: 5000 });
    await screenshot(page, 'teams-layer-moderator.png');
    assert.ok((await page.content()).includes(MODERATOR_CONTROL));

    // Teams sent the user's locale: every activity reached the bot as nl-NL (the Playground sends en-US),
    // and the automatic refreshes carried trigger "automatic".
    const inbound = layer.events.filter((e) => e.kind === 'inbound');
    assert.ok(inbound.length > 0);
    assert.deepEqual([...new Set(inbound.map((e) => e.locale))], ['nl-NL']);
    assert.ok(inbound.some((e) => e.originalLocale === 'en-US'), 'the Playground itself sent en-US');
    assert.ok(inbound.some((e) => e.name === 'adaptiveCard/action' && e.trigger === 'automatic' && e.from === marieke.id));
    assert.deepEqual(page.pageErrors, []);
});

test('a partner as the viewer sees her own view without the moderator controls', async () => {
    assert.ok(stepCardId, 'needs the first test');
    const sanne = user('Sanne');
    const ahmed = user('Ahmed');
    let since = layer.events.length;
    let frameSince = frames.length;

    // The Playground cannot switch its current user (it is fixed by the config file); the layer can switch
    // the viewer, and then refreshes every card for her as Teams does when she opens the chat.
    await layer.setViewer(sanne.id);
    let view = await refreshedOnPage(stepCardId, sanne.id, since, frameSince);
    assert.ok(!cardText(view.card).includes(MODERATOR_HEADING), 'a partner\'s view has no moderator section');
    assert.ok(!cardText(view.card).includes(MODERATOR_CONTROL));
    assert.ok(cardText(view.card).includes('Wekelijkse buurtlunch in Dodewaard'), 'her own note is on her view');

    // Another partner's note: the shared update is refreshed for Sanne, not for Marieke.
    since = layer.events.length;
    frameSince = frames.length;
    await click(chat, stepCardId, ahmed, 'addNotes', { werkgroepId, step: 3, newNotes: 'Ouderen kennen hun buren' });
    view = await refreshedOnPage(stepCardId, sanne.id, since, frameSince);
    assert.ok(!cardText(view.card).includes(MODERATOR_CONTROL));
    assert.ok(!cardText(view.card).includes('Ouderen kennen hun buren'), 'silent brainstorm: Ahmed\'s note is hidden from Sanne');
    assert.ok(!layer.events.slice(since).some((e) => e.kind === 'refreshed' && e.viewer === tenant.currentUser.id));

    await page.getByText('Wekelijkse buurtlunch in Dodewaard').first().waitFor({ timeout: 30000 });
    assert.equal(await page.getByText(MODERATOR_HEADING).count(), 0, 'the page shows no moderator section');
    await screenshot(page, 'teams-layer-partner.png');

    // "Bord openen" in the local run opens the board as the viewer: ?dev-user= takes the Entra object id.
    const board = await fetch(`${layer.baseUrl}/board/${encodeURIComponent(werkgroepId)}`, { redirect: 'manual' });
    assert.equal(board.status, 302);
    const location = new URL(board.headers.get('location'));
    assert.equal(location.origin, new URL(bot.baseUrl).origin);
    assert.equal(location.searchParams.get('dev-user'), sanne.aadObjectId);
    const me = await fetch(`${bot.baseUrl}/api/boards/${encodeURIComponent(werkgroepId)}?dev-user=${sanne.aadObjectId}`);
    assert.equal(me.status, 200, 'the board accepts the viewer named by the layer');

    await layer.setViewer(null);
});

// The Teams-behaviour layer against a stand-in Playground and bot (fast, no .NET): locale and serviceUrl
// rewriting, the automatic refresh only for a listed viewer, an Entra-id mix-up left visible, bursts coalesced,
// dialogs (a dialog button's submit becomes task/fetch, the dialog page's form becomes task/submit).
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { startTeamsBehaviourLayer } from '../../scripts/lib/teams-behaviour.mjs';

const VIEWER = { id: '29:1marieke', name: 'Marieke', aadObjectId: '3a1f0c52-0000-0000-0000-000000000001' };
const CARD = 'application/vnd.microsoft.card.adaptive';
const DIALOG_CARD = {
    type: 'AdaptiveCard',
    body: [
        { type: 'TextBlock', text: 'Resultaat <script>x</script>' },
        { type: 'Input.Text', id: 'resultText', label: 'Resultaat', isMultiline: true },
        { type: 'Input.Toggle', id: 'existing', title: 'Bestaat al', valueOn: 'true', valueOff: 'false' },
    ],
    actions: [{ type: 'Action.Submit', title: 'Voorstellen', data: { verb: 'proposeItem', werkgroepId: 'w1' } }],
};

function listen(handler) {
    const server = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c) => { body += c; });
        req.on('end', () => handler(req, res, body ? JSON.parse(body) : null));
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const json = (res, status, value) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));

let playground;
let bot;
let layer;
const invokes = [];
const puts = [];
const botReceived = [];
let nextId = 1000;

before(async () => {
    playground = await listen((req, res, body) => {
        if (req.url === '/_internal/v1/testConfig') {
            return json(res, 200, { config: { currentUser: VIEWER, users: [{ id: '29:1sanne', name: 'Sanne', aadObjectId: 'b' }] } });
        }
        if (req.url === '/_conversation/v1/invoke') {
            invokes.push(body);
            return json(res, 200, { type: CARD, value: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: `own view of ${body.from.id}` }] } });
        }
        if (req.method === 'PUT') {
            puts.push({ url: req.url, body });
            return json(res, 200, { id: req.url.split('/').pop() });
        }
        return json(res, 201, { id: String(nextId++) });
    });
    bot = await listen((req, res, body) => {
        botReceived.push(body);
        if (body?.name === 'task/fetch') {
            return json(res, 200, { task: { type: 'continue', value: { title: 'Resultaat voorstellen', card: { contentType: CARD, content: DIALOG_CARD } } } });
        }
        if (body?.name === 'task/submit') {
            return json(res, 200, { task: { type: 'message', value: 'Opgeslagen.' } });
        }
        json(res, 200, {});
    });
    layer = await startTeamsBehaviourLayer({ debounceMs: 250 });
    layer.setTargets({
        botEndpoint: `http://127.0.0.1:${bot.address().port}/api/messages`,
        playgroundUrl: `http://127.0.0.1:${playground.address().port}`,
    });
});

after(async () => {
    await layer?.stop();
    playground?.close();
    bot?.close();
});

const card = (userIds) => ({
    type: 'message',
    attachments: [{ contentType: CARD, content: { type: 'AdaptiveCard', refresh: { action: { type: 'Action.Execute', verb: 'refreshStep', data: { step: 3 } }, userIds } } }],
});

async function connector(method, path, body) {
    const response = await fetch(`${layer.baseUrl}/_connector/v3/conversations/${path}`, {
        method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
}

test('inbound activities get the viewer locale and the layer as service URL', async () => {
    await fetch(layer.messagesUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', locale: 'en-US', serviceUrl: 'http://127.0.0.1:1/_connector', entities: [{ type: 'clientInfo', locale: 'en-US' }], from: { id: VIEWER.id }, conversation: { id: 'c' } }),
    });
    const activity = botReceived.at(-1);
    assert.equal(activity.locale, 'nl-NL');
    assert.equal(activity.entities[0].locale, 'nl-NL');
    assert.equal(activity.serviceUrl, `${layer.baseUrl}/_connector`);
});

test('a posted card listing the viewer is refreshed as the viewer and shown as their own view', async () => {
    const since = layer.events.length;
    const posted = await connector('POST', '19%3Achat/activities', card(['29:1sanne', VIEWER.id]));
    assert.equal(posted.status, 201);
    const event = await layer.waitForEvent((e) => e.kind === 'refreshed' && e.messageId === posted.body.id, { since });
    const invoke = invokes.at(-1);
    assert.deepEqual(invoke, {
        name: 'adaptiveCard/action', from: { id: VIEWER.id }, conversation: { id: '19:chat' }, replyToId: posted.body.id,
        value: { action: { type: 'Action.Execute', verb: 'refreshStep', data: { step: 3 } }, trigger: 'automatic' },
    });
    assert.equal(event.viewer, VIEWER.id);
    const put = puts.at(-1);
    assert.ok(put.url.endsWith(`/activities/${posted.body.id}`));
    assert.match(JSON.stringify(put.body), /own view of 29:1marieke/);
});

test('a card listing Entra object ids instead of MRIs stays the shared card, and the mix-up is reported', async () => {
    const since = layer.events.length;
    const before = invokes.length;
    const posted = await connector('POST', '19%3Achat/activities', card([VIEWER.aadObjectId]));
    const event = await layer.waitForEvent((e) => e.kind === 'not-listed' && e.messageId === posted.body.id, { since });
    assert.deepEqual(event.notMri, [VIEWER.aadObjectId]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(invokes.length, before, 'no refresh for a viewer who is not listed');
});

test('a burst of updates of one card is refreshed once', async () => {
    const posted = await connector('POST', '19%3Achat/activities', card([VIEWER.id]));
    await layer.waitForEvent((e) => e.kind === 'refreshed' && e.messageId === posted.body.id);
    const before = invokes.length;
    const since = layer.events.length;
    await Promise.all([1, 2, 3, 4, 5].map(() => connector('PUT', `19%3Achat/activities/${posted.body.id}`, card([VIEWER.id]))));
    await layer.waitForEvent((e) => e.kind === 'refreshed' && e.messageId === posted.body.id, { since });
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(invokes.length - before, 1);
});

test('a dialog button opens a dialog through task/fetch and its form is sent as task/submit', async () => {
    const since = layer.events.length;
    const received = botReceived.length;
    const opener = { verb: 'showProposeForm', werkgroepId: 'w1', msteams: { type: 'task/fetch' } };
    const clicked = await fetch(layer.messagesUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: 'a1', locale: 'en-US', value: opener, replyToId: '1000', from: { id: '29:1sanne', name: 'Sanne' }, conversation: { id: '19:chat' } }),
    });
    assert.equal(clicked.status, 200);
    const { dialogId } = await clicked.json();
    const fetchInvoke = botReceived.at(-1);
    assert.equal(botReceived.length - received, 1, 'the bot gets the task/fetch and no chat message');
    assert.equal(fetchInvoke.type, 'invoke');
    assert.equal(fetchInvoke.name, 'task/fetch');
    assert.deepEqual(fetchInvoke.value.data, opener);
    assert.equal(fetchInvoke.from.id, '29:1sanne');
    assert.equal(fetchInvoke.locale, 'nl-NL');
    const opened = await layer.waitForEvent((e) => e.kind === 'dialog-opened' && e.dialogId === dialogId, { since });
    assert.equal(opened.title, 'Resultaat voorstellen');

    const html = await (await fetch(`${layer.baseUrl}/_teams/dialogs/${dialogId}`)).text();
    assert.match(html, /<textarea id="in-resultText" name="resultText"/);
    assert.ok(html.includes('Resultaat &lt;script&gt;x&lt;/script&gt;') && !html.includes('<script>x'), 'card text is escaped');

    const posted = await fetch(`${layer.baseUrl}/_teams/dialogs/${dialogId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ resultText: 'Minder eenzaamheid', _toggle: 'existing|false', _action: '0' }).toString(),
        redirect: 'manual',
    });
    assert.equal(posted.status, 303);
    const submitInvoke = botReceived.at(-1);
    assert.equal(submitInvoke.name, 'task/submit');
    assert.equal(submitInvoke.from.id, '29:1sanne');
    assert.notEqual(submitInvoke.id, fetchInvoke.id, 'each submit is its own delivery');
    assert.deepEqual(submitInvoke.value.data, { resultText: 'Minder eenzaamheid', existing: 'false', verb: 'proposeItem', werkgroepId: 'w1' });
    const closed = await layer.waitForEvent((e) => e.kind === 'dialog-closed' && e.dialogId === dialogId, { since });
    assert.equal(closed.text, 'Opgeslagen.');
    assert.match(await (await fetch(`${layer.baseUrl}/_teams/dialogs/${dialogId}`)).text(), /id="dialog-result">Opgeslagen\.</);
});

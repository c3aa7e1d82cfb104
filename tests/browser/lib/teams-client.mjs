// What a person does in Teams, for the end-to-end browser tests on a startTeamsStack() stack: click an
// Action.Execute or Action.Submit on a card, type in a chat (as the Playground's user or as another member),
// and wait for what the Teams client receives (the Playground's websocket frames) or what the Teams-behaviour
// layer did (its events: a user's own refreshed view, a dialog, a send). The card helpers read Adaptive Cards.
import assert from 'node:assert/strict';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export const cardText = (card) => JSON.stringify(card ?? null);
// Whether a card's JSON (cardText) holds a user's text as typed (an input's value) or as a TextBlock shows it:
// CardMarkdown.Escape puts a backslash before every markdown-significant ASCII character of user text.
const MARKDOWN_SIGNIFICANT = /[\\`*_{}[\]()#+\-.!<>~|]/g;
const inJson = (text) => JSON.stringify(text).slice(1, -1);
export const showsText = (json, text) =>
    json.includes(inJson(text)) || json.includes(inJson(text.replace(MARKDOWN_SIGNIFICANT, (c) => `\\${c}`)));

export const frameCard = (frame) => frame.message?.attachments?.find((a) => a.contentType === ADAPTIVE_CARD)?.content;

// Every object in a card, depth first.
export function objects(node, out = []) {
    if (Array.isArray(node)) node.forEach((n) => objects(n, out));
    else if (node && typeof node === 'object') {
        out.push(node);
        Object.values(node).forEach((n) => objects(n, out));
    }
    return out;
}

export const executes = (card, verb) => objects(card).filter((o) => o.type === 'Action.Execute' && o.verb === verb);
export const input = (card, id) => objects(card).find((o) => typeof o.type === 'string' && o.type.startsWith('Input.') && o.id === id);
export const findValue = (node, key) => objects(node).find((o) => typeof o[key] === 'string')?.[key];

export function teamsClient({ playground, layer, tenant, frames }) {
    const user = (namePart) => [tenant.currentUser, ...tenant.users].find((u) => u.name.includes(namePart));
    const mention = `<at>${tenant.bot.name}</at>`;

    async function api(urlPath, body) {
        const response = await fetch(`${playground.baseUrl}${urlPath}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
        });
        const text = await response.text();
        assert.ok(response.ok, `${urlPath} answered ${response.status}: ${text}`);
        return text ? JSON.parse(text) : null;
    }

    // An Action.Execute clicked by `from`: the card Teams shows that person in return.
    async function click(conversationId, messageId, from, verb, data) {
        const answer = await api('/_conversation/v1/invoke', {
            name: 'adaptiveCard/action',
            from: { id: from.id },
            conversation: { id: conversationId },
            replyToId: messageId,
            value: { action: { type: 'Action.Execute', verb, data } },
        });
        assert.equal(answer.type, ADAPTIVE_CARD, `${verb} by ${from.name}: ${JSON.stringify(answer).slice(0, 400)}`);
        return answer.value;
    }

    // What the Playground UI does for an Action.Submit: a submit with the action's data (and the inputs) as value.
    const submit = (conversationId, messageId, from, value) =>
        api('/_conversation/v1/submit', { from: { id: from.id }, conversation: { id: conversationId }, replyToId: messageId, value });

    async function waitForFrame(predicate, timeoutMs = 30000, from = 0) {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
            const found = frames.slice(from).find(predicate);
            if (found) return found;
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`No matching websocket frame within ${timeoutMs} ms; last: ${frames.slice(-3).map((f) => JSON.stringify(f).slice(0, 300)).join('\n')}`);
    }

    // The viewer's own view after the shared update that follows event index `since`.
    async function ownView(messageId, viewer, since, shows = () => true) {
        const event = await layer.waitForEvent((e) => e.kind === 'refreshed' && e.messageId === messageId && e.viewer === viewer.id && shows(e.card),
            { since, timeoutMs: 30000 });
        return event.card;
    }

    // A message the Playground's current user types, mentioning the bot.
    const typeInChat = (chat, text) => api(`/_conversation/v1/conversations/${encodeURIComponent(chat)}/messages`, {
        from: { id: tenant.currentUser.id },
        text: `${mention} ${text}`,
        textFormat: 'plain',
        mentions: [{ mentioned: { id: tenant.bot.id }, text: mention }],
    });

    // A message typed by another member (the Playground only types as its current user): a custom activity.
    async function typeAs(chat, person, text) {
        const template = await (await fetch(`${playground.baseUrl}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(chat)}`)).json();
        await api('/_internal/v1/customActivities', {
            ...template,
            type: 'message',
            id: `typed-${Date.now()}`,
            from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
            text: `${mention} ${text}`,
            entities: [{ type: 'mention', mentioned: { id: tenant.bot.id, name: tenant.bot.name }, text: mention }],
        });
    }

    return { user, api, click, submit, waitForFrame, ownView, typeInChat, typeAs };
}

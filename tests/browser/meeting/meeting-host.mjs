// The real host for the meeting-page and item-action browser tests: Azurite, the built WorkshopBot.Web
// (Development, development identity on) and a stub Bot Connector, all on 127.0.0.1. People carry
// realistic, distinct Teams ids: the user MRI ("29:1…", from.id) and the Entra object id (a GUID,
// from.aadObjectId, the board's ?dev-user=), so a mix-up of the two fails the tests. Werkgroepen are made
// as people make them: the moderator starts it with the bot's card, participants join by writing a note
// through the bot, everything else goes through the board API as each user.
import crypto from 'node:crypto';
import { startBoardStack } from '../lib/server.mjs';

const TENANT = '3f2b8c1d-6e4a-4d7b-9c0e-1a2b3c4d5e6f';

function person(name, organisation) {
    // A Teams user MRI looks like 29:1<base64-ish>; the object id is an unrelated GUID.
    const mri = `29:1${crypto.randomBytes(24).toString('base64url')}`;
    return { name, organisation, mri, aad: crypto.randomUUID() };
}

export async function startMeetingHost() {
    const { connector, bot, stop } = await startBoardStack();
    const baseUrl = bot.baseUrl;

    // One Action.Execute invoke as Teams sends it; answers the invoke response body.
    async function invoke(conversationId, who, verb, data) {
        const activity = {
            type: 'invoke',
            name: 'adaptiveCard/action',
            id: `f:${crypto.randomUUID()}`,
            timestamp: new Date().toISOString(),
            serviceUrl: connector.url,
            channelId: 'msteams',
            from: { id: who.mri, name: who.name, aadObjectId: who.aad },
            recipient: { id: '28:workshopbot', name: 'WorkshopBot' },
            conversation: { id: conversationId, conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
            channelData: { tenant: { id: TENANT } },
            locale: 'nl-NL',
            value: { action: { type: 'Action.Execute', verb, data } },
        };
        const response = await fetch(bot.messagesUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(activity),
        });
        const text = await response.text();
        if (!response.ok) {
            throw new Error(`bot ${verb} as ${who.name} failed: ${response.status} ${text.slice(0, 300)}`);
        }
        return JSON.parse(text);
    }

    // A board action as the given person; answers { status, body } without throwing on a refusal.
    async function act(werkgroepId, who, verb, data) {
        const response = await fetch(`${baseUrl}/api/boards/${encodeURIComponent(werkgroepId)}/actions?dev-user=${who.aad}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
            body: JSON.stringify({ verb, data }),
        });
        const text = await response.text();
        return { status: response.status, body: text ? JSON.parse(text) : null };
    }

    async function mustAct(werkgroepId, who, verb, data) {
        const result = await act(werkgroepId, who, verb, data);
        if (result.status >= 300) {
            throw new Error(`board ${verb} as ${who.name} failed: ${result.status} ${JSON.stringify(result.body)}`);
        }
        return result.body;
    }

    async function board(werkgroepId, who) {
        const response = await fetch(`${baseUrl}/api/boards/${encodeURIComponent(werkgroepId)}?dev-user=${who.aad}`);
        if (!response.ok) {
            throw new Error(`board as ${who.name} failed: ${response.status}`);
        }
        return response.json();
    }

    // The step card as this person gets it from the bot (their own view, as Teams' refresh asks for it).
    async function stepCard(conversationId, werkgroepId, who, step) {
        const answer = await invoke(conversationId, who, 'refreshStep', { werkgroepId, step });
        if (answer.statusCode !== 200 || !answer.value) {
            throw new Error(`step card for ${who.name}: ${JSON.stringify(answer).slice(0, 300)}`);
        }
        return answer.value;
    }

    // A werkgroep in Kesteren: Marieke moderates, Fatma, Jan and Piet join through the bot.
    async function createWerkgroep(name = 'Werkgroep Eenzaamheid') {
        const people = {
            moderator: person('Marieke de Vries', 'Gemeente Neder-Betuwe'),
            fatma: person('Fatma Yilmaz', 'GGD Gelderland-Zuid'),
            jan: person('Jan Jansen', 'Welzijn Neder-Betuwe'),
            piet: person('Piet Bakker', 'Adviesraad Sociaal Domein'),
            outsider: person('Olaf Buiten', 'Elders'),
        };
        const conversationId = `19:meeting-test-${crypto.randomUUID()}@thread.v2`;
        const id = `wg-${crypto.createHash('sha256').update(conversationId).digest('hex').slice(0, 24)}`;
        await invoke(conversationId, people.moderator, 'startWerkgroep', { werkgroepName: name, organisation: people.moderator.organisation });
        await mustAct(id, people.moderator, 'openStep', { step: 2 });
        for (const who of [people.fatma, people.jan, people.piet]) {
            const joined = await invoke(conversationId, who, 'addNotes', { werkgroepId: id, step: 2, newNotes: `${who.name.split(' ')[0]} denkt mee over stap 2.` });
            if (joined.statusCode !== 200) {
                throw new Error(`${who.name} could not join: ${JSON.stringify(joined).slice(0, 300)}`);
            }
            await mustAct(id, who, 'setOrganisation', { organisation: who.organisation });
        }
        return { id, conversationId, people };
    }

    return {
        baseUrl,
        invoke,
        act,
        mustAct,
        board,
        stepCard,
        createWerkgroep,
        pageUrl(id, who, suffix = '', extra = {}) {
            const url = new URL(`/board/${encodeURIComponent(id)}${suffix}`, baseUrl);
            url.searchParams.set('dev-user', who.aad);
            for (const [key, value] of Object.entries(extra)) {
                url.searchParams.set(key, value);
            }
            return url.href;
        },
        close: stop,
    };
}

// Every text in an Adaptive Card (TextBlock text, TextRun text, FactSet facts), for assertions.
export function cardTexts(node, out = []) {
    if (Array.isArray(node)) {
        node.forEach((child) => cardTexts(child, out));
    } else if (node && typeof node === 'object') {
        if (typeof node.text === 'string') {
            out.push(node.text);
        }
        if (typeof node.title === 'string' && typeof node.value === 'string') {
            out.push(`${node.title} ${node.value}`);
        }
        Object.values(node).forEach((child) => cardTexts(child, out));
    }
    return out;
}

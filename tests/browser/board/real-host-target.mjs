// Board tests against the real host: Azurite + the built WorkshopBot.Web (Development, development
// identity on, anonymous bot), plus a tiny stub Bot Connector on 127.0.0.1 for the bot's outgoing calls.
// Werkgroepen are seeded the way people make them: the moderator starts the werkgroep with the bot's
// Action.Execute card, participants write their first note through the bot (which makes them members),
// and everything else goes through the board API as each user (?dev-user=...). Teams display names carry
// no "(Organisation)" here, so each participant says which organisation they represent on the board
// ("Mijn organisatie", verb setOrganisation) after writing their first note; those notes take its colour.
// Run: dotnet build src/WorkshopBot.Web && BOARD_TEST_TARGET_MODULE=tests/browser/board/real-host-target.mjs \
//      node --test --test-concurrency=1 tests/browser/board/
import crypto from 'node:crypto';
import { startBoardStack } from '../lib/server.mjs';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const people = {
    mod: { name: 'Anna de Vries', organisation: 'Gemeente Neder-Betuwe' },
    jan: { name: 'Jan Jansen', organisation: 'Welzijn Neder-Betuwe' },
    fatima: { name: 'Fatima el Amrani', organisation: 'MEE Gelderse Poort' },
    piet: { name: 'Piet Bakker', organisation: 'Adviesraad Sociaal Domein' },
    sanne: { name: 'Sanne Visser', organisation: 'Sociaal Team' },
};

const largeBoardOrganisations = ['Gemeente Neder-Betuwe', 'Welzijn Rivierenland', 'Zorgcentrum De Linde', 'GGD Gelderland-Zuid', 'Bibliotheek Rivierenland'];
const largeBoardPhrases = [
    'Meer ontmoetingsplekken in de kernen voor 75-plussers die alleen wonen',
    'Mantelzorgers sneller in beeld bij de huisarts en het sociaal team',
    'Koffieochtenden ook op zaterdag, want dan komen de kinderen mee',
    'Minder eenzaamheid onder jongeren na de middelbare school',
    'Vrijwilligers van de bibliotheek helpen met digitale vaardigheden',
];

function largeBoardPerson(userId) {
    const number = Number(String(userId).replace(/\D/g, '')) || 0;
    return { name: `Deelnemer ${number}`, organisation: largeBoardOrganisations[number % largeBoardOrganisations.length] };
}

export async function startTarget() {
    const { connector, bot, stop } = await startBoardStack();
    const baseUrl = bot.baseUrl;
    let counter = 0;

    async function invoke(conversationId, userId, verb, data, conversationType = 'groupChat') {
        const person = people[userId] ?? largeBoardPerson(userId);
        const activity = {
            type: 'invoke',
            name: 'adaptiveCard/action',
            id: `act-${crypto.randomUUID()}`,
            timestamp: new Date().toISOString(),
            serviceUrl: connector.url,
            channelId: 'msteams',
            from: { id: `29:${userId}`, name: person.name, aadObjectId: userId },
            recipient: { id: '28:workshopbot', name: 'WorkshopBot' },
            conversation: { id: conversationId, conversationType, isGroup: conversationType !== 'personal', tenantId: TENANT },
            channelData: { tenant: { id: TENANT } },
            locale: 'nl-NL',
            value: { action: { type: 'Action.Execute', verb, data } },
        };
        const response = await fetch(bot.messagesUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(activity),
        });
        const body = await response.text();
        if (!response.ok || body.includes('"statusCode":4') || body.includes('"statusCode":5')) {
            throw new Error(`bot ${verb} as ${userId} failed: ${response.status} ${body.slice(0, 300)}`);
        }
    }

    async function act(werkgroepId, userId, verb, data) {
        const response = await fetch(`${baseUrl}/api/boards/${encodeURIComponent(werkgroepId)}/actions?dev-user=${userId}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ verb, data }),
        });
        if (!response.ok) {
            throw new Error(`board ${verb} as ${userId} failed: ${response.status} ${await response.text()}`);
        }
    }

    async function board(werkgroepId, userId) {
        const response = await fetch(`${baseUrl}/api/boards/${encodeURIComponent(werkgroepId)}?dev-user=${userId}`);
        if (!response.ok) {
            throw new Error(`board as ${userId} failed: ${response.status}`);
        }
        return response.json();
    }

    // The links with their tokens live outside the polled board (GET /api/boards/{id}/share-links).
    async function shareLinks(werkgroepId, userId) {
        const response = await fetch(`${baseUrl}/api/boards/${encodeURIComponent(werkgroepId)}/share-links?dev-user=${userId}`);
        if (!response.ok) {
            throw new Error(`share links as ${userId} failed: ${response.status}`);
        }
        return (await response.json()).shareLinks;
    }

    async function noteId(werkgroepId, text) {
        const view = await board(werkgroepId, 'mod');
        const note = view.steps.flatMap((s) => s.notes).find((n) => n.text.startsWith(text));
        if (!note) {
            throw new Error(`seeded note "${text}" not found`);
        }
        return note.id;
    }

    // Step 6 on a seeded werkgroep: the indicator gets a quarterly frequency, baseline and target; Jan owns it
    // and enters the three quarters that ended last from his 1:1 chat; Fatima adds a quote with consent.
    async function seedMonitoring(id, conversationId) {
        const indicator = (await board(id, 'mod')).indicators[0];
        await act(id, 'mod', 'updateItem', {
            itemId: indicator.id,
            expectedVersion: indicator.version,
            draft: { kind: 'indicator', indicator: { name: indicator.name, frequency: 'per kwartaal', baseline: '24%', target: '18%', direction: 'down', need: 'needToKnow' } },
        });
        const now = new Date();
        const quarters = [3, 2, 1].map((back) => {
            const q = Math.floor(now.getUTCMonth() / 3) - back;
            const year = now.getUTCFullYear() + Math.floor(q / 4);
            return { year, index: ((q % 4) + 4) % 4 + 1 };
        });
        const since = `${quarters[0].year}-${String((quarters[0].index - 1) * 3 + 1).padStart(2, '0')}-01`;
        await invoke(conversationId, 'mod', 'assignDataOwner', { werkgroepId: id, ownerIndicator: indicator.id, ownerUser: 'jan', ownerSince: since });
        const personal = `a:1board-test-${crypto.randomUUID()}`;
        for (const [i, value] of ['24', '22.5', '21'].entries()) {
            await invoke(personal, 'jan', 'recordMeasurement', {
                werkgroepId: id, indicatorId: indicator.id, mPeriod: `${quarters[i].year}-Q${quarters[i].index}`, mValue: value, mSource: 'Gezondheidsmonitor',
            }, 'personal');
        }
        await invoke(conversationId, 'fatima', 'addStory', {
            werkgroepId: id, storyText: 'Sinds de koffieochtend heb ik weer iemand om mee te praten.', storyPerspective: 'Inwoner',
            storyIndicators: indicator.id, storyIsQuote: 'true', storyConsent: 'true',
        });
        // Told without consent to quote: members read it, guests with a share link do not.
        await invoke(conversationId, 'fatima', 'addStory', {
            werkgroepId: id, storyText: 'Haar buurman spreekt sinds de zomer niemand meer.', storyPerspective: 'Professional',
            storyIndicators: indicator.id, storyIsQuote: 'false', storyConsent: 'false',
        });
    }

    async function createWerkgroep({ name = 'Werkgroep Eenzaamheid', seed = true, voting = true, showCounts = false, monitoring = false } = {}) {
        counter += 1;
        const conversationId = `19:board-test-${process.pid}-${counter}-${crypto.randomUUID()}@thread.v2`;
        const id = `wg-${crypto.createHash('sha256').update(conversationId).digest('hex').slice(0, 24)}`;

        await invoke(conversationId, 'mod', 'startWerkgroep', { werkgroepName: name, organisation: people.mod.organisation });
        for (const step of [1, 2, 3]) {
            await act(id, 'mod', 'openStep', { step });
        }

        if (!seed) {
            // Jan joins by writing in the chat, then takes the note back: an empty board with a participant.
            await invoke(conversationId, 'jan', 'addNotes', { step: 1, newNotes: 'Even testen' });
            await act(id, 'jan', 'deleteNote', { noteId: await noteId(id, 'Even testen') });
            await act(id, 'jan', 'setOrganisation', { organisation: people.jan.organisation });
        } else {
            await act(id, 'mod', 'addNotes', { step: 1, text: '23% van de 75-plussers voelt zich ernstig eenzaam (GGD-monitor 2024).' });
            await invoke(conversationId, 'piet', 'addNotes', { step: 1, newNotes: 'Raad wil dat inwoners langer zelfstandig en met plezier thuis wonen.' });
            await invoke(conversationId, 'fatima', 'addNotes', { step: 2, newNotes: 'Over 3 jaar voelen minder 75-plussers in Kesteren zich ernstig eenzaam.' });
            await invoke(conversationId, 'jan', 'addNotes', { step: 2, newNotes: 'Regie versterken in het sociaal domein.' });
            await act(id, 'mod', 'addNotes', { step: 2, text: 'Aandeel ernstig eenzame 75-plussers (GGD-monitor)' });
            await act(id, 'jan', 'addNotes', { step: 3, text: 'Koffieochtenden in de buurthuizen, ook voor mantelzorgers.' });
            await act(id, 'fatima', 'addNotes', { step: 3, text: 'Maatjesproject: vrijwilligers bezoeken thuiswonende ouderen.' });
            await invoke(conversationId, 'sanne', 'addNotes', { step: 3, newNotes: 'Huisbezoeken 75+ door het sociaal team, met signaalkaart eenzaamheid.' });
            await act(id, 'piet', 'addNotes', { step: 3, text: 'Vervoer naar activiteiten regelen (ANWB AutoMaatje).' });
            await act(id, 'mod', 'addNotes', { step: 3, text: 'Training eenzaamheid herkennen voor vrijwilligers' });
            for (const user of ['piet', 'fatima', 'jan', 'sanne']) {
                await act(id, user, 'setOrganisation', { organisation: people[user].organisation });
            }

            const koffie = await noteId(id, 'Koffieochtenden');
            const maatjes = await noteId(id, 'Maatjesproject');
            await act(id, 'mod', 'setCluster', { noteId: koffie, label: 'Ontmoeting' });
            await act(id, 'mod', 'setCluster', { noteId: maatjes, label: 'Ontmoeting' });
            await act(id, 'mod', 'setCluster', { noteId: await noteId(id, 'Huisbezoeken'), label: 'Signaleren' });
            await act(id, 'mod', 'promoteNote', { noteId: await noteId(id, 'Over 3 jaar'), kind: 'result' });
            await act(id, 'mod', 'promoteNote', { noteId: await noteId(id, 'Aandeel ernstig eenzame'), kind: 'indicator' });
            await act(id, 'mod', 'promoteNote', { noteId: await noteId(id, 'Training eenzaamheid'), kind: 'activity' });
            if (voting) {
                await act(id, 'mod', 'startVoting', { step: 3, dots: 3, showCounts });
                await act(id, 'fatima', 'castVote', { noteId: koffie });
                for (const user of ['jan', 'piet', 'mod']) {
                    await act(id, user, 'castVote', { noteId: maatjes });
                }
            }
        }

        if (seed && monitoring) {
            await seedMonitoring(id, conversationId);
        }

        await act(id, 'mod', 'createShareLink', { expiresInDays: 7 });
        const link = (await shareLinks(id, 'mod')).at(-1);
        const shareToken = new URL(link.url).searchParams.get('share');
        return { id, users: { moderator: 'mod', participant: 'jan', participant2: 'fatima', outsider: 'outsider' }, shareToken };
    }

    // A board of `count` notes on the current step (3) from 25 participants of 5 organisations, for the
    // wall benchmark (tests/browser/board/wall-benchmark.mjs): each joins through the bot with 50 notes,
    // the rest come through the board API in batches, as a silent brainstorm would fill the wall.
    // items: that many of the notes are promoted to activities (step 3), so the wall also has item cards.
    async function createLargeWerkgroep({ count = 2000, name = 'Werkgroep Eenzaamheid (groot)', items = 0 } = {}) {
        counter += 1;
        const conversationId = `19:board-large-${process.pid}-${counter}-${crypto.randomUUID()}@thread.v2`;
        const id = `wg-${crypto.createHash('sha256').update(conversationId).digest('hex').slice(0, 24)}`;
        await invoke(conversationId, 'mod', 'startWerkgroep', { werkgroepName: name, organisation: people.mod.organisation });
        for (const step of [1, 2, 3]) {
            await act(id, 'mod', 'openStep', { step });
        }
        const users = Array.from({ length: 25 }, (_, i) => `p${i + 1}`);
        const perUser = Math.ceil(count / users.length);
        // The werkgroep's size budget (WorkshopLimits.WerkgroepSizeBudget) refuses notes before `count` when
        // the texts are long: seeding stops at "werkgroep-full" and reports how many notes the board holds.
        let made = 0;
        try {
            for (const [index, user] of users.entries()) {
                const mine = Math.min(perUser, count - made);
                const lines = Array.from({ length: mine }, (_, i) => `${largeBoardPhrases[(index + i) % largeBoardPhrases.length]} (${made + i + 1})`);
                await invoke(conversationId, user, 'addNotes', { step: 3, newNotes: lines.slice(0, 50).join('\n') });
                made += Math.min(50, mine);
                await act(id, user, 'setOrganisation', { organisation: largeBoardPerson(user).organisation });
                for (let from = 50; from < lines.length; from += 50) {
                    await act(id, user, 'addNotes', { step: 3, text: lines.slice(from, from + 50).join('\n') });
                    made += Math.min(50, lines.length - from);
                }
            }
        } catch (error) {
            if (!String(error.message).includes('werkgroep-full')) {
                throw error;
            }
        }
        if (items > 0) {
            const notes = (await board(id, 'mod')).steps.find((s) => s.number === 3).notes.slice(0, items);
            try {
                for (const note of notes) {
                    await act(id, 'mod', 'promoteNote', { noteId: note.id, kind: 'activity' });
                }
            } catch (error) {
                if (!String(error.message).includes('werkgroep-full')) {
                    throw error;
                }
            }
        }
        return { id, notes: made, users: { moderator: 'mod', participant: 'p1', participant2: 'p2' } };
    }

    return {
        baseUrl,
        createWerkgroep,
        createLargeWerkgroep,
        boardUrl(id, { user, share, extra = {} } = {}) {
            const url = new URL(`/board/${encodeURIComponent(id)}`, baseUrl);
            if (user) {
                url.searchParams.set('dev-user', user);
            }
            if (share) {
                url.searchParams.set('share', share);
            }
            for (const [key, value] of Object.entries(extra)) {
                url.searchParams.set(key, value);
            }
            return url.href;
        },
        close: stop,
    };
}

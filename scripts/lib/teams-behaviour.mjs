// The Teams-behaviour layer: a small HTTP proxy between the Microsoft 365 Agents Playground and the bot
// that adds what Teams does and the Playground does not (PROTOCOL.md §6, docs/playground.md):
//
//   Playground ──POST /api/messages──▶ layer ──▶ bot       locale → the viewer's locale (default nl-NL),
//                                                          serviceUrl → the layer's own /_connector
//   bot ──/_connector/…──▶ layer ──▶ Playground /_connector  forwarded unchanged; after a successful
//                                                          create (POST) or update (PUT) of a card with
//                                                          refresh.userIds listing the viewer's MRI, the
//                                                          layer sends the automatic refresh as the viewer
//                                                          (invoke adaptiveCard/action, trigger "automatic")
//                                                          and shows the answer in the Playground.
//   Playground ──message submit with data.msteams.type "task/fetch"──▶ layer: a dialog, as Teams opens it:
//                                                          invoke task/fetch as the clicking user, the card shown
//                                                          on /_teams/dialogs/{id}, its submit sent as task/submit
//                                                          (teams-dialogs.mjs)
//   browser ──GET /board/{id}──▶ layer ──302──▶ bot /board/{id}?dev-user=<viewer's Entra object id>
//
// The viewer is the Playground's current user (re-read from GET /_internal/v1/testConfig) unless it is
// switched on the layer (`/_teams`, PUT /_teams/viewer): the Playground itself cannot switch users.
// Local development and tests only: it listens on 127.0.0.1 and knows nothing about authentication.
//
// Use: `node scripts/lib/teams-behaviour.mjs --port 3979 --bot http://127.0.0.1:3978/api/messages
//       --playground http://127.0.0.1:56150 [--locale nl-NL] [--viewer <id or name>]`
// or `startTeamsBehaviourLayer({...})` from a test.
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { cardInputs, dialogButtons, inputsFromForm, isDialogOpener, readTaskAnswer, renderDialogPage, submitActions } from './teams-dialogs.mjs';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const DEFAULT_LOCALE = 'nl-NL';
// Bursts of updates of one card (several clicks in a second) are refreshed once, after the last.
const DEFAULT_DEBOUNCE_MS = 150;
// A bot that answers a refresh by updating the same card again would loop in Teams; stop it here.
const LOOP_WINDOW_MS = 10000;
const LOOP_MAX_REFRESHES = 12;
const MAX_BODY_BYTES = 4 * 1024 * 1024;
const MAX_EVENTS = 2000;

export async function startTeamsBehaviourLayer({
    port = 0,
    botEndpoint = null,
    playgroundUrl = null,
    locale = DEFAULT_LOCALE,
    viewer = null,
    debounceMs = DEFAULT_DEBOUNCE_MS,
    log = () => {},
} = {}) {
    const state = {
        botEndpoint,
        playgroundUrl: playgroundUrl ? playgroundUrl.replace(/\/+$/, '') : null,
        locale,
        viewerOverride: viewer,
    };
    // Every message whose last posted card has a refresh action: conversation|message → entry.
    const tracked = new Map();
    // Dialogs opened through the layer: id → {id, user, userName, conversationId, replyToId, base, title, card, status, result}.
    const dialogs = new Map();
    const events = [];
    const waiters = new Set();
    let baseUrl = '';

    function record(event) {
        const stamped = { at: new Date().toISOString(), ...event };
        events.push(stamped);
        if (events.length > MAX_EVENTS) {
            events.splice(0, events.length - MAX_EVENTS);
        }
        for (const waiter of [...waiters]) {
            if (waiter.predicate(stamped)) {
                waiters.delete(waiter);
                clearTimeout(waiter.timer);
                waiter.resolve(stamped);
            }
        }
        log(stamped);
    }

    // Resolves with the first recorded event (including earlier ones from `since` on) that matches.
    function waitForEvent(predicate, { timeoutMs = 15000, since = 0 } = {}) {
        const earlier = events.slice(since).find(predicate);
        if (earlier) {
            return Promise.resolve(earlier);
        }
        return new Promise((resolve, reject) => {
            const waiter = { predicate, resolve };
            waiter.timer = setTimeout(() => {
                waiters.delete(waiter);
                const recent = events.slice(-15).map((e) => JSON.stringify(e)).join('\n  ');
                reject(new Error(`No matching Teams-layer event within ${timeoutMs} ms. Recent events:\n  ${recent}`));
            }, timeoutMs);
            waiters.add(waiter);
        });
    }

    // ---- the Playground's tenant and the viewer ---------------------------------------------------

    async function tenant() {
        const response = await fetch(`${requirePlayground()}/_internal/v1/testConfig`, { signal: AbortSignal.timeout(5000) });
        if (!response.ok) {
            throw new Error(`GET /_internal/v1/testConfig answered ${response.status}`);
        }
        const { config } = await response.json();
        const people = [config.currentUser, ...(config.users ?? [])].filter(Boolean);
        return { currentUser: config.currentUser, people };
    }

    function findPerson(people, wanted) {
        const needle = String(wanted).toLowerCase();
        return people.find((p) => p.id === wanted || p.aadObjectId === wanted)
            ?? people.find((p) => (p.name ?? '').toLowerCase().includes(needle));
    }

    // The person whose client the Playground page stands for: the override, else its current user.
    async function currentViewer() {
        const { currentUser, people } = await tenant();
        if (state.viewerOverride) {
            const person = findPerson(people, state.viewerOverride);
            if (!person) {
                throw new Error(`Viewer '${state.viewerOverride}' is not a user of the Playground's mock tenant.`);
            }
            return { viewer: person, currentUser };
        }
        return { viewer: currentUser, currentUser };
    }

    // ---- Playground → bot -----------------------------------------------------------------------

    async function handleInbound(req, res, body) {
        if (!state.botEndpoint) {
            return sendJson(res, 503, { error: { code: 'NoBot', message: 'The Teams layer has no bot endpoint yet.' } });
        }
        let forwarded = body;
        if (req.method === 'POST' && body.length > 0) {
            let activity = null;
            try {
                activity = JSON.parse(body.toString('utf8'));
            } catch {
                // Not JSON: the bot answers 400 itself.
            }
            if (activity && typeof activity === 'object') {
                const original = { locale: activity.locale, serviceUrl: activity.serviceUrl, from: activity.from?.id };
                await rewriteInbound(activity);
                if (isDialogOpener(activity)) {
                    // Teams sends no message for a dialog button: it fetches the dialog (task/fetch).
                    const dialog = await openDialog(activity);
                    return sendJson(res, 200, { dialogId: dialog.id });
                }
                forwarded = Buffer.from(JSON.stringify(activity));
                record({
                    kind: 'inbound',
                    type: activity.type,
                    name: activity.name,
                    conversationId: activity.conversation?.id,
                    from: activity.from?.id,
                    originalFrom: original.from,
                    locale: activity.locale,
                    originalLocale: original.locale,
                    trigger: activity.value?.trigger,
                });
            }
        }
        const answer = await forward(req.method, state.botEndpoint, req.headers, forwarded);
        relay(res, answer);
    }

    async function rewriteInbound(activity) {
        activity.locale = state.locale;
        if (Array.isArray(activity.entities)) {
            for (const entity of activity.entities) {
                if (entity && String(entity.type).toLowerCase() === 'clientinfo') {
                    entity.locale = state.locale;
                }
            }
        }
        if (typeof activity.serviceUrl === 'string') {
            activity.serviceUrl = `${baseUrl}/_connector`;
        }
        // A switched viewer acts in group chats and channels: what the page sends as the Playground's
        // current user comes from the viewer. Personal chats stay the current user's own.
        if (state.viewerOverride && activity.from?.id && activity.conversation?.conversationType !== 'personal') {
            const { viewer, currentUser } = await currentViewer();
            if (activity.from.id === currentUser.id && viewer.id !== currentUser.id) {
                activity.from = { ...activity.from, id: viewer.id, name: viewer.name, aadObjectId: viewer.aadObjectId };
            }
        }
    }

    // ---- bot → Playground connector ---------------------------------------------------------------

    async function handleConnector(req, res, body, path) {
        const target = `${requirePlayground()}${path}`;
        const answer = await forward(req.method, target, req.headers, body);
        relay(res, answer);
        if (answer.status < 200 || answer.status >= 300) {
            return;
        }
        // Every successful send, also into chats the Playground page does not show (a 1:1 with another member).
        if (req.method === 'POST') {
            record({ kind: 'sent', path, request: parseJson(body), response: parseJson(answer.body) });
        }
        try {
            noticeCard(req.method, path, body, answer);
        } catch (error) {
            record({ kind: 'error', where: 'connector', message: error.message });
        }
    }

    function noticeCard(method, path, body, answer) {
        const url = new URL(path, 'http://layer');
        const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
        // parts: _connector v3 conversations {conversationId} activities {activityId}
        if (parts[0] !== '_connector' || parts[1] !== 'v3' || parts[2] !== 'conversations') {
            return;
        }
        const request = parseJson(body);
        const response = parseJson(answer.body);
        let conversationId;
        let messageId;
        let activity;
        if (method === 'PUT' && parts.length === 6 && parts[4] === 'activities') {
            [conversationId, messageId, activity] = [parts[3], parts[5], request];
        } else if (method === 'POST' && (parts.length === 5 || parts.length === 6) && parts[4] === 'activities') {
            [conversationId, messageId, activity] = [parts[3], response?.id, request];
        } else if (method === 'POST' && parts.length === 3 && request?.activity) {
            // A new channel post: the answer names the post's conversation and the activity.
            [conversationId, messageId, activity] = [response?.id, response?.activityId, request.activity];
        } else {
            return;
        }
        if (!conversationId || !messageId || !activity) {
            return;
        }
        const card = refreshCard(activity);
        const key = `${conversationId}|${messageId}`;
        if (!card) {
            tracked.delete(key);
            return;
        }
        let entry = tracked.get(key);
        if (!entry) {
            entry = { conversationId, messageId, history: [], inFlight: false, pending: false, timer: null };
            tracked.set(key, entry);
        }
        entry.activity = activity;
        entry.card = card;
        record({ kind: method === 'PUT' ? 'card-updated' : 'card-posted', conversationId, messageId, userIds: card.refresh.userIds ?? [], card });
        schedule(entry);
    }

    function schedule(entry) {
        if (entry.inFlight) {
            entry.pending = true;
            return;
        }
        clearTimeout(entry.timer);
        entry.timer = setTimeout(() => {
            entry.timer = null;
            refresh(entry).catch((error) => record({ kind: 'error', where: 'refresh', messageId: entry.messageId, message: error.message }));
        }, debounceMs);
    }

    // What a Teams client does when it shows (or re-shows after an update) a card with refresh.
    async function refresh(entry) {
        entry.inFlight = true;
        try {
            const { conversationId, messageId, card, activity } = entry;
            const { viewer } = await currentViewer();
            const userIds = Array.isArray(card.refresh.userIds) ? card.refresh.userIds : [];
            if (!userIds.includes(viewer.id)) {
                // Teams shows the posted card to users it does not list; make sure the page does too.
                const notMri = userIds.filter((id) => typeof id !== 'string' || !id.startsWith('29:'));
                record({ kind: 'not-listed', conversationId, messageId, viewer: viewer.id, userIds, notMri });
                if (entry.showsUserView) {
                    await putCard(entry, card);
                    entry.showsUserView = false;
                }
                entry.viewCard = null;
                return;
            }
            const now = Date.now();
            entry.history = entry.history.filter((t) => now - t < LOOP_WINDOW_MS);
            if (entry.history.length >= LOOP_MAX_REFRESHES) {
                record({ kind: 'loop-guard', conversationId, messageId, viewer: viewer.id });
                return;
            }
            entry.history.push(now);
            const action = card.refresh.action ?? {};
            const invoke = {
                name: 'adaptiveCard/action',
                from: { id: viewer.id },
                conversation: { id: conversationId },
                replyToId: messageId,
                value: {
                    action: { type: action.type ?? 'Action.Execute', verb: action.verb, data: action.data ?? {} },
                    trigger: 'automatic',
                },
            };
            const response = await fetch(`${requirePlayground()}/_conversation/v1/invoke`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(invoke),
                signal: AbortSignal.timeout(30000),
            });
            const text = await response.text();
            const answer = parseJson(text);
            const isCard = response.ok && answer?.type === ADAPTIVE_CARD && answer.value && typeof answer.value === 'object';
            if (!isCard) {
                // The Playground already stored the answer as the card's content; put the shared card back.
                await putCard(entry, card);
                entry.showsUserView = false;
                record({ kind: 'refresh-failed', conversationId, messageId, viewer: viewer.id, verb: action.verb, status: response.status, answer: text.slice(0, 500) });
                return;
            }
            // Teams replaces the card in the viewer's client; the Playground page is that one client,
            // and it only redraws a card on an update over its websocket. The PUT goes straight to the
            // Playground, not through this layer, so it cannot trigger another refresh.
            await putCard(entry, answer.value);
            entry.showsUserView = true;
            entry.viewCard = answer.value;
            record({ kind: 'refreshed', conversationId, messageId, viewer: viewer.id, verb: action.verb, trigger: 'automatic', card: answer.value });
        } finally {
            entry.inFlight = false;
            if (entry.pending) {
                entry.pending = false;
                schedule(entry);
            }
        }
    }

    async function putCard(entry, content) {
        const { conversationId, messageId, activity } = entry;
        const attachment = { ...activity.attachments[0], contentType: ADAPTIVE_CARD, content };
        const url = `${requirePlayground()}/_connector/v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(messageId)}`;
        const response = await fetch(url, {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...activity, id: messageId, attachments: [attachment] }),
            signal: AbortSignal.timeout(10000),
        });
        await response.arrayBuffer();
        if (!response.ok) {
            throw new Error(`PUT of the viewer's card answered ${response.status}`);
        }
    }

    // Teams shows a new user's own views when they open the chat: refresh every card for them.
    async function setViewer(wanted) {
        state.viewerOverride = wanted || null;
        const { viewer } = await currentViewer();
        record({ kind: 'viewer', viewer: viewer.id, name: viewer.name });
        for (const entry of tracked.values()) {
            entry.history = [];
            schedule(entry);
        }
        return viewer;
    }

    // ---- dialogs (task modules) ------------------------------------------------------------------------

    // The click on a dialog button: task/fetch as the clicking user, value {data: the action's data and the
    // card's inputs, context}. The dialog stays as answered until its own submit: card updates never touch it.
    async function openDialog(activity) {
        const { value, text, textFormat, ...base } = activity;
        const dialog = {
            id: `d${dialogs.size + 1}`,
            user: activity.from?.id,
            userName: activity.from?.name,
            conversationId: activity.conversation?.id,
            replyToId: activity.replyToId,
            base,
            title: '',
            card: null,
            status: 'opening',
            result: null,
            submits: 0,
        };
        dialogs.set(dialog.id, dialog);
        const answer = await invokeTask(dialog, 'task/fetch', value, { id: activity.id, replyToId: activity.replyToId });
        applyTaskAnswer(dialog, answer, 'dialog-opened');
        return dialog;
    }

    // Action.Submit inside the dialog (by index or title; default the first): task/submit with its data and
    // every input (the card's initial values overridden by what was typed).
    async function submitDialog(id, { inputs = {}, action = 0 } = {}) {
        const dialog = dialogs.get(id);
        if (!dialog || dialog.status !== 'open') {
            throw new Error(`Dialog ${id} is not open.`);
        }
        const actions = submitActions(dialog.card);
        const chosen = typeof action === 'number' ? actions[action] : actions.find((a) => a.title === action);
        if (!chosen) {
            throw new Error(`Dialog ${id} has no submit action ${JSON.stringify(action)}.`);
        }
        const data = { ...cardInputs(dialog.card), ...inputs, ...chosen.data };
        for (const [key, typed] of Object.entries(inputs)) data[key] = typed;
        dialog.submits += 1;
        const answer = await invokeTask(dialog, 'task/submit', data, { id: `${dialog.base.id ?? dialog.id}-submit-${dialog.submits}` });
        applyTaskAnswer(dialog, answer, 'dialog-continued');
        return dialog;
    }

    async function invokeTask(dialog, name, data, { id, replyToId } = {}) {
        const invoke = { ...dialog.base, type: 'invoke', name, id, value: { data, context: { theme: 'default' } } };
        if (replyToId) invoke.replyToId = replyToId; else delete invoke.replyToId;
        record({ kind: 'inbound', type: 'invoke', name, conversationId: dialog.conversationId, from: dialog.user, originalFrom: dialog.user, locale: invoke.locale, originalLocale: invoke.locale });
        const response = await fetch(state.botEndpoint, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(invoke),
            signal: AbortSignal.timeout(30000),
        });
        const text = await response.text();
        return readTaskAnswer(response.status, parseJson(text));
    }

    function applyTaskAnswer(dialog, answer, continuedKind) {
        const base = { dialogId: dialog.id, user: dialog.user, conversationId: dialog.conversationId, replyToId: dialog.replyToId };
        if (answer.kind === 'continue') {
            dialog.status = 'open';
            dialog.title = answer.title;
            dialog.card = answer.card;
            record({ kind: continuedKind, ...base, title: answer.title, card: answer.card });
        } else if (answer.kind === 'error') {
            dialog.status = dialog.card ? 'open' : 'failed';
            dialog.result = answer;
            record({ kind: 'dialog-failed', ...base, status: answer.status, answer: answer.text });
        } else {
            dialog.status = 'closed';
            dialog.result = answer;
            record({ kind: 'dialog-closed', ...base, text: answer.text ?? '' });
        }
    }

    // The dialog buttons on the cards the page shows the viewer (their own view where there is one).
    async function visibleDialogButtons() {
        const { viewer } = await currentViewer();
        return [...tracked.values()].flatMap((entry) => dialogButtons(entry.viewCard ?? entry.card)
            .map((button) => ({ ...button, conversationId: entry.conversationId, messageId: entry.messageId, viewer })));
    }

    // A click on a dialog button from the layer's page, as the viewer: the activity the Playground would send.
    async function clickDialogButton(conversationId, messageId, index) {
        const button = (await visibleDialogButtons()).find((b) => b.conversationId === conversationId && b.messageId === messageId && b.index === index);
        if (!button) {
            throw new Error(`No dialog button ${index} on message ${messageId}.`);
        }
        const response = await fetch(`${requirePlayground()}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`,
            { signal: AbortSignal.timeout(5000) });
        const template = response.ok ? await response.json() : {};
        const activity = {
            ...template,
            type: 'message',
            id: `layer-${Date.now()}-${dialogs.size + 1}`,
            from: { id: button.viewer.id, name: button.viewer.name, aadObjectId: button.viewer.aadObjectId },
            conversation: { ...(template.conversation ?? {}), id: conversationId },
            replyToId: messageId,
            value: button.data,
        };
        await rewriteInbound(activity);
        return openDialog(activity);
    }

    async function handleDialogs(req, res, body, url) {
        const wantsJson = String(req.headers['content-type'] ?? '').includes('json') || String(req.headers.accept ?? '').includes('application/json');
        if (url.pathname === '/_teams/dialogs' && req.method === 'GET') {
            return sendJson(res, 200, { dialogs: [...dialogs.values()].map(publicDialog) });
        }
        if (url.pathname === '/_teams/dialogs' && req.method === 'POST') {
            const form = wantsJson ? parseJson(body) ?? {} : Object.fromEntries(new URLSearchParams(body.toString('utf8')));
            const dialog = await clickDialogButton(form.conversationId, form.messageId, Number(form.index));
            if (wantsJson) return sendJson(res, 200, publicDialog(dialog));
            res.writeHead(303, { location: `/_teams/dialogs/${encodeURIComponent(dialog.id)}` });
            return res.end();
        }
        const id = decodeURIComponent(url.pathname.slice('/_teams/dialogs/'.length));
        const dialog = dialogs.get(id);
        if (!dialog) {
            return sendJson(res, 404, { error: { code: 'NoDialog', message: id } });
        }
        if (req.method === 'GET') {
            if (wantsJson) return sendJson(res, 200, publicDialog(dialog));
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
            return res.end(renderDialogPage(dialog));
        }
        if (req.method === 'POST') {
            if (wantsJson) {
                const { inputs, action } = parseJson(body) ?? {};
                return sendJson(res, 200, publicDialog(await submitDialog(id, { inputs, action })));
            }
            const params = new URLSearchParams(body.toString('utf8'));
            await submitDialog(id, { inputs: inputsFromForm(params), action: Number(params.get('_action') ?? 0) });
            res.writeHead(303, { location: `/_teams/dialogs/${encodeURIComponent(id)}` });
            return res.end();
        }
        return sendJson(res, 405, { error: { code: 'MethodNotAllowed', message: req.method } });
    }

    function publicDialog(d) {
        return { id: d.id, user: d.user, userName: d.userName, conversationId: d.conversationId, replyToId: d.replyToId, title: d.title, status: d.status, card: d.card, result: d.result };
    }

    // ---- board links ------------------------------------------------------------------------------

    async function handleBoard(req, res, path) {
        const url = new URL(path, 'http://layer');
        if (!state.botEndpoint) {
            return sendJson(res, 503, { error: { code: 'NoBot', message: 'The Teams layer has no bot endpoint yet.' } });
        }
        const bot = new URL(state.botEndpoint);
        const target = new URL(url.pathname + url.search, bot.origin);
        if (!target.searchParams.has('share') && !target.searchParams.has('dev-user')) {
            const { viewer } = await currentViewer();
            // Board:DevelopmentIdentity: ?dev-user= takes the Entra object id (what the bot stores for members).
            target.searchParams.set('dev-user', viewer.aadObjectId ?? viewer.id);
        }
        res.writeHead(302, { location: target.toString(), 'cache-control': 'no-store' });
        res.end();
    }

    // ---- the layer's own page and API ---------------------------------------------------------------

    async function handleControl(req, res, body, path) {
        const url = new URL(path, 'http://layer');
        if (url.pathname === '/_teams/dialogs' || url.pathname.startsWith('/_teams/dialogs/')) {
            return handleDialogs(req, res, body, url);
        }
        if (url.pathname === '/_teams/state' && req.method === 'GET') {
            const { viewer, currentUser } = await currentViewer();
            const since = Number(url.searchParams.get('since') ?? 0);
            return sendJson(res, 200, { locale: state.locale, viewer, currentUser, eventCount: events.length, events: events.slice(since) });
        }
        if (url.pathname === '/_teams/viewer' && (req.method === 'PUT' || req.method === 'POST')) {
            const type = String(req.headers['content-type'] ?? '');
            const wanted = type.includes('json')
                ? parseJson(body)?.user
                : new URLSearchParams(body.toString('utf8')).get('user');
            const viewer = await setViewer(wanted);
            if (type.includes('json')) {
                return sendJson(res, 200, { viewer });
            }
            res.writeHead(303, { location: '/_teams' });
            return res.end();
        }
        if (url.pathname === '/_teams' && req.method === 'GET') {
            const { viewer, currentUser, people } = { ...(await currentViewer()), ...(await tenant()) };
            const open = [...dialogs.values()].filter((d) => d.status === 'open' && d.user === viewer.id);
            const buttons = (await visibleDialogButtons()).map((b) => `<li><form method="post" action="/_teams/dialogs">`
                + `<input type="hidden" name="conversationId" value="${escapeHtml(b.conversationId)}"><input type="hidden" name="messageId" value="${escapeHtml(b.messageId)}">`
                + `<input type="hidden" name="index" value="${b.index}"><button>${escapeHtml(b.title)}</button> <small>(message ${escapeHtml(b.messageId)})</small></form></li>`).join('');
            const dialogRows = open.map((d) => `<li><a href="/_teams/dialogs/${encodeURIComponent(d.id)}">${escapeHtml(d.title || d.id)}</a></li>`).join('');
            const rows = people.map((p) => `<li><form method="post" action="/_teams/viewer"><input type="hidden" name="user" value="${escapeHtml(p.id === currentUser.id ? '' : p.id)}">`
                + `<button ${p.id === viewer.id ? 'disabled' : ''}>${escapeHtml(p.name)}</button> <code>${escapeHtml(p.id)}</code></form></li>`).join('');
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            return res.end(`<!doctype html><meta charset="utf-8"><title>Teams-laag</title>
<h1>Teams-behaviour layer</h1><p>Locale sent to the bot: <b>${escapeHtml(state.locale)}</b>.
Viewer (whose own card views the Playground page shows, and who opens the board): <b>${escapeHtml(viewer.name)}</b>.</p>
<p>Switch the viewer (the first is the Playground's current user):</p><ul>${rows}</ul>
<p>After switching, reload nothing: the layer refreshes every card with a refresh action for the new viewer.</p>
<h2>Open dialogs of ${escapeHtml(viewer.name)}</h2><ul id="dialogs">${dialogRows || '<li>none</li>'}</ul>
<h2>Dialog buttons on the cards ${escapeHtml(viewer.name)} sees</h2>
<p>The Playground page does not send these buttons (it has no dialogs); click them here, as Teams would.</p><ul id="dialog-buttons">${buttons || '<li>none</li>'}</ul>`);
        }
        return sendJson(res, 404, { error: { code: 'NotFound', message: path } });
    }

    // ---- plumbing ---------------------------------------------------------------------------------

    function requirePlayground() {
        if (!state.playgroundUrl) {
            throw new Error('The Teams layer has no Playground URL yet.');
        }
        return state.playgroundUrl;
    }

    const server = http.createServer((req, res) => {
        readBody(req).then(async (body) => {
            const path = req.url ?? '/';
            if (path === '/api/messages' || path.startsWith('/api/messages?')) {
                return handleInbound(req, res, body);
            }
            if (path.startsWith('/_connector/') || path === '/_connector') {
                return handleConnector(req, res, body, path);
            }
            if (req.method === 'GET' && /^\/board\/[^/?]+\/?(\?|$)/.test(path)) {
                return handleBoard(req, res, path);
            }
            if (path === '/_teams' || path.startsWith('/_teams/') || path.startsWith('/_teams?')) {
                return handleControl(req, res, body, path);
            }
            return sendJson(res, 404, { error: { code: 'NotFound', message: `The Teams layer does not serve ${path}` } });
        }).catch((error) => {
            record({ kind: 'error', where: req.url, message: error.message });
            if (!res.headersSent) {
                sendJson(res, 502, { error: { code: 'TeamsLayerError', message: error.message } });
            } else {
                res.destroy();
            }
        });
    });

    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', resolve);
    });
    const actualPort = server.address().port;
    baseUrl = `http://127.0.0.1:${actualPort}`;

    return {
        port: actualPort,
        baseUrl,
        messagesUrl: `${baseUrl}/api/messages`,
        get locale() { return state.locale; },
        events,
        waitForEvent,
        dialogs,
        submitDialog,
        clickDialogButton,
        setViewer,
        currentViewer,
        // The bot and the Playground are started after the layer (each needs the other's address).
        setTargets({ botEndpoint: bot, playgroundUrl: pg } = {}) {
            if (bot) state.botEndpoint = bot;
            if (pg) state.playgroundUrl = pg.replace(/\/+$/, '');
        },
        stop: () => new Promise((resolve) => {
            for (const entry of tracked.values()) clearTimeout(entry.timer);
            server.closeAllConnections?.();
            server.close(() => resolve());
        }),
    };
}

// The card of a single-attachment activity whose Adaptive Card asks for refresh, else null.
export function refreshCard(activity) {
    const attachments = activity?.attachments;
    if (!Array.isArray(attachments) || attachments.length !== 1) {
        return null;
    }
    const [attachment] = attachments;
    if (attachment?.contentType !== ADAPTIVE_CARD) {
        return null;
    }
    const content = typeof attachment.content === 'string' ? parseJson(attachment.content) : attachment.content;
    return content?.refresh?.action ? content : null;
}

function parseJson(value) {
    if (value === undefined || value === null) return null;
    const text = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
    if (!text) return null;
    try {
        return JSON.parse(text);
    } catch {
        return null;
    }
}

function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                reject(new Error('Request body too large for the Teams layer.'));
                req.destroy();
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'upgrade', 'expect']);

async function forward(method, url, headers, body) {
    const outgoing = {};
    for (const [name, value] of Object.entries(headers)) {
        if (!HOP_BY_HOP.has(name.toLowerCase()) && value !== undefined) {
            outgoing[name] = Array.isArray(value) ? value.join(', ') : value;
        }
    }
    const hasBody = !['GET', 'HEAD'].includes(method) && body.length > 0;
    const response = await fetch(url, {
        method,
        headers: outgoing,
        body: hasBody ? body : undefined,
        redirect: 'manual',
        signal: AbortSignal.timeout(60000),
    });
    const responseBody = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body: responseBody };
}

function relay(res, answer) {
    const headers = {};
    for (const name of ['content-type', 'retry-after', 'location']) {
        const value = answer.headers.get(name);
        if (value) headers[name] = value;
    }
    headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers);
    res.end(answer.body);
}

function sendJson(res, status, value) {
    const body = Buffer.from(JSON.stringify(value));
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) });
    res.end(body);
}

function escapeHtml(text) {
    return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// ---- command line (scripts/dev.sh) ------------------------------------------------------------------

function parseArgs(argv) {
    const options = {};
    for (let i = 0; i < argv.length; i += 2) {
        const [flag, value] = [argv[i], argv[i + 1]];
        if (value === undefined) throw new Error(`${flag} needs a value`);
        switch (flag) {
            case '--port': options.port = Number(value); break;
            case '--bot': options.botEndpoint = value; break;
            case '--playground': options.playgroundUrl = value; break;
            case '--locale': options.locale = value; break;
            case '--viewer': options.viewer = value || null; break;
            default: throw new Error(`unknown option ${flag}`);
        }
    }
    return options;
}

function describe(event) {
    switch (event.kind) {
        case 'inbound':
            return `${event.type}${event.name ? ` ${event.name}` : ''} from ${event.from}${event.from !== event.originalFrom ? ` (page user ${event.originalFrom})` : ''}, locale ${event.originalLocale} → ${event.locale}${event.trigger ? `, trigger ${event.trigger}` : ''}`;
        case 'refreshed':
            return `automatic refresh of message ${event.messageId} as ${event.viewer} (verb ${event.verb}): the page shows their own view`;
        case 'not-listed':
            return `message ${event.messageId}: refresh.userIds does not list the viewer ${event.viewer}; the shared card stays${event.notMri.length ? ` — ids that are not Teams MRIs: ${event.notMri.join(', ')}` : ''}`;
        case 'dialog-opened':
            return `dialog ${event.dialogId} "${event.title}" opened for ${event.user}: open /_teams/dialogs/${event.dialogId} on the layer`;
        case 'dialog-continued':
            return `dialog ${event.dialogId} shows its form again (e.g. with an error)`;
        case 'dialog-closed':
            return `dialog ${event.dialogId} closed: ${event.text}`;
        case 'card-posted':
        case 'card-updated':
        case 'sent':
            return null;
        default:
            return JSON.stringify(event);
    }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const options = parseArgs(process.argv.slice(2));
    const layer = await startTeamsBehaviourLayer({
        ...options,
        log: (event) => {
            const line = describe(event);
            if (line) console.log(`${event.at} ${line}`);
        },
    });
    console.log(`Teams layer listening on ${layer.baseUrl} (locale ${layer.locale})`);
    const stop = () => layer.stop().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
}

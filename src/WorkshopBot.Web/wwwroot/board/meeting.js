// What the meeting pages (stage.js, side.js) share: theme and language from Teams or the URL, the board
// API with the page's identity, and a poll of GET /api/boards/{id} every second with If-None-Match — the
// same board projection the board page reads, so every view shows the same facts.
import { startTeams, normaliseTheme } from './teams.js';
import { createApi, pageAuthQuery } from './api.js';
import { setLocale, t } from './strings.js';
import { werkgroepIdFromPath } from './frames.js';
import './meeting-strings.js';

const pollIntervalMs = 1000;
const maxBackoffMs = 30000;

export function startMeetingPage({ onBoard, onError, onContext }) {
    const page = new URLSearchParams(window.location.search);
    const root = document.documentElement;
    const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
    let themeFromTeams = false;
    root.dataset.theme = page.get('theme') ? normaliseTheme(page.get('theme')) : darkQuery.matches ? 'dark' : 'default';
    darkQuery.addEventListener('change', () => {
        if (!themeFromTeams && !page.get('theme')) {
            root.dataset.theme = darkQuery.matches ? 'dark' : 'default';
        }
    });
    setLocale(page.get('lang') ?? navigator.language);

    const werkgroepId = werkgroepIdFromPath();
    const teams = startTeams();
    const api = createApi({ query: pageAuthQuery(), getToken: (force) => teams.getToken(force) });
    let etag = null;
    let board = null;
    let failures = 0;
    let timer = 0;

    async function poll() {
        clearTimeout(timer);
        let next = pollIntervalMs;
        if (document.hidden && board) {
            return;
        }
        try {
            const result = await api.getBoard(werkgroepId, etag);
            failures = 0;
            if (!result.notModified) {
                const first = !board;
                board = result.board;
                etag = result.etag;
                onBoard(board);
                if (first) {
                    teams.notifyLoaded();
                }
            }
            onError(null);
        } catch (err) {
            failures += 1;
            next = Math.min(maxBackoffMs, pollIntervalMs * 2 ** failures);
            onError(err.message || t('error.generic'));
        }
        timer = setTimeout(poll, next);
    }

    document.addEventListener('visibilitychange', () => {
        if (!document.hidden) {
            poll();
        }
    });

    const applyContext = (context) => {
        if (!context) {
            return;
        }
        themeFromTeams = true;
        if (context.app?.locale && !page.get('lang')) {
            setLocale(context.app.locale);
        }
        root.dataset.theme = page.get('theme') ? root.dataset.theme : normaliseTheme(context.app?.theme);
        onContext?.(context);
        if (board) {
            onBoard(board);
        }
    };

    (async () => {
        if (!werkgroepId) {
            onError(t('error.noWerkgroep'));
            return;
        }
        const context = await teams.quickContext();
        applyContext(context);
        if (!context) {
            teams.onLateContext(applyContext);
        }
        teams.onThemeChange((theme) => {
            themeFromTeams = true;
            root.dataset.theme = normaliseTheme(theme);
        });
        poll();
    })();

    return { werkgroepId, api, teams, poll, board: () => board };
}

// The step the moderator is working on (the board's currentStep), as the board page finds it.
export function currentStepOf(board) {
    const steps = board.steps ?? [];
    return steps.find((s) => s.number === board.werkgroep?.currentStep) ?? steps.find((s) => s.state === 'open') ?? steps[0] ?? null;
}

// Notes as the server sends them lean (author as an index into board.authors), expanded for rendering.
export function notesOf(board, step) {
    const authors = Array.isArray(board.authors) ? board.authors : [];
    return (step?.notes ?? []).map((note, order) => {
        const author = authors[note.by] ?? {};
        return {
            ...note,
            authorName: author.name ?? '',
            organisation: author.organisation ?? null,
            colour: author.colour ?? null,
            votes: Number(note.votes) || 0,
            cluster: note.cluster || null,
            mine: Boolean(note.mine),
            order,
        };
    });
}

export function countText(n, one, many) {
    return n === 1 ? t(one) : t(many, { n });
}

// Seconds left on the werkgroep's timer, or null when none runs.
export function secondsLeft(board, now = Date.now()) {
    const endsAt = board?.timer?.endsAt ? Date.parse(board.timer.endsAt) : NaN;
    return Number.isNaN(endsAt) ? null : Math.max(0, Math.round((endsAt - now) / 1000));
}

export function clock(seconds) {
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

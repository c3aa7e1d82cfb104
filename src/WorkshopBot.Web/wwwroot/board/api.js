// Talks to the board API. Auth is one of: Teams SSO Bearer token, ?share=<token> (read-only partners),
// or ?dev-user=<id> (local development only); the last two are copied from the page URL to every call.
import { t } from './strings.js';

export class ApiError extends Error {
    constructor(status, title, code) {
        super(title);
        this.status = status;
        this.code = code ?? null;
    }
}

export function pageAuthQuery(search = window.location.search) {
    const page = new URLSearchParams(search);
    const query = new URLSearchParams();
    for (const name of ['share', 'dev-user']) {
        const value = page.get(name);
        if (value) {
            query.set(name, value);
        }
    }
    return query;
}

export function withQuery(url, query) {
    const target = new URL(url, window.location.origin);
    for (const [name, value] of query) {
        if (!target.searchParams.has(name)) {
            target.searchParams.set(name, value);
        }
    }
    return target.origin === window.location.origin ? target.pathname + target.search : target.href;
}

async function problemFrom(response) {
    let title = null;
    let code = null;
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json')) {
        try {
            const body = await response.json();
            title = typeof body.title === 'string' ? body.title : null;
            code = typeof body.code === 'string' ? body.code : null;
        } catch {
            // A broken error body still gets the generic message below.
        }
    }
    const fallback = {
        400: 'error.400', 401: 'error.401', 403: 'error.403', 404: 'error.404', 409: 'error.409',
    }[response.status] ?? 'error.generic';
    return new ApiError(response.status, title ?? t(fallback), code);
}

// A fresh key per user action (crypto.randomUUID needs a secure context: Teams and loopback are).
export function newIdempotencyKey() {
    if (typeof crypto.randomUUID === 'function') {
        return crypto.randomUUID();
    }
    return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// True when we cannot know whether the server applied the action: no answer, a gateway or busy answer,
// or the server still working on the first attempt. Only then is it safe and useful to send it again.
export function outcomeUnknown(err) {
    return err instanceof ApiError
        && (err.status === 0 || err.status === 502 || err.status === 503 || err.status === 504 || err.code === 'action-in-progress');
}

const actionRetryDelaysMs = [400, 1200];

export function createApi({ query, getToken, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) }) {
    const usesTeamsAuth = !query.has('share') && !query.has('dev-user');

    async function send(url, init = {}, retried = false) {
        const headers = new Headers(init.headers);
        if (usesTeamsAuth) {
            const token = await getToken(retried).catch(() => null);
            if (token) {
                headers.set('Authorization', `Bearer ${token}`);
            }
        }
        let response;
        try {
            response = await fetch(withQuery(url, query), { ...init, headers, cache: 'no-store', credentials: 'same-origin' });
        } catch {
            throw new ApiError(0, t('error.network'), 'network');
        }
        if (response.status === 401 && usesTeamsAuth && !retried) {
            return send(url, init, true);
        }
        return response;
    }

    return {
        // Returns {notModified:true} or {board, etag}.
        async getBoard(werkgroepId, etag) {
            const response = await send(`/api/boards/${encodeURIComponent(werkgroepId)}`, {
                headers: etag ? { 'If-None-Match': etag, Accept: 'application/json' } : { Accept: 'application/json' },
            });
            if (response.status === 304) {
                return { notModified: true };
            }
            if (!response.ok) {
                throw await problemFrom(response);
            }
            return { board: await response.json(), etag: response.headers.get('ETag') };
        },

        // Retries with the same Idempotency-Key while the outcome is unknown; the server applies an action
        // at most once per key and answers a repeat with the first outcome.
        async postAction(werkgroepId, verb, data, idempotencyKey = newIdempotencyKey()) {
            for (let attempt = 0; ; attempt += 1) {
                try {
                    const response = await send(`/api/boards/${encodeURIComponent(werkgroepId)}/actions`, {
                        method: 'POST',
                        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
                        body: JSON.stringify({ verb, data }),
                    });
                    if (!response.ok) {
                        throw await problemFrom(response);
                    }
                    return await response.json();
                } catch (err) {
                    if (attempt >= actionRetryDelaysMs.length || !outcomeUnknown(err)) {
                        throw err;
                    }
                    await sleep(actionRetryDelaysMs[attempt]);
                }
            }
        },

        // The moderator's share links with their URLs (tokens): never part of the polled board.
        async getShareLinks(werkgroepId) {
            const response = await send(`/api/boards/${encodeURIComponent(werkgroepId)}/share-links`, { headers: { Accept: 'application/json' } });
            if (!response.ok) {
                throw await problemFrom(response);
            }
            return response.json();
        },

        async getJson(url) {
            const response = await send(url, { headers: { Accept: 'application/json' } });
            if (!response.ok) {
                throw await problemFrom(response);
            }
            return response.json();
        },

        // An image (the progress charts) as a blob, fetched with the token like everything else.
        async getBlob(url) {
            const response = await send(url);
            if (!response.ok) {
                throw await problemFrom(response);
            }
            return response.blob();
        },

        // Downloads go through fetch because a plain link cannot carry the Teams Bearer token.
        async download(url, fallbackName) {
            const response = await send(url);
            if (!response.ok) {
                throw await problemFrom(response);
            }
            const disposition = response.headers.get('content-disposition') ?? '';
            const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
            const name = match ? decodeURIComponent(match[1]) : fallbackName;
            const blobUrl = URL.createObjectURL(await response.blob());
            const link = document.createElement('a');
            link.href = blobUrl;
            link.download = name;
            document.body.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(blobUrl), 10000);
            return name;
        },
    };
}

// Teams JS SDK glue. The page must also work as a plain web page (share links, local dev), where the SDK
// is missing or app.initialize() never answers; the board must not wait for it longer than about 1 s.
const quickTimeoutMs = 900;
const tokenTimeoutMs = 8000;

function withTimeout(promise, ms) {
    return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

// Teams hosts a tab in an iframe (web/desktop) or a webview with a native bridge (mobile); a top-level
// browser window without those is certainly not Teams, so we skip the SDK there entirely.
function mightBeTeams() {
    return window.parent !== window || Boolean(window.opener) || Boolean(window.nativeInterface)
        || /\bTeams\//.test(navigator.userAgent);
}

function jwtExpiry(token) {
    try {
        const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
        return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
    } catch {
        return 0;
    }
}

export function startTeams() {
    const sdk = window.microsoftTeams;
    const state = { inTeams: false, context: null, cachedToken: null, cachedUntil: 0 };
    const initialized = sdk?.app && mightBeTeams()
        ? withTimeout(sdk.app.initialize(), tokenTimeoutMs).then(() => sdk.app.getContext()).then((ctx) => {
            state.inTeams = true;
            state.context = ctx;
            return ctx;
        })
        : Promise.reject(new Error('not in Teams'));
    initialized.catch(() => {});

    return {
        // Resolves within ~1 s: the Teams context, or null outside Teams (or when Teams is too slow;
        // then onLateContext still delivers it).
        quickContext: () => withTimeout(initialized, quickTimeoutMs).catch(() => null),
        onLateContext: (callback) => { initialized.then(callback, () => {}); },
        get inTeams() { return state.inTeams; },
        onThemeChange(callback) {
            initialized.then(() => sdk.app.registerOnThemeChangeHandler(callback), () => {});
        },
        // A Teams SSO token, or null outside Teams. forceRefresh after a 401.
        async getToken(forceRefresh = false) {
            try {
                await initialized;
            } catch {
                return null;
            }
            if (!forceRefresh && state.cachedToken && Date.now() < state.cachedUntil) {
                return state.cachedToken;
            }
            const token = await withTimeout(sdk.authentication.getAuthToken(), tokenTimeoutMs);
            state.cachedToken = token;
            state.cachedUntil = (jwtExpiry(token) || Date.now() + 5 * 60000) - 60000;
            return token;
        },
    };
}

// Maps a Teams theme name ("default" | "dark" | "contrast") to our data-theme values.
export function normaliseTheme(name) {
    return name === 'dark' || name === 'contrast' ? name : 'default';
}

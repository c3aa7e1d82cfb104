// Teams JS SDK glue. The page must also work as a plain web page (share links, local dev), where the SDK
// is missing or app.initialize() never answers; the board must not wait for it longer than about 1 s.
const quickTimeoutMs = 900;
const tokenTimeoutMs = 8000;

function withTimeout(promise, ms) {
    return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

// Teams hosts a tab in an iframe (web/desktop) or a webview with a native bridge (mobile); a top-level
// browser window without those is certainly not Teams, so we skip the SDK there entirely.
// Where the browser names the embedding origins (Chromium, Safari), an iframe inside a page that is not
// a Microsoft 365 host is not Teams either: skip the SDK instead of waiting for it to time out.
const microsoftHosts = /(^|\.)(microsoft\.com|cloud\.microsoft|office\.com|office365\.com|office\.net|microsoft365\.com|sharepoint\.com|skype\.com|live\.com|microsoftonline\.com)$/i;

function framedByNonMicrosoftPage() {
    const ancestors = window.location.ancestorOrigins;
    if (!ancestors || ancestors.length === 0) {
        return false;
    }
    return [...ancestors].every((origin) => {
        try {
            return !microsoftHosts.test(new URL(origin).hostname);
        } catch {
            return true;
        }
    });
}

function mightBeTeams() {
    if (window.parent !== window) {
        return !framedByNonMicrosoftPage();
    }
    return Boolean(window.opener) || Boolean(window.nativeInterface) || /\bTeams\//.test(navigator.userAgent);
}

function jwtExpiry(token) {
    try {
        const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
        return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
    } catch {
        return 0;
    }
}

// The SDK is only loaded where Teams is possible: on its own it already calls a Microsoft CDN
// (validDomains.json), which a partner opening a share link in a plain browser should not cause.
function loadSdk(src) {
    if (window.microsoftTeams?.app) {
        return Promise.resolve(window.microsoftTeams);
    }
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.async = true;
        script.onload = () => (window.microsoftTeams?.app ? resolve(window.microsoftTeams) : reject(new Error('no SDK')));
        script.onerror = () => reject(new Error('SDK failed to load'));
        document.head.append(script);
    });
}

export function startTeams(sdkSrc = '/lib/teams-js/MicrosoftTeams.min.js') {
    const state = { inTeams: false, context: null, cachedToken: null, cachedUntil: 0 };
    let sdk = null;
    const initialized = mightBeTeams()
        ? withTimeout(loadSdk(sdkSrc), tokenTimeoutMs)
            .then((loaded) => {
                sdk = loaded;
                return withTimeout(sdk.app.initialize(), tokenTimeoutMs);
            })
            .then(() => sdk.app.getContext())
            .then((ctx) => {
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
        // The SDK once Teams has initialised (rejects outside Teams); for pages that cannot work without it.
        whenReady: () => initialized.then(() => sdk),
        // Tells Teams the page has loaded, in case the manifest asks for a loading indicator.
        notifyLoaded() {
            initialized.then(() => sdk.app.notifySuccess?.(), () => {});
        },
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

// Configuration page of the Teams configurable tab: pick a werkgroep; Teams saves a tab pointing at
// /board/{id}. Works in a plain browser with ?dev-user=<id> for local development (then nothing is saved).
import { startTeams, normaliseTheme } from '/board/teams.js';
import { createApi, pageAuthQuery } from '/board/api.js';
import { setLocale, t } from '/board/strings.js';
import { h } from '/board/dom.js';

const page = new URLSearchParams(window.location.search);
const root = document.documentElement;
root.dataset.theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
setLocale(page.get('lang') ?? navigator.language);

const english = root.lang === 'en';
const text = english
    ? {
        title: 'Add the board of a working group',
        intro: 'Choose the working group whose board this tab shows. Everyone here then sees that board, as far as they have access to it.',
        loading: 'Loading working groups…',
        legend: 'Working group',
        none: 'You are not a member of any working group yet. Ask the project leader to add you.',
        chosen: 'Chosen: {name}. Select Save to add the tab.',
        privacy: 'Privacy statement',
        terms: 'Terms of use',
        tabName: 'Board – {name}',
        saveFailed: 'The tab could not be saved. Try again.',
    }
    : {
        title: 'Bord van een werkgroep toevoegen',
        intro: 'Kies de werkgroep waarvan je het bord als tabblad wilt tonen. Iedereen hier ziet daarna het bord van die werkgroep, voor zover hij daar toegang toe heeft.',
        loading: 'Werkgroepen laden…',
        legend: 'Werkgroep',
        none: 'Je hoort nog bij geen enkele werkgroep. Vraag de projectleider om je toe te voegen.',
        chosen: 'Gekozen: {name}. Kies Opslaan om het tabblad toe te voegen.',
        privacy: 'Privacyverklaring',
        terms: 'Gebruiksvoorwaarden',
        tabName: 'Bord – {name}',
        saveFailed: 'Het tabblad kon niet worden opgeslagen. Probeer het opnieuw.',
    };
const fill = (template, vars) => template.replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? '');

document.title = text.title;
document.getElementById('config-title').textContent = text.title;
document.getElementById('config-intro').textContent = text.intro;
document.getElementById('config-legend').textContent = text.legend;
document.getElementById('privacy-link').textContent = text.privacy;
document.getElementById('terms-link').textContent = text.terms;
const status = document.getElementById('config-status');
status.textContent = text.loading;
const alertBox = document.getElementById('alert');
const form = document.getElementById('config-form');
const list = document.getElementById('config-list');

function showAlert(message) {
    alertBox.replaceChildren(h('p', { text: message }));
    alertBox.classList.add('is-visible');
}

const teams = startTeams();
const api = createApi({ query: pageAuthQuery(), getToken: (force) => teams.getToken(force) });
let chosen = null;

function onChoose(werkgroep, sdk) {
    chosen = werkgroep;
    status.textContent = fill(text.chosen, { name: werkgroep.name });
    sdk?.pages.config.setValidityState(true);
}

async function start() {
    const context = await teams.quickContext();
    if (context) {
        root.dataset.theme = normaliseTheme(context.app?.theme);
        if (context.app?.locale && !page.get('lang')) {
            setLocale(context.app.locale);
        }
    }
    teams.onThemeChange((theme) => { root.dataset.theme = normaliseTheme(theme); });
    const sdk = await teams.whenReady().catch(() => null);
    if (sdk) {
        sdk.pages.config.setValidityState(false);
        sdk.pages.config.registerOnSaveHandler((saveEvent) => {
            if (!chosen) {
                saveEvent.notifyFailure(text.saveFailed);
                return;
            }
            const url = `${window.location.origin}/board/${encodeURIComponent(chosen.id)}`;
            sdk.pages.config.setConfig({
                contentUrl: url,
                websiteUrl: url,
                entityId: chosen.id,
                suggestedDisplayName: fill(text.tabName, { name: chosen.name }),
            }).then(() => saveEvent.notifySuccess(), () => saveEvent.notifyFailure(text.saveFailed));
        });
        teams.notifyLoaded();
    }
    // The chat, channel or meeting the tab is being added to: the API marks the werkgroep bound to it.
    const teamsContext = context ?? (sdk ? await sdk.app.getContext().catch(() => null) : null);
    const conversationId = teamsContext?.chat?.id ?? teamsContext?.channel?.id ?? null;
    const url = conversationId ? `/api/me/werkgroepen?conversationId=${encodeURIComponent(conversationId)}` : '/api/me/werkgroepen';
    let werkgroepen;
    try {
        werkgroepen = await api.getJson(url);
    } catch (err) {
        status.textContent = '';
        showAlert(err.message || t('error.generic'));
        return;
    }
    if (werkgroepen.length === 0) {
        status.textContent = text.none;
        return;
    }
    list.replaceChildren(...werkgroepen.map((werkgroep) => {
        const id = `wg-${werkgroep.id}`;
        const roleId = `${id}-role`;
        const input = h('input', { type: 'radio', name: 'werkgroep', id, value: werkgroep.id, 'aria-describedby': roleId });
        input.addEventListener('change', () => onChoose(werkgroep, sdk));
        const label = werkgroep.trajectName ? `${werkgroep.name} — ${werkgroep.trajectName}` : werkgroep.name;
        return h('li', { class: 'check-row' }, input,
            h('label', { for: id, text: label }),
            h('span', { class: 'hint', id: roleId, text: ` (${t(`role.${werkgroep.role}`)})` }));
    }));
    form.hidden = false;
    status.textContent = '';
    // Reconfiguring an existing tab keeps its werkgroep; a new tab starts at the conversation's werkgroep.
    const configured = sdk ? (await sdk.pages.getConfig().catch(() => null))?.entityId : null;
    const match = werkgroepen.find((w) => w.id === configured) ?? werkgroepen.find((w) => w.current);
    if (match) {
        document.getElementById(`wg-${match.id}`).checked = true;
        onChoose(match, sdk);
    }
}

start();

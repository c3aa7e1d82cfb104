// Entry point of the board page: /board/{werkgroepId}[?share=<token>|?dev-user=<id>].
// Polls the board every second with If-None-Match, re-renders in place and announces changes politely.
import { startTeams, normaliseTheme } from './teams.js';
import { createApi, pageAuthQuery, newIdempotencyKey, outcomeUnknown } from './api.js';
import { setLocale, locale, t, formatDate } from './strings.js';
import { h, shorten } from './dom.js';
import { renderColumns } from './columns.js';
import { renderDetails, renderLegend } from './details.js';
import { createDialogHost } from './dialogs.js';
import { installWallMoves } from './wall-moves.js';
import { installItemActions } from './items.js';
import { installWallItems, applyItemHighlight } from './wall-items.js';
import { framePageUrl } from './frames.js';
import { createProgress } from './progress.js';

const pollIntervalMs = 1000;
const maxBackoffMs = 30000;
const page = new URLSearchParams(window.location.search);
const root = document.documentElement;

// Theme before anything renders: the OS preference outside Teams, replaced by the Teams theme inside it.
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
function applyTheme(theme) {
    root.dataset.theme = theme;
    if (state) {
        state.ctx.theme = theme;
        render();
    }
}
let state = null;
let themeFromTeams = false;
root.dataset.theme = page.get('theme') ? normaliseTheme(page.get('theme')) : darkQuery.matches ? 'dark' : 'default';
darkQuery.addEventListener('change', () => {
    if (!themeFromTeams && !page.get('theme')) {
        applyTheme(darkQuery.matches ? 'dark' : 'default');
    }
});
setLocale(page.get('lang') ?? navigator.language);

const werkgroepId = decodeURIComponent(window.location.pathname.replace(/\/+$/, '').split('/').pop() ?? '');
const teams = startTeams();
const api = createApi({ query: pageAuthQuery(), getToken: (force) => teams.getToken(force) });
const progress = createProgress(document.getElementById('progress'), api, werkgroepId);

const els = {
    title: document.getElementById('board-title'),
    subtitle: document.getElementById('board-subtitle'),
    viewer: document.getElementById('viewer'),
    live: document.getElementById('live-status'),
    timer: document.getElementById('timer'),
    toolbar: document.getElementById('toolbar'),
    banner: document.getElementById('readonly-banner'),
    alert: document.getElementById('alert'),
    announcer: document.getElementById('announcer'),
    nav: document.getElementById('step-nav'),
    legend: document.getElementById('legend'),
    loading: document.getElementById('loading'),
    columns: document.getElementById('columns'),
    details: document.getElementById('details'),
    skip: document.getElementById('skip-link'),
};
const dialogs = createDialogHost();
installItemActions({ getBoard: () => state?.board, act, dialogs, announce });

state = {
    board: null,
    etag: null,
    failures: 0,
    pollTimer: 0,
    polling: false,
    pollAgain: false,
    lastOwnActionAt: 0,
    pollErrorShown: null,
    followCurrentStep: true,
    timerDoneAnnounced: null,
    ctx: {
        theme: root.dataset.theme,
        locale: locale(),
        sort: 'oldest',
        selectedStep: null,
        openMenus: new Set(),
        openTargets: new Set(),
        openDetails: new Set(),
        selectedItem: null,
        columnCache: new Map(),
        detailsKey: null,
        legendKey: null,
        onAddNotes: (step, textarea, form) => addNotes(step, textarea, form),
    },
};

// ---------- messages ----------

function announce(message) {
    if (!message) {
        return;
    }
    els.announcer.textContent = '';
    // A fresh text node after a tick makes screen readers repeat an identical message too.
    setTimeout(() => { els.announcer.textContent = message; }, 60);
}

function showAlert(message) {
    if (els.alert.dataset.message === message) {
        return;
    }
    els.alert.dataset.message = message;
    const close = h('button', { type: 'button', class: 'btn btn-small btn-subtle', 'aria-label': t('alert.close') }, '✕');
    close.addEventListener('click', () => clearAlert(true));
    els.alert.replaceChildren(h('p', { text: message }), close);
    els.alert.classList.add('is-visible');
}

function clearAlert(moveFocus = false) {
    const hadFocus = els.alert.contains(document.activeElement);
    delete els.alert.dataset.message;
    els.alert.replaceChildren();
    els.alert.classList.remove('is-visible');
    if (moveFocus && hadFocus) {
        els.columns.focus();
    }
}

function setLive(kind, seconds) {
    els.live.dataset.state = kind;
    els.live.textContent = kind === 'ok' ? t('live.ok') : kind === 'paused' ? t('live.paused') : t('live.retry', { s: seconds });
}

// ---------- rendering ----------

// After a live update replaced the focused control, focus its successor (same data-focus-key); if that
// is gone or disabled (e.g. Stem with no votes left), the nearest usable control of the same note.
function restoreFocus(focusKey) {
    if (!focusKey || (document.activeElement && document.activeElement !== document.body && document.activeElement.isConnected)) {
        return;
    }
    const usable = (el) => el && !el.disabled && !el.closest('[hidden]');
    const same = document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    if (usable(same)) {
        same.focus();
        return;
    }
    const noteId = focusKey.includes(':') ? focusKey.slice(focusKey.indexOf(':') + 1) : null;
    const note = noteId ? document.querySelector(`li.note[data-note-id="${CSS.escape(noteId)}"]`) : null;
    const fallback = note ? [...note.querySelectorAll('button')].find(usable) : null;
    if (fallback) {
        fallback.focus();
    } else if (note) {
        note.setAttribute('tabindex', '-1');
        note.focus();
    }
}

function render() {
    const board = state.board;
    if (!board) {
        return;
    }
    const focusKey = document.activeElement?.dataset?.focusKey;
    const ctx = state.ctx;
    ctx.locale = locale();
    if (ctx.selectedStep === null || (state.followCurrentStep && ctx.selectedStep !== board.werkgroep.currentStep)) {
        ctx.selectedStep = board.werkgroep.currentStep;
    }
    els.loading.hidden = true;
    document.title = t('app.title', { name: board.werkgroep.name });
    els.title.textContent = board.werkgroep.name;
    els.subtitle.textContent = [board.werkgroep.trajectName, board.werkgroep.gemeente, board.werkgroep.theme].filter(Boolean).join(' · ');
    const viewer = board.viewer;
    els.viewer.textContent = `${viewer.organisation ? t('viewer.youOrg', viewer) : t('viewer.you', viewer)} · ${t(`role.${viewer.role}`)}`;
    const readOnly = viewer.role === 'reader' || !viewer.canEdit;
    els.banner.hidden = !readOnly;
    els.banner.textContent = t('readonly.banner');
    root.dataset.role = viewer.role;
    renderToolbar(board);
    renderNav(board);
    renderLegend(els.legend, board, ctx);
    renderColumns(els.columns, board, ctx);
    applyItemHighlight(els.columns, board, ctx);
    renderDetails(els.details, board, ctx);
    progress.refresh();
    updateTimer();
    restoreFocus(focusKey);
}

function renderNav(board) {
    const key = JSON.stringify([board.steps.map((s) => [s.number, s.name, s.state, s.notes.length, s.items]), board.werkgroep.currentStep, state.ctx.selectedStep, state.ctx.locale]);
    if (els.nav.dataset.key === key) {
        return;
    }
    els.nav.dataset.key = key;
    els.nav.setAttribute('aria-label', t('nav.label'));
    els.nav.replaceChildren(h('ul', {}, board.steps.map((step) => h('li', {},
        h('button', {
            type: 'button', class: 'step-tab', 'data-action': 'select-step', 'data-step': String(step.number),
            'data-focus-key': `nav:${step.number}`, 'aria-pressed': state.ctx.selectedStep === step.number ? 'true' : 'false',
            'aria-current': board.werkgroep.currentStep === step.number ? 'step' : null,
        },
        h('span', { class: 'step-tab-number', text: t('nav.step', { n: step.number }) }),
        h('span', { class: 'step-tab-name', text: ` ${step.name}` }),
        // The count is the step's notes and its worked-out items together (results, indicators, ...).
        h('span', { class: 'step-tab-count', text: ` (${step.notes.length + step.items})` }),
        h('span', { class: 'visually-hidden', text: `: ${t('wall.laneCount', { notes: step.notes.length, items: step.items })}` }))))));
}

function renderToolbar(board) {
    const isModerator = board.viewer.role === 'moderator' && board.viewer.canEdit;
    const canEdit = board.viewer.role !== 'reader' && board.viewer.canEdit;
    const activeShareLinks = isModerator ? board.activeShareLinks ?? 0 : 0;
    const exportsKey = JSON.stringify([board.exports ?? null, isModerator, canEdit, activeShareLinks, state.ctx.locale]);
    if (els.toolbar.dataset.key === exportsKey) {
        return;
    }
    els.toolbar.dataset.key = exportsKey;
    const sort = h('select', { id: 'sort', 'data-focus-key': 'sort' },
        h('option', { value: 'oldest', text: t('sort.oldest') }),
        h('option', { value: 'votes', text: t('sort.votes') }));
    sort.value = state.ctx.sort;
    sort.addEventListener('change', () => {
        state.ctx.sort = sort.value;
        render();
    });
    const formats = [['docx', 'Word'], ['xlsx', 'Excel'], ['md', 'Markdown'], ['csv', 'CSV'], ['json', 'JSON']]
        .filter(([format]) => board.exports?.[format]);
    const exportMenu = h('div', { id: 'export-menu', class: 'export-menu', hidden: true, role: 'group', 'aria-label': t('exports.heading') },
        formats.map(([format, label]) => h('button', {
            type: 'button', class: 'btn btn-small', 'data-action': 'export', 'data-format': format, 'data-focus-key': `export:${format}`,
            'aria-label': t('exports.label', { format: label }),
        }, label)),
        h('button', { type: 'button', class: 'btn btn-small', 'data-action': 'print', 'data-focus-key': 'print' }, t('exports.print')));
    const exportToggle = h('button', {
        type: 'button', class: 'btn', 'aria-expanded': 'false', 'aria-controls': 'export-menu', 'data-focus-key': 'export-toggle',
    }, t('exports.heading'), h('span', { 'aria-hidden': 'true', text: '▾' }));
    exportToggle.addEventListener('click', () => {
        const open = exportMenu.hidden;
        exportMenu.hidden = !open;
        exportToggle.setAttribute('aria-expanded', String(open));
    });
    els.toolbar.replaceChildren(...[
        h('div', { class: 'toolbar-item' }, h('label', { for: 'sort', text: t('sort.label') }), sort),
        h('div', { class: 'toolbar-item' }, exportToggle),
        canEdit ? h('div', { class: 'toolbar-item' },
            h('button', { type: 'button', class: 'btn', 'data-action': 'my-organisation', 'data-focus-key': 'my-organisation' }, t('org.button'))) : null,
        isModerator ? h('div', { class: 'toolbar-item' },
            h('button', { type: 'button', class: 'btn', 'data-action': 'share-links', 'data-focus-key': 'share-links' }, t('share.heading'),
                activeShareLinks > 0 ? h('span', { class: 'share-count', text: ` (${t('share.activeCount', { n: activeShareLinks })})` }) : null)) : null,
        exportMenu,
    ].filter(Boolean));
}

function updateTimer() {
    const endsAt = state.board?.timer?.endsAt ? Date.parse(state.board.timer.endsAt) : NaN;
    if (Number.isNaN(endsAt)) {
        els.timer.hidden = true;
        return;
    }
    const left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    els.timer.hidden = false;
    if (left === 0) {
        els.timer.textContent = t('timer.done');
        if (state.timerDoneAnnounced !== state.board.timer.endsAt) {
            state.timerDoneAnnounced = state.board.timer.endsAt;
            announce(t('timer.done'));
        }
    } else {
        els.timer.textContent = t('timer.running', { time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` });
    }
}
setInterval(updateTimer, 1000);

// ---------- change announcements ----------

function describeChanges(before, after) {
    if (!before) {
        return '';
    }
    const recentOwnAction = Date.now() - state.lastOwnActionAt < 3000;
    const parts = [];
    for (const step of after.steps) {
        const old = before.steps.find((s) => s.number === step.number);
        if (!old) {
            continue;
        }
        const oldIds = new Set(old.notes.map((n) => n.id));
        const newIds = new Set(step.notes.map((n) => n.id));
        const added = step.notes.filter((n) => !oldIds.has(n.id) && !n.mine).length;
        const removed = old.notes.filter((n) => !newIds.has(n.id)).length;
        if (added > 0) {
            parts.push(added === 1 ? t('announce.new1', { n: step.number }) : t('announce.newN', { count: added, n: step.number }));
        }
        if (removed > 0 && !recentOwnAction) {
            parts.push(removed === 1 ? t('announce.gone1', { n: step.number }) : t('announce.goneN', { count: removed, n: step.number }));
        }
        const oldClusters = new Map(old.notes.map((n) => [n.id, n.cluster]));
        const reclustered = step.notes.filter((n) => oldClusters.has(n.id) && oldClusters.get(n.id) !== n.cluster).length;
        if (reclustered > 0 && !recentOwnAction) {
            parts.push(reclustered === 1 ? t('announce.clustered1', { n: step.number }) : t('announce.clusteredN', { count: reclustered, n: step.number }));
        }
        if (!recentOwnAction && old.state !== step.state) {
            parts.push(t('announce.state', { n: step.number, state: t(`step.state.${step.state}`).toLowerCase() }));
        }
        if (!recentOwnAction && old.silent && !step.silent) {
            parts.push(t('announce.revealed', { n: step.number }));
        }
        if (!recentOwnAction && !old.silent && step.silent) {
            parts.push(t('announce.silent', { n: step.number }));
        }
    }
    if (parts.length === 0) {
        return '';
    }
    const sentence = parts.join(', ');
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

// ---------- polling ----------

// Fills gaps in a server answer so one missing field cannot break the whole page. The server sends notes
// lean (author as an index into board.authors, default values left out, oldest first without a timestamp);
// the rest of the page works on full notes, so they are expanded here.
function normalise(board) {
    const authors = Array.isArray(board.authors) ? board.authors : [];
    // During an open round the server leaves the totals out (voting.countsHidden): hidden, not zero.
    const hiddenStep = board.voting?.countsHidden ? board.voting.step : null;
    const steps = (board.steps ?? []).map((step) => ({
        ...step,
        countsHidden: step.number === hiddenStep,
        state: step.state ?? 'closed',
        silent: Boolean(step.silent),
        hiddenNotes: Number(step.hiddenNotes) || 0,
        items: Number(step.items) || 0,
        notes: (step.notes ?? []).map((note, order) => {
            const author = authors[note.by] ?? {};
            return {
                ...note,
                text: note.text ?? '',
                mergedTexts: Array.isArray(note.mergedTexts) ? note.mergedTexts : [],
                authorName: author.name ?? '',
                organisation: author.organisation ?? null,
                colour: author.colour ?? null,
                votes: Number(note.votes) || 0,
                countsHidden: step.number === hiddenStep,
                myVotes: Number(note.myVotes) || 0,
                status: note.status ?? 'idee',
                cluster: note.cluster || null,
                mine: Boolean(note.mine),
                edited: Boolean(note.edited),
                coachingOpen: Number(note.coachingOpen) || 0,
                order,
            };
        }),
    }));
    const werkgroep = { ...board.werkgroep };
    if (!steps.some((s) => s.number === werkgroep.currentStep)) {
        werkgroep.currentStep = (steps.find((s) => s.state === 'open') ?? steps[0])?.number ?? null;
    }
    const viewer = board.viewer ?? { name: '', organisation: null, role: 'reader', canEdit: false };
    return { ...board, werkgroep, viewer, steps, voting: board.voting ?? null, timer: board.timer ?? null };
}

function schedule(ms) {
    clearTimeout(state.pollTimer);
    state.pollTimer = setTimeout(poll, ms);
}

async function poll() {
    clearTimeout(state.pollTimer);
    if (state.polling) {
        state.pollAgain = true;
        return;
    }
    if (document.hidden && state.board) {
        setLive('paused');
        return;
    }
    state.polling = true;
    let next = pollIntervalMs;
    try {
        const result = await api.getBoard(werkgroepId, state.etag);
        state.failures = 0;
        if (state.pollErrorShown && els.alert.dataset.message === state.pollErrorShown) {
            clearAlert();
        }
        state.pollErrorShown = null;
        if (!result.notModified) {
            const before = state.board;
            state.board = normalise(result.board);
            state.etag = result.etag;
            render();
            announce(describeChanges(before, state.board));
            if (!before) {
                performance.mark('board-first-render');
                teams.notifyLoaded();
            }
        }
        setLive('ok');
    } catch (err) {
        state.failures += 1;
        next = Math.min(maxBackoffMs, pollIntervalMs * 2 ** state.failures);
        setLive('retry', Math.round(next / 1000));
        if (err.status !== 0 || !state.board || state.failures >= 3) {
            state.pollErrorShown = err.message;
            showAlert(err.message);
        }
        if (!state.board) {
            els.loading.textContent = err.message;
        }
    } finally {
        state.polling = false;
    }
    if (state.pollAgain) {
        state.pollAgain = false;
        next = 0;
    }
    schedule(next);
}

document.addEventListener('visibilitychange', () => {
    if (!document.hidden) {
        poll();
    }
});

// ---------- actions ----------

// One idempotency key per user action: api.postAction retries with it, so a request that timed out but
// did arrive is not applied twice.
// The board speaks the server's one command vocabulary (the same verbs as the Teams cards).
const stepStateVerbs = { open: 'openStep', closed: 'closeStep', locked: 'lockStep' };

async function act(verb, data, idempotencyKey = newIdempotencyKey()) {
    state.lastOwnActionAt = Date.now();
    const result = await api.postAction(werkgroepId, verb, data, idempotencyKey);
    state.lastOwnActionAt = Date.now();
    poll();
    return result;
}

function findNote(noteId) {
    for (const step of state.board?.steps ?? []) {
        const note = step.notes.find((n) => n.id === noteId);
        if (note) {
            return { note, step };
        }
    }
    return null;
}

const pendingAdds = new WeakMap();

async function addNotes(stepNumber, textarea, form) {
    const text = textarea.value;
    const submit = form.querySelector('button[type=submit]');
    if (text.trim() === '') {
        form.querySelector('.add-status').textContent = t('add.empty');
        textarea.focus();
        return;
    }
    // A busy flag rather than disabling the button: a disabled button drops keyboard focus.
    if (submit.disabled || form.dataset.busy) {
        return;
    }
    form.dataset.busy = 'true';
    submit.setAttribute('aria-disabled', 'true');
    // Sending the same text again after a failure is the same action: if the first attempt did arrive
    // after all, the server answers it from its record instead of adding the notes twice.
    const pending = pendingAdds.get(form);
    const idempotencyKey = pending?.text === text && pending.step === stepNumber ? pending.key : newIdempotencyKey();
    pendingAdds.set(form, { text, step: stepNumber, key: idempotencyKey });
    try {
        await act('addNotes', { step: stepNumber, text }, idempotencyKey);
        pendingAdds.delete(form);
        // Only clear what was sent: the user may have typed on while the request was under way.
        textarea.value = textarea.value.startsWith(text) ? textarea.value.slice(text.length).replace(/^\s+/, '') : textarea.value;
        const count = text.split(/\r?\n/).filter((line) => line.trim() !== '').length;
        announce(count === 1 ? t('add.done', { n: stepNumber }) : t('add.doneMany', { count, n: stepNumber }));
        clearAlert();
    } catch (err) {
        if (!outcomeUnknown(err)) {
            pendingAdds.delete(form);
        }
        showAlert(err.message);
    } finally {
        delete form.dataset.busy;
        submit.removeAttribute('aria-disabled');
    }
}

function headingFocus(stepNumber) {
    return () => document.getElementById(`step-${stepNumber}-heading`);
}

async function runSimple(verb, data, doneMessage) {
    try {
        await act(verb, data);
        clearAlert();
        announce(doneMessage);
    } catch (err) {
        showAlert(err.message);
    }
}

function openEdit(note, step, focusKey) {
    const field = h('textarea', { id: 'dialog-text', rows: '5', maxlength: '2000' });
    field.value = note.text;
    dialogs.open({
        heading: t('edit.title'),
        content: [h('label', { for: 'dialog-text', text: t('edit.field') }), field],
        submitLabel: t('dialog.save'),
        returnFocusKey: focusKey,
        fallbackFocus: headingFocus(step.number),
        onSubmit: async () => {
            await act('editNote', { noteId: note.id, text: field.value });
            return t('done.saved');
        },
        onDone: announce,
    });
}

function openMove(note, step, focusKey) {
    const select = h('select', { id: 'dialog-step' }, state.board.steps.map((s) => h('option', {
        value: String(s.number),
        text: `${t('step.heading', { n: s.number, name: s.name })}${s.state === 'open' ? '' : ` (${t(`step.state.${s.state}`).toLowerCase()})`}`,
    })));
    const firstOther = state.board.steps.find((s) => s.number !== step.number && s.state === 'open') ?? step;
    select.value = String(firstOther.number);
    dialogs.open({
        heading: t('move.title'),
        content: [h('p', { class: 'dialog-quote', text: shorten(note.text, 120) }), h('label', { for: 'dialog-step', text: t('move.field') }), select],
        submitLabel: t('move.submit'),
        returnFocusKey: focusKey,
        fallbackFocus: headingFocus(Number(select.value)),
        onSubmit: async () => {
            const toStep = Number(select.value);
            await act('moveNote', { noteId: note.id, toStep });
            state.ctx.openMenus.delete(note.id);
            return t('done.moved', { n: toStep });
        },
        onDone: announce,
    });
}

function openDelete(note, step, focusKey) {
    dialogs.open({
        heading: t('delete.title'),
        content: [h('p', { text: t('delete.body', { text: shorten(note.text, 120) }) })],
        submitLabel: t('delete.submit'),
        danger: true,
        returnFocusKey: focusKey,
        fallbackFocus: headingFocus(step.number),
        onSubmit: async () => {
            await act('deleteNote', { noteId: note.id });
            return t('done.deleted');
        },
        onDone: announce,
    });
}

function openMerge(note, step, focusKey) {
    const others = step.notes.filter((n) => n.id !== note.id);
    const boxes = others.map((other) => {
        const id = `merge-${other.id}`;
        return h('li', { class: 'check-row' },
            h('input', { type: 'checkbox', id, value: other.id }),
            h('label', { for: id, text: `${shorten(other.text, 90)} — ${other.authorName}` }));
    });
    dialogs.open({
        heading: t('merge.title'),
        content: others.length === 0
            ? [h('p', { text: t('merge.none') })]
            : [h('fieldset', {}, h('legend', { text: t('merge.intro', { text: shorten(note.text, 80) }) }), h('ul', { class: 'check-list' }, boxes))],
        submitLabel: t('merge.submit'),
        submitDisabled: others.length === 0,
        returnFocusKey: focusKey,
        fallbackFocus: headingFocus(step.number),
        onSubmit: async (form) => {
            const sourceNoteIds = [...form.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value);
            await act('mergeNotes', { targetNoteId: note.id, sourceNoteIds });
            return t('done.merged');
        },
        onDone: announce,
    });
}

function openCluster(note, step, focusKey) {
    const labels = [...new Set(state.board.steps.flatMap((s) => s.notes.map((n) => n.cluster)).filter(Boolean))].sort();
    const input = h('input', { type: 'text', id: 'dialog-cluster', list: 'dialog-cluster-list', 'aria-describedby': 'dialog-cluster-hint', maxlength: '80', autocomplete: 'off' });
    input.value = note.cluster ?? '';
    dialogs.open({
        heading: t('cluster.title'),
        content: [
            h('p', { class: 'dialog-quote', text: shorten(note.text, 120) }),
            h('label', { for: 'dialog-cluster', text: t('cluster.field') }),
            input,
            h('datalist', { id: 'dialog-cluster-list' }, labels.map((label) => h('option', { value: label }))),
            h('p', { class: 'hint', id: 'dialog-cluster-hint', text: t('cluster.hint') }),
        ],
        submitLabel: t('dialog.save'),
        returnFocusKey: focusKey,
        fallbackFocus: headingFocus(step.number),
        onSubmit: async () => {
            await act('setCluster', { noteId: note.id, label: input.value.trim() === '' ? null : input.value.trim() });
            return t('done.clustered');
        },
        onDone: announce,
    });
}

function openPromote(note, step, focusKey) {
    const kinds = ['result', 'indicator', 'activity', 'qualityAgreement'];
    const suggested = step.number === 3 ? 'activity' : step.number === 4 ? 'qualityAgreement' : step.number === 5 ? 'indicator' : 'result';
    dialogs.open({
        heading: t('promote.title'),
        content: [
            h('p', { class: 'dialog-quote', text: shorten(note.text, 120) }),
            h('fieldset', {}, h('legend', { text: t('promote.legend') }), kinds.map((kind) => h('div', { class: 'check-row' },
                h('input', { type: 'radio', name: 'kind', id: `promote-${kind}`, value: kind, checked: kind === suggested }),
                h('label', { for: `promote-${kind}`, text: t(`kind.${kind}`) })))),
        ],
        submitLabel: t('promote.submit'),
        returnFocusKey: focusKey,
        fallbackFocus: headingFocus(step.number),
        onSubmit: async (form) => {
            const kind = form.querySelector('input[name=kind]:checked')?.value ?? suggested;
            await act('promoteNote', { noteId: note.id, kind });
            return t('done.promoted');
        },
        onDone: announce,
    });
}

// Which organisation the viewer represents: their notes (also earlier ones) take its colour.
function openOrganisation() {
    const input = h('input', {
        type: 'text', id: 'dialog-organisation', maxlength: '150', autocomplete: 'organization', 'aria-describedby': 'dialog-organisation-hint',
    });
    input.value = state.board.viewer.organisation ?? '';
    dialogs.open({
        heading: t('org.title'),
        content: [
            h('label', { for: 'dialog-organisation', text: t('org.field') }),
            input,
            h('p', { class: 'hint', id: 'dialog-organisation-hint', text: t('org.hint') }),
        ],
        submitLabel: t('dialog.save'),
        returnFocusKey: 'my-organisation',
        onSubmit: async () => {
            const organisation = input.value.trim();
            await act('setOrganisation', { organisation });
            return organisation === '' ? t('done.organisationCleared') : t('done.organisation', { organisation });
        },
        onDone: announce,
    });
}

function shareLinkStatus(link) {
    if (link.revoked) {
        return t('share.revoked');
    }
    return Date.parse(link.expiresAt) < Date.now() ? t('share.expired') : t('share.expires', { date: formatDate(link.expiresAt) });
}

async function copyText(text, input) {
    try {
        await navigator.clipboard.writeText(text);
    } catch {
        // Teams may deny the async clipboard in its iframe; the selection + execCommand route still works.
        input.select();
        document.execCommand('copy');
    }
}

// The share links with their URLs are not in the polled board (that body must hold no token, so it can
// be compressed): the dialog fetches them from the moderator-only share-links endpoint when it opens and
// after every change it makes.
let shareLinks = [];

async function loadShareLinks() {
    shareLinks = (await api.getShareLinks(werkgroepId)).shareLinks ?? [];
}

function shareContent() {
    const links = shareLinks;
    const days = h('select', { id: 'share-days' }, [7, 30, 90].map((n) => h('option', { value: String(n), text: t('share.days', { n }) })));
    days.value = '30';
    const list = links.length === 0 ? h('p', { class: 'empty', text: t('share.none') }) : h('ul', { class: 'share-list' }, links.map((link) => {
        const inputId = `share-${link.id}`;
        const input = h('input', { type: 'text', id: inputId, readonly: true, value: link.url, class: 'share-url' });
        const date = formatDate(link.expiresAt);
        const active = !link.revoked && Date.parse(link.expiresAt) >= Date.now();
        const copy = h('button', { type: 'button', class: 'btn btn-small', 'aria-label': t('share.copyLabel', { date }), 'data-focus-key': `copy:${link.id}` }, t('share.copy'));
        copy.addEventListener('click', async () => {
            await copyText(link.url, input);
            announce(t('share.copied'));
        });
        const revoke = active ? h('button', { type: 'button', class: 'btn btn-small btn-danger', 'aria-label': t('share.revokeLabel', { date }) }, t('share.revoke')) : null;
        revoke?.addEventListener('click', async () => {
            try {
                await act('revokeShareLink', { shareLinkId: link.id });
                await loadShareLinks();
                dialogs.setContent(shareContent());
                dialogs.element.querySelector('#share-days')?.focus();
                announce(t('share.revokedDone'));
            } catch (err) {
                dialogs.showError(err.message);
            }
        });
        return h('li', { class: `share-item${active ? '' : ' is-inactive'}` },
            h('label', { for: inputId, class: 'visually-hidden', text: t('share.linkLabel') }),
            input,
            h('p', { class: 'share-meta' }, h('span', { text: shareLinkStatus(link) }), active ? copy : null, revoke));
    }));
    return [h('p', { text: t('share.intro') }), list, h('label', { for: 'share-days', text: t('share.validFor') }), days];
}

async function openShareLinks() {
    try {
        await loadShareLinks();
    } catch (err) {
        showAlert(err.message);
        return;
    }
    dialogs.open({
        heading: t('share.heading'),
        content: shareContent(),
        submitLabel: t('share.create'),
        keepOpen: true,
        returnFocusKey: 'share-links',
        onSubmit: async (form) => {
            await act('createShareLink', { expiresInDays: Number(form.querySelector('#share-days').value) });
            await loadShareLinks();
            return t('share.created');
        },
        onDone: (message) => {
            dialogs.setContent(shareContent());
            dialogs.element.querySelector('.share-item:last-child .share-url')?.focus();
            announce(message);
        },
    });
}

function selectStep(stepNumber) {
    state.ctx.selectedStep = stepNumber;
    state.followCurrentStep = false;
    render();
    const column = els.columns.querySelector(`.column[data-step="${stepNumber}"]`);
    column?.scrollIntoView({ behavior: 'smooth', block: 'nearest', inline: 'start' });
}

document.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button || !state.board || button.closest('dialog')) {
        return;
    }
    const action = button.dataset.action;
    const focusKey = button.dataset.focusKey;
    const found = button.dataset.noteId ? findNote(button.dataset.noteId) : null;
    const stepNumber = Number(button.dataset.step);
    switch (action) {
        case 'select-step':
            selectStep(stepNumber);
            break;
        case 'toggle-menu':
            if (state.ctx.openMenus.has(button.dataset.noteId)) {
                state.ctx.openMenus.delete(button.dataset.noteId);
            } else {
                state.ctx.openMenus.add(button.dataset.noteId);
            }
            render();
            break;
        case 'vote':
            await runSimple('castVote', { noteId: button.dataset.noteId }, t('done.voted'));
            break;
        case 'unvote':
            await runSimple('retractVote', { noteId: button.dataset.noteId }, t('done.unvoted'));
            break;
        case 'edit':
            if (found) openEdit(found.note, found.step, focusKey);
            break;
        case 'move':
            if (found) openMove(found.note, found.step, focusKey);
            break;
        case 'delete':
            if (found) openDelete(found.note, found.step, focusKey);
            break;
        case 'merge':
            if (found) openMerge(found.note, found.step, focusKey);
            break;
        case 'cluster':
            if (found) openCluster(found.note, found.step, focusKey);
            break;
        case 'promote':
            if (found) openPromote(found.note, found.step, focusKey);
            break;
        case 'set-state':
            await runSimple(stepStateVerbs[button.dataset.value], { step: stepNumber },
                t('done.stepState', { n: stepNumber, state: t(`step.state.${button.dataset.value}`).toLowerCase() }));
            break;
        case 'start-silent':
            await runSimple('startSilent', { step: stepNumber }, t('announce.silent', { n: stepNumber }));
            break;
        case 'reveal':
            await runSimple('revealNotes', { step: stepNumber }, t('announce.revealed', { n: stepNumber }));
            break;
        case 'export':
            try {
                const name = await api.download(state.board.exports[button.dataset.format], `bord.${button.dataset.format}`);
                announce(t('exports.started', { name }));
            } catch (err) {
                showAlert(err.message);
            }
            break;
        case 'print':
            window.print();
            break;
        case 'share-links':
            openShareLinks();
            break;
        case 'my-organisation':
            openOrganisation();
            break;
        default:
            wallMoves.click(action, button);
            break;
    }
});

// Drag and drop and the keyboard route for moving notes, and the cluster dialogs (wall-moves.js).
const wallMoves = installWallMoves({ state, act, announce, showAlert, clearAlert, render, dialogs, findNote });

// Items on the wall: selecting one highlights its source note and linked items (wall-items.js).
installWallItems({ getBoard: () => state.board, ctx: state.ctx, root: els.columns, rerender: render, announce });

// Escape closes an open note action menu and returns focus to its toggle.
document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || dialogs.isOpen) {
        return;
    }
    const menu = event.target.closest?.('.note-more');
    if (menu) {
        const noteId = menu.id.replace(/^more-/, '');
        state.ctx.openMenus.delete(noteId);
        render();
        document.querySelector(`[data-focus-key="menu:${CSS.escape(noteId)}"]`)?.focus();
    }
});

// Closed <details> do not print their content, so open every definition sheet for printing.
let openedForPrint = [];
window.addEventListener('beforeprint', () => {
    state.ctx.printing = true;
    render();
    openedForPrint = [...document.querySelectorAll('details:not([open])')];
    openedForPrint.forEach((d) => { d.open = true; });
});
window.addEventListener('afterprint', () => {
    state.ctx.printing = false;
    render();
    openedForPrint.forEach((d) => { d.open = false; });
    openedForPrint = [];
});

// ---------- start ----------

async function start() {
    els.loading.textContent = t('app.loading');
    els.skip.textContent = t('skip.board');
    if (!werkgroepId || werkgroepId === 'board' || werkgroepId === 'index.html') {
        els.loading.textContent = t('error.noWerkgroep');
        showAlert(t('error.noWerkgroep'));
        return;
    }
    const applyContext = (context) => {
        if (!context) {
            return;
        }
        themeFromTeams = true;
        // In a meeting's side panel or on its stage the same tab shows the page made for that frame.
        const framePage = framePageUrl(werkgroepId, context.page?.frameContext);
        if (framePage) {
            window.location.replace(framePage);
            return;
        }
        if (context.app?.locale && !page.get('lang')) {
            setLocale(context.app.locale);
            state.ctx.locale = locale();
        }
        root.dataset.frame = { sidePanel: 'side', meetingStage: 'stage' }[context.page?.frameContext] ?? 'content';
        applyTheme(normaliseTheme(context.app?.theme));
    };
    if (page.get('view') === 'stage' || page.get('view') === 'side') {
        root.dataset.frame = page.get('view');
    }
    performance.mark('teams-wait-start');
    const context = await teams.quickContext();
    performance.mark('teams-wait-end');
    applyContext(context);
    if (!context) {
        teams.onLateContext(applyContext);
    }
    teams.onThemeChange((theme) => {
        themeFromTeams = true;
        applyTheme(normaliseTheme(theme));
    });
    poll();
}

start();

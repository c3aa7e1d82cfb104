// The meeting side panel (320 px): /board/{id}/side, or the board tab in Teams' sidePanel frame. A compact
// "add note + my notes" for the step the moderator is on; the whole board is one link away. A moderator
// in a Teams meeting can put the presenter view on the shared stage from here.
import { h } from './dom.js';
import { t } from './strings.js';
import { newIdempotencyKey, outcomeUnknown } from './api.js';
import { stageUrl } from './frames.js';
import { startMeetingPage, currentStepOf, notesOf, secondsLeft, clock } from './meeting.js';

const els = {
    werkgroep: document.getElementById('side-werkgroep'),
    step: document.getElementById('side-step'),
    timer: document.getElementById('side-timer'),
    alert: document.getElementById('alert'),
    announcer: document.getElementById('announcer'),
    loading: document.getElementById('loading'),
    content: document.getElementById('side-content'),
    status: document.getElementById('side-status'),
    form: document.getElementById('side-form'),
    label: document.getElementById('side-label'),
    text: document.getElementById('side-text'),
    hint: document.getElementById('side-hint'),
    closed: document.getElementById('side-closed'),
    submit: document.getElementById('side-submit'),
    mineHeading: document.getElementById('side-mine-heading'),
    mine: document.getElementById('side-mine'),
    boardLink: document.getElementById('side-board'),
    share: document.getElementById('side-share'),
};
let teamsContext = null;
let pending = null;

function announce(message) {
    els.announcer.textContent = '';
    setTimeout(() => { els.announcer.textContent = message; }, 60);
}

function showAlert(message) {
    els.alert.textContent = message ?? '';
    els.alert.classList.toggle('is-visible', Boolean(message));
}

function canWrite(board) {
    return board.viewer?.role !== 'reader' && Boolean(board.viewer?.canEdit);
}

function render(board) {
    const step = currentStepOf(board);
    if (!step) {
        return;
    }
    els.loading.hidden = true;
    els.content.hidden = false;
    document.title = t('app.title', { name: board.werkgroep?.name ?? '' });
    els.werkgroep.textContent = board.werkgroep?.name ?? '';
    els.step.textContent = t('side.current', { n: step.number, name: step.name });
    const writer = canWrite(board);
    const open = step.state === 'open';
    const voting = board.voting && board.voting.step === step.number ? board.voting : null;
    els.status.textContent = !writer
        ? t('side.readonly')
        : step.silent ? t('side.silent')
            : voting ? t('side.voting', { left: voting.dotsLeft, total: voting.dotsPerPerson }) : '';
    els.status.hidden = els.status.textContent === '';
    els.form.hidden = !writer;
    els.form.dataset.step = String(step.number);
    els.label.textContent = `${t('side.add')} · ${t('stage.step', { n: step.number })}`;
    els.hint.textContent = t('side.addHint');
    els.submit.textContent = t('side.submit');
    els.closed.hidden = open;
    els.closed.textContent = open ? '' : t('side.closed', { n: step.number, state: t(`step.state.${step.state}`).toLowerCase() });
    // The field stays usable (the text is kept); the button says it cannot be sent now.
    els.submit.setAttribute('aria-disabled', open ? 'false' : 'true');

    const mine = notesOf(board, step).filter((note) => note.mine);
    els.mineHeading.textContent = t('side.mine', { n: step.number, count: mine.length });
    els.mine.replaceChildren(...(mine.length === 0
        ? [h('li', { class: 'empty', text: t('side.mineNone') })]
        : mine.map((note) => h('li', { class: 'side-note' },
            h('span', { text: note.text }),
            note.cluster ? h('span', { class: 'side-note-meta', text: ` · ${note.cluster}` }) : null))));

    els.boardLink.textContent = t('side.board');
    els.boardLink.href = `/board/${encodeURIComponent(meeting.werkgroepId)}${window.location.search}`;
    const sdk = window.microsoftTeams;
    const canShare = board.viewer?.role === 'moderator' && teamsContext?.page?.frameContext === 'sidePanel'
        && typeof sdk?.meeting?.shareAppContentToStage === 'function';
    els.share.hidden = !canShare;
    els.share.textContent = t('side.share');
    updateTimer(board);
}

function updateTimer(board) {
    const left = secondsLeft(board);
    els.timer.hidden = left === null;
    if (left !== null) {
        els.timer.textContent = left === 0 ? t('timer.done') : t('timer.running', { time: clock(left) });
    }
}

async function addNotes() {
    const board = meeting.board();
    const text = els.text.value;
    const step = Number(els.form.dataset.step);
    if (!board || els.form.dataset.busy) {
        return;
    }
    if (els.submit.getAttribute('aria-disabled') === 'true') {
        announce(els.closed.textContent);
        return;
    }
    if (text.trim() === '') {
        showAlert(t('add.empty'));
        els.text.focus();
        return;
    }
    els.form.dataset.busy = 'true';
    // The same text again after a failure is the same action: the server answers a repeat from its record.
    const key = pending?.text === text && pending.step === step ? pending.key : newIdempotencyKey();
    pending = { text, step, key };
    try {
        await meeting.api.postAction(meeting.werkgroepId, 'addNotes', { step, text }, key);
        pending = null;
        els.text.value = els.text.value.startsWith(text) ? els.text.value.slice(text.length).replace(/^\s+/, '') : els.text.value;
        const count = text.split(/\r?\n/).filter((line) => line.trim() !== '').length;
        showAlert(null);
        announce(count === 1 ? t('add.done', { n: step }) : t('add.doneMany', { count, n: step }));
        meeting.poll();
    } catch (err) {
        if (!outcomeUnknown(err)) {
            pending = null;
        }
        showAlert(err.message);
    } finally {
        delete els.form.dataset.busy;
    }
}

els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    addNotes();
});
els.text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        addNotes();
    }
});
els.share.addEventListener('click', () => {
    const board = meeting.board();
    const url = new URL(stageUrl(meeting.werkgroepId, ''), window.location.origin).href;
    window.microsoftTeams.meeting.shareAppContentToStage((error) => {
        if (error) {
            showAlert(t('side.shareFailed'));
        } else {
            announce(t('side.shared', { n: currentStepOf(board)?.number ?? '' }));
        }
    }, url);
});

const meeting = startMeetingPage({
    onBoard: render,
    onError(message) {
        if (message || els.alert.dataset.poll) {
            showAlert(message);
        }
        els.alert.dataset.poll = message ? 'true' : '';
        if (message && !meeting?.board()) {
            els.loading.textContent = message;
        }
    },
    onContext(context) {
        teamsContext = context;
    },
});
setInterval(() => updateTimer(meeting.board()), 1000);

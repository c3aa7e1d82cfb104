// The meeting stage (presenter view): /board/{id}/stage, or the board tab in Teams' meetingStage frame.
// Large type for a shared screen; follows the moderator's current step; shows the timer, the silent
// brainstorm's progress in numbers only (no text, not even the viewer's own: everyone sees this screen)
// and the voting round. Read-only: nothing here acts on the board.
import { h } from './dom.js';
import { t } from './strings.js';
import { noteColours } from './colour.js';
import { startMeetingPage, currentStepOf, notesOf, countText, secondsLeft, clock } from './meeting.js';

const root = document.documentElement;
const els = {
    werkgroep: document.getElementById('stage-werkgroep'),
    step: document.getElementById('stage-step'),
    question: document.getElementById('stage-question'),
    timer: document.getElementById('stage-timer'),
    alert: document.getElementById('alert'),
    main: document.getElementById('stage-main'),
};
let lastKey = null;

function stateWord(state) {
    return { open: t('stage.stateOpen'), closed: t('stage.stateClosed'), locked: t('stage.stateLocked') }[state] ?? state;
}

function silentView(step) {
    const notes = Number(step.totalNotes) || (step.notes?.length ?? 0) + (Number(step.hiddenNotes) || 0);
    const authors = Number(step.contributors) || 0;
    return h('section', { class: 'stage-silent', 'aria-labelledby': 'stage-silent-heading' },
        h('h2', { id: 'stage-silent-heading', text: t('stage.silentHeading') }),
        h('p', {
            class: 'stage-big',
            'data-testid': 'silent-progress',
            text: notes === 0
                ? t('stage.silentNone')
                : t('stage.silentProgress', { notes: countText(notes, 'stage.notes1', 'stage.notesN'), authors: countText(Math.max(authors, 1), 'stage.authors1', 'stage.authorsN') }),
        }),
        notes === 0 ? null : h('p', { class: 'stage-hint', text: t('stage.silentHint') }));
}

function votingBanner(voting) {
    return h('section', { class: 'stage-voting', 'aria-labelledby': 'stage-voting-heading' },
        h('h2', { id: 'stage-voting-heading', text: t('stage.votingHeading') }),
        h('p', { text: t('stage.votingDots', { dots: voting.dotsPerPerson }) }),
        voting.countsHidden ? h('p', { class: 'stage-hint', text: t('stage.votingHidden') }) : null);
}

function noteCard(note, showVotes, theme) {
    const c = noteColours(note.colour, theme);
    const votesText = note.votes === 0 ? t('stage.votes0') : countText(note.votes, 'stage.votes1', 'stage.votesN');
    return h('li', { class: 'stage-note', vars: { '--note-bg': c.background, '--note-fg': c.text, '--note-accent': c.accent } },
        h('p', { class: 'stage-note-text', text: note.text }),
        h('p', { class: 'stage-note-author', text: note.organisation ? `${note.authorName} · ${note.organisation}` : note.authorName }),
        showVotes && note.votes > 0
            ? h('p', { class: 'stage-dots' },
                h('span', { 'aria-hidden': 'true', text: '●'.repeat(Math.min(note.votes, 12)) }),
                h('span', { class: 'visually-hidden', text: votesText }))
            : null);
}

// Clusters as labelled groups in the order they first appear; notes without a cluster last.
function notesView(board, step, voting) {
    const notes = notesOf(board, step);
    if (notes.length === 0) {
        return h('p', { class: 'stage-empty', text: t('stage.empty') });
    }
    const roundOpen = voting && voting.step === step.number;
    const showVotes = !(roundOpen && voting.countsHidden);
    // While a round is open the order stays put (nobody is steered by a moving list); after it, most votes first.
    const ordered = roundOpen ? notes : [...notes].sort((a, b) => b.votes - a.votes || a.order - b.order);
    const groups = new Map();
    for (const note of ordered) {
        const key = note.cluster ?? '';
        if (!groups.has(key)) {
            groups.set(key, []);
        }
        groups.get(key).push(note);
    }
    const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0));
    const theme = root.dataset.theme;
    return h('div', { class: 'stage-groups', role: 'region', 'aria-label': t('stage.notesLabel', { n: step.number }) },
        keys.map((key) => h('section', { class: 'stage-group' },
            keys.length > 1 || key !== '' ? h('h2', { class: 'stage-group-label', text: key === '' ? t('stage.noCluster') : key }) : null,
            h('ul', { class: 'stage-notes' }, groups.get(key).map((note) => noteCard(note, showVotes, theme))))));
}

function render(board) {
    const step = currentStepOf(board);
    if (!step) {
        return;
    }
    const voting = board.voting && board.voting.step === step.number ? board.voting : null;
    const key = JSON.stringify([step, board.authors, voting, board.werkgroep?.name, root.dataset.theme, root.lang]);
    document.title = t('stage.title', { name: board.werkgroep?.name ?? '' });
    updateTimer(board);
    if (key === lastKey) {
        return;
    }
    lastKey = key;
    els.werkgroep.textContent = [...new Set([board.werkgroep?.name, board.werkgroep?.trajectName, board.werkgroep?.gemeente].filter(Boolean))].join(' · ');
    els.step.textContent = `${t('stage.step', { n: step.number })} · ${step.name}${step.state === 'open' ? '' : ` (${stateWord(step.state)})`}`;
    els.question.textContent = step.question ?? '';
    els.main.replaceChildren(...[
        voting && !step.silent ? votingBanner(voting) : null,
        step.silent ? silentView(step) : notesView(board, step, voting),
    ].filter(Boolean));
}

function updateTimer(board) {
    const left = secondsLeft(board);
    els.timer.hidden = left === null;
    if (left !== null) {
        els.timer.setAttribute('aria-label', t('stage.timerLabel'));
        els.timer.textContent = left === 0 ? t('stage.timerDone') : t('stage.timer', { time: clock(left) });
        els.timer.classList.toggle('is-done', left === 0);
    }
}

const meeting = startMeetingPage({
    onBoard: render,
    onError(message) {
        els.alert.textContent = message ?? '';
        els.alert.classList.toggle('is-visible', Boolean(message));
        if (message && !meeting?.board()) {
            document.getElementById('loading')?.replaceChildren(message);
        }
    },
    onContext: () => { lastKey = null; },
});
setInterval(() => updateTimer(meeting.board()), 1000);

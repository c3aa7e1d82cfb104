// Renders the step columns. Each column keeps its add-note form for its whole life and each note element
// is reused while the note is unchanged, so a live update never wipes typed text or moves focus.
import { h, setChildren, shorten } from './dom.js';
import { noteColours } from './colour.js';
import { t } from './strings.js';

const stateIcons = { open: '○', closed: '■', locked: '🔒' };

// A note of an open round whose totals are hidden says so instead of "geen stemmen".
export function votesPhrase(votes, countsHidden = false) {
    if (countsHidden) {
        return t('note.votesHidden');
    }
    if (votes === 0) {
        return t('note.votes0');
    }
    return votes === 1 ? t('note.votes1') : t('note.votesN', { n: votes });
}

// Notes merged into this one stay readable on it (as on a Mural board), also for screen readers.
function mergedTexts(note) {
    return Array.isArray(note.mergedTexts) ? note.mergedTexts.filter((text) => typeof text === 'string' && text !== '') : [];
}

export function noteLabel(note) {
    const merged = mergedTexts(note);
    const text = merged.length > 0 ? `${note.text} ${t('note.merged', { texts: merged.join(' · ') })}` : note.text;
    const vars = { author: note.authorName, organisation: note.organisation, text, votes: votesPhrase(note.votes, note.countsHidden) };
    const base = note.organisation ? t('note.label', vars) : t('note.labelNoOrg', vars);
    const extras = [t(`status.${note.status}`)];
    if (note.myVotes > 0) {
        extras.push(myVotesPhrase(note));
    }
    if (note.mine) {
        extras.push(t('note.mine'));
    }
    return `${base}, ${extras.join(', ')}`;
}

function myVotesPhrase(note) {
    if (note.countsHidden) {
        return note.myVotes === 1 ? t('note.myDots1') : t('note.myDotsN', { n: note.myVotes });
    }
    return t('note.myVotes', { n: note.myVotes });
}

function stepStateName(state) {
    return t(`step.state.${state}`).toLowerCase();
}

export function permissions(board, step) {
    const viewer = board.viewer;
    const canEdit = Boolean(viewer.canEdit) && viewer.role !== 'reader';
    const isModerator = canEdit && viewer.role === 'moderator';
    const votingHere = canEdit && (board.voting ? board.voting.step === step.number : false);
    return { canEdit, isModerator, votingHere, open: step.state === 'open' };
}

function noteElement(note, step, board, ctx) {
    const perm = permissions(board, step);
    const colours = noteColours(note.colour, ctx.theme);
    const short = shorten(note.text, 40);
    const nameVars = { author: note.authorName, short };
    const canChange = perm.canEdit && perm.open && (note.mine || perm.isModerator);
    const more = [];
    if (canChange) {
        more.push(['edit', t('action.edit')], ['move', t('action.move')], ['delete', t('action.delete')]);
    }
    if (perm.isModerator) {
        more.push(['merge', t('action.merge')], ['cluster', t('action.cluster')], ['promote', t('action.promote')]);
    }
    const moreOpen = ctx.openMenus.has(note.id);
    const noteId = note.id;
    const dots = note.countsHidden ? 0 : Math.min(note.votes, 10);

    const badges = [
        h('span', { class: `badge status status-${note.status}`, text: t(`status.${note.status}`) }),
        h('span', { class: 'badge votes' },
            dots > 0 ? h('span', { class: 'dots', 'aria-hidden': 'true', text: '●'.repeat(dots) }) : null,
            votesPhrase(note.votes, note.countsHidden),
            note.myVotes > 0 ? ` (${myVotesPhrase(note)})` : ''),
        note.coachingOpen > 0
            ? h('span', { class: 'badge coaching', text: note.coachingOpen === 1 ? t('note.coaching1') : t('note.coachingN', { n: note.coachingOpen }) })
            : null,
        note.edited ? h('span', { class: 'badge subtle', text: t('note.edited') }) : null,
        note.mine ? h('span', { class: 'badge subtle', text: t('note.mine') }) : null,
    ];

    const actions = [];
    if (perm.votingHere) {
        actions.push(h('button', {
            type: 'button', class: 'btn btn-small btn-primary', 'data-action': 'vote', 'data-note-id': noteId,
            'data-focus-key': `vote:${noteId}`, 'aria-label': t('action.voteLabel', nameVars),
            disabled: board.voting.dotsLeft <= 0,
        }, h('span', { 'aria-hidden': 'true', text: '+' }), t('action.vote')));
        if (note.myVotes > 0) {
            actions.push(h('button', {
                type: 'button', class: 'btn btn-small', 'data-action': 'unvote', 'data-note-id': noteId,
                'data-focus-key': `unvote:${noteId}`, 'aria-label': t('action.unvoteLabel', nameVars),
            }, h('span', { 'aria-hidden': 'true', text: '−' }), t('action.unvote')));
        }
    }
    if (more.length > 0) {
        actions.push(h('button', {
            type: 'button', class: 'btn btn-small btn-subtle', 'data-action': 'toggle-menu', 'data-note-id': noteId,
            'data-focus-key': `menu:${noteId}`, 'aria-expanded': moreOpen ? 'true' : 'false',
            'aria-controls': `more-${noteId}`, 'aria-label': t('action.moreLabel', nameVars),
        }, t('action.more'), h('span', { 'aria-hidden': 'true', class: 'chevron', text: moreOpen ? '▴' : '▾' })));
    }

    return h('li', {
        class: `note${note.mine ? ' is-mine' : ''}`, 'data-note-id': noteId, 'aria-label': noteLabel(note),
        // Dragging is a mouse shortcut for the Verplaatsen dialog, which stays the keyboard route.
        draggable: canChange ? 'true' : null,
        vars: { '--note-bg': colours.background, '--note-fg': colours.text, '--note-accent': colours.accent },
    },
    h('p', { class: 'note-text', text: note.text }),
    mergedTexts(note).length > 0
        ? h('ul', { class: 'note-merged', 'aria-label': t('note.mergedHeading') }, mergedTexts(note).map((text) => h('li', { text })))
        : null,
    h('p', { class: 'note-meta' },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'author', text: note.authorName }),
        note.organisation ? h('span', { class: 'org', text: ` · ${note.organisation}` }) : null),
    h('p', { class: 'note-badges' }, badges),
    actions.length > 0 ? h('div', { class: 'note-actions' }, actions) : null,
    more.length > 0
        ? h('div', { class: 'note-more', id: `more-${noteId}`, hidden: !moreOpen },
            more.map(([verb, label]) => h('button', {
                type: 'button', class: 'btn btn-small', 'data-action': verb, 'data-note-id': noteId,
                'data-focus-key': `${verb}:${noteId}`, 'aria-label': `${label}: ${t('note.labelNoOrg', { author: note.authorName, text: short, votes: votesPhrase(note.votes, note.countsHidden) })}`,
            }, label)))
        : null);
}

// The server lists a step's notes oldest first; normalise() keeps that position as note.order.
function byCreated(a, b) {
    return (a.order ?? 0) - (b.order ?? 0) || String(a.id).localeCompare(String(b.id));
}

function sortNotes(notes, sort) {
    const copy = [...notes];
    copy.sort(sort === 'votes' ? (a, b) => b.votes - a.votes || byCreated(a, b) : byCreated);
    return copy;
}

function groupByCluster(notes) {
    const groups = new Map();
    for (const note of notes) {
        const key = note.cluster ?? '';
        if (!groups.has(key)) {
            groups.set(key, []);
        }
        groups.get(key).push(note);
    }
    const named = [...groups.keys()].filter((k) => k !== '').sort((a, b) => a.localeCompare(b));
    const result = named.map((label) => ({ label, notes: groups.get(label) }));
    if (groups.has('')) {
        result.push({ label: null, notes: groups.get('') });
    }
    return result;
}

function buildAddForm(stepNumber, ctx) {
    const textareaId = `add-${stepNumber}`;
    const hintId = `add-${stepNumber}-hint`;
    const statusId = `add-${stepNumber}-status`;
    const textarea = h('textarea', {
        id: textareaId, name: 'text', rows: '3', 'aria-describedby': `${hintId} ${statusId}`,
        'data-focus-key': `add:${stepNumber}`, maxlength: '2000',
    });
    const submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-focus-key': `add-submit:${stepNumber}` }, t('add.submit'));
    const label = h('label', { for: textareaId, class: 'add-label', text: t('add.label', { n: stepNumber }) });
    const form = h('form', { class: 'add-note', 'data-step': String(stepNumber), novalidate: true },
        label,
        textarea,
        h('p', { class: 'hint', id: hintId, text: t('add.hint') }),
        h('p', { class: 'hint add-status', id: statusId }),
        h('div', { class: 'form-row' }, submit));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        ctx.onAddNotes(stepNumber, textarea, form);
    });
    textarea.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            ctx.onAddNotes(stepNumber, textarea, form);
        }
    });
    return form;
}

function updateAddForm(form, step, perm) {
    const textarea = form.querySelector('textarea');
    const submit = form.querySelector('button[type=submit]');
    const status = form.querySelector('.add-status');
    // A closed step hides the form, unless the user has typed something: that text must survive.
    form.hidden = !perm.canEdit || (!perm.open && textarea.value.trim() === '');
    submit.disabled = !perm.open;
    textarea.readOnly = false;
    const message = !perm.open
        ? t('add.closed', { n: step.number, state: stepStateName(step.state) })
        : step.silent ? t('step.silentHint') : '';
    if (status.textContent !== message) {
        status.textContent = message;
    }
}

function columnHead(step, board, perm, ctx) {
    const isCurrent = board.werkgroep.currentStep === step.number;
    const badges = h('p', { class: 'col-badges' },
        h('span', { class: `badge state state-${step.state}` },
            h('span', { 'aria-hidden': 'true', class: 'state-icon', text: stateIcons[step.state] ?? '' }), t(`step.state.${step.state}`)),
        isCurrent ? h('span', { class: 'badge current', text: t('step.current') }) : null,
        step.silent ? h('span', { class: 'badge silent', text: t('step.silent') }) : null);
    let controls = null;
    if (perm.isModerator) {
        const buttons = [];
        if (step.state !== 'open') {
            buttons.push(['set-state', 'open', t('step.open')]);
        }
        if (step.state !== 'closed') {
            buttons.push(['set-state', 'closed', t('step.close')]);
        }
        if (step.state !== 'locked') {
            buttons.push(['set-state', 'locked', t('step.lock')]);
        }
        if (step.silent) {
            buttons.push(['reveal', '', t('step.reveal')]);
        } else if (step.state === 'open') {
            buttons.push(['start-silent', '', t('step.startSilent')]);
        }
        controls = h('div', { class: 'col-controls', role: 'group', 'aria-label': t('step.controls', { n: step.number }) },
            buttons.map(([action, value, label]) => h('button', {
                type: 'button', class: 'btn btn-small', 'data-action': action, 'data-step': String(step.number),
                'data-value': value || null, 'data-focus-key': `${action}:${value}:${step.number}`,
                'aria-label': `${label}: ${t('nav.step', { n: step.number })}`,
            }, label)));
    }
    const info = [];
    if (perm.votingHere) {
        info.push(h('p', { class: 'info voting', text: t('voting.status', { left: board.voting.dotsLeft, total: board.voting.dotsPerPerson }) }));
    }
    if (step.countsHidden) {
        info.push(h('p', { class: 'info votes-hidden', text: t('voting.countsHidden') }));
    }
    if (step.hiddenNotes > 0) {
        info.push(h('p', { class: 'info hidden-notes', text: step.hiddenNotes === 1 ? t('step.hiddenOne') : t('step.hidden', { n: step.hiddenNotes }) }));
    }
    return h('div', { class: 'col-head' },
        h('h2', { id: `step-${step.number}-heading`, tabindex: '-1', text: t('step.heading', { n: step.number, name: step.name }) }),
        h('p', { class: 'question', text: step.question }),
        badges,
        controls,
        info);
}

// Creates or updates every column inside container. ctx carries callbacks and per-page UI state.
export function renderColumns(container, board, ctx) {
    const columns = [];
    for (const step of board.steps) {
        let col = ctx.columnCache.get(step.number);
        if (!col) {
            col = {
                section: null, form: null, head: null, headKey: null,
                notesBox: h('div', { class: 'col-notes' }), noteCache: new Map(), groupCache: new Map(),
            };
            col.section = h('section', { class: 'column', 'data-step': String(step.number), 'aria-labelledby': `step-${step.number}-heading` },
                h('div', { class: 'col-head-slot' }), col.notesBox);
            ctx.columnCache.set(step.number, col);
        }
        const perm = permissions(board, step);
        // Readers (share links) never get a form at all, not even a hidden one.
        if (!col.form && perm.canEdit) {
            col.form = buildAddForm(step.number, ctx);
            col.notesBox.before(col.form);
        }
        const headKey = JSON.stringify([step.number, step.name, step.question, step.state, step.silent, step.hiddenNotes,
            board.werkgroep.currentStep, perm, board.voting, ctx.locale]);
        if (headKey !== col.headKey) {
            col.head = columnHead(step, board, perm, ctx);
            col.section.firstChild.replaceChildren(col.head);
            col.headKey = headKey;
        }
        if (col.form) {
            updateAddForm(col.form, step, perm);
        }
        col.section.classList.toggle('is-selected', ctx.selectedStep === step.number);
        col.section.classList.toggle('is-current', board.werkgroep.currentStep === step.number);
        renderNotes(col, step, board, ctx);
        columns.push(col.section);
    }
    setChildren(container, columns);
}

function renderNotes(col, step, board, ctx) {
    const seen = new Set();
    const groups = groupByCluster(sortNotes(step.notes, ctx.sort));
    const hasClusters = groups.some((g) => g.label !== null);
    const blocks = [];
    for (const group of groups) {
        const items = group.notes.map((note) => {
            seen.add(note.id);
            const key = JSON.stringify([note, permissions(board, step), board.voting?.dotsLeft, ctx.openMenus.has(note.id), ctx.theme, ctx.locale]);
            const cached = col.noteCache.get(note.id);
            if (cached && cached.key === key) {
                return cached.el;
            }
            const el = noteElement(note, step, board, ctx);
            col.noteCache.set(note.id, { key, el });
            return el;
        });
        const groupKey = group.label ?? '';
        let block = col.groupCache.get(groupKey);
        if (!block) {
            const headingId = `cluster-${step.number}-${col.groupCache.size}`;
            const heading = h('h3', { class: 'cluster-heading', id: headingId });
            const list = h('ul', { class: 'notes', 'aria-labelledby': headingId });
            block = { el: h('div', { class: 'cluster' }, heading, list), heading, list };
            col.groupCache.set(groupKey, block);
        }
        const headingText = group.label !== null
            ? t('cluster.heading', { label: group.label })
            : t('cluster.none');
        block.heading.textContent = `${headingText} (${group.notes.length})`;
        block.heading.hidden = !hasClusters;
        if (!hasClusters) {
            block.list.setAttribute('aria-label', t('step.heading', { n: step.number, name: step.name }));
            block.list.removeAttribute('aria-labelledby');
        } else {
            block.list.removeAttribute('aria-label');
            block.list.setAttribute('aria-labelledby', block.heading.id);
        }
        block.el.classList.toggle('is-named', group.label !== null);
        setChildren(block.list, items);
        blocks.push(block.el);
    }
    for (const id of [...col.noteCache.keys()]) {
        if (!seen.has(id)) {
            col.noteCache.delete(id);
        }
    }
    if (blocks.length === 0) {
        blocks.push(h('p', { class: 'empty', text: t('step.empty') }));
    }
    setChildren(col.notesBox, blocks);
}

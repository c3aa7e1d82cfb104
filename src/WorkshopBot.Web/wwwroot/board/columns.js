// Renders the wall: the selected step large, as a canvas of sticky notes grouped in labelled clusters,
// the other steps as compact lanes next to it (switch with the step tabs or the lane's button). Each
// column keeps its add-note form for its whole life and each note element is reused while the note is
// unchanged, so a live update never wipes typed text or moves focus.
import { h, setChildren } from './dom.js';
import { t } from './strings.js';
import { noteElement, permissions } from './notes.js';
import { wallItemsBlock } from './wall-items.js';

export { votesPhrase, noteLabel, permissions } from './notes.js';

const stateIcons = { open: '○', closed: '■', locked: '🔒' };

// A lane shows this many notes of its step; the rest are one click away (and it keeps a big board light).
const laneNotes = 8;

function stepStateName(state) {
    return t(`step.state.${state}`).toLowerCase();
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
        id: textareaId, name: 'text', rows: '2', 'aria-describedby': `${hintId} ${statusId}`,
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
        step.silent ? h('span', { class: 'badge silent', text: t('step.silent') }) : null,
        h('span', { class: 'badge subtle lane-count', text: t('wall.laneCount', { notes: step.notes.length, items: step.items }) }));
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
        if (step.state !== 'locked' && step.notes.length > 0) {
            buttons.push(['cluster-new', '', t('cluster.new')]);
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
        h('div', { class: 'col-title' },
            h('h2', { id: `step-${step.number}-heading`, tabindex: '-1', text: t('step.heading', { n: step.number, name: step.name }) }),
            h('button', {
                type: 'button', class: 'btn btn-small lane-open', 'data-action': 'select-step', 'data-step': String(step.number),
                'data-focus-key': `lane:${step.number}`, 'aria-label': t('wall.laneOpenLabel', { n: step.number, name: step.name }),
            }, t('wall.laneOpen'))),
        h('p', { class: 'question', text: step.question }),
        badges,
        controls,
        info);
}

// What to do next when a step has no notes, for this viewer and this step state.
function emptyText(step, perm) {
    if (!perm.canEdit) {
        return t('step.emptyReader');
    }
    if (step.state !== 'open') {
        return perm.isModerator ? t('step.emptyModerator', { state: stepStateName(step.state) }) : t('step.emptyClosed', { state: stepStateName(step.state) });
    }
    return step.hiddenNotes > 0 ? t('step.emptySilent') : t('step.emptyWrite');
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
        const headKey = JSON.stringify([step.number, step.name, step.question, step.state, step.silent, step.hiddenNotes, step.items,
            step.notes.length, board.werkgroep.currentStep, perm, board.voting, ctx.locale]);
        if (headKey !== col.headKey) {
            col.head = columnHead(step, board, perm, ctx);
            col.section.firstChild.replaceChildren(col.head);
            col.headKey = headKey;
        }
        if (col.form) {
            updateAddForm(col.form, step, perm);
        }
        const selected = ctx.selectedStep === step.number;
        col.section.classList.toggle('is-selected', selected);
        col.section.classList.toggle('is-lane', !selected);
        col.section.classList.toggle('is-current', board.werkgroep.currentStep === step.number);
        renderNotes(col, step, board, ctx, selected);
        columns.push(col.section);
    }
    setChildren(container, columns);
}

function noteFor(col, note, step, board, ctx) {
    const key = JSON.stringify([note, board.viewer, step.state, board.voting, ctx.openMenus.has(note.id), ctx.openTargets.has(note.id),
        ctx.theme, ctx.locale, board.steps.map((s) => s.state), step.notes.length]);
    const cached = col.noteCache.get(note.id);
    if (cached && cached.key === key) {
        return cached.el;
    }
    const el = noteElement(note, step, board, ctx);
    col.noteCache.set(note.id, { key, el });
    return el;
}

function clusterBlock(col, step, group, perm) {
    const groupKey = group.label ?? '';
    let block = col.groupCache.get(groupKey);
    if (!block) {
        const headingId = `cluster-${step.number}-${col.groupCache.size}`;
        const heading = h('h3', { class: 'cluster-heading', id: headingId });
        const tools = h('div', { class: 'cluster-tools' });
        const list = h('ul', { class: 'notes', 'aria-labelledby': headingId });
        block = { el: h('div', { class: 'cluster', 'data-drop-cluster': groupKey }, h('div', { class: 'cluster-bar' }, heading, tools), list), heading, tools, list, toolsKey: null };
        col.groupCache.set(groupKey, block);
    }
    const toolsKey = JSON.stringify([perm.isModerator, step.state, t('cluster.rename')]);
    if (block.toolsKey !== toolsKey) {
        block.toolsKey = toolsKey;
        const canSort = perm.isModerator && group.label !== null && step.state !== 'locked';
        block.tools.replaceChildren(...(canSort ? [
            h('button', {
                type: 'button', class: 'btn btn-small btn-subtle', 'data-action': 'cluster-rename', 'data-step': String(step.number),
                'data-cluster': group.label, 'data-focus-key': `cluster-rename:${step.number}:${group.label}`,
                'aria-label': t('cluster.renameLabel', { label: group.label }),
            }, t('cluster.rename')),
            h('button', {
                type: 'button', class: 'btn btn-small btn-subtle', 'data-action': 'cluster-merge', 'data-step': String(step.number),
                'data-cluster': group.label, 'data-focus-key': `cluster-merge:${step.number}:${group.label}`,
                'aria-label': t('cluster.mergeLabel', { label: group.label }),
            }, t('cluster.merge')),
        ] : []));
    }
    return block;
}

function renderNotes(col, step, board, ctx, selected) {
    const seen = new Set();
    const perm = permissions(board, step);
    const sorted = sortNotes(step.notes, ctx.sort);
    // A lane is a flat preview of its step; the wall groups the notes in their clusters. Printing shows
    // every step as a wall.
    const wall = selected || ctx.printing;
    const groups = wall ? groupByCluster(sorted) : [{ label: null, notes: sorted.slice(0, laneNotes) }];
    const hasClusters = groups.some((g) => g.label !== null);
    const blocks = [];
    // A big wall is built in parts: the first ctx.wallLimit notes now, more as the reader scrolls towards
    // the end (or presses the button there), so a board of 2,000 notes paints as fast as one of 60.
    let budget = selected && !ctx.printing ? ctx.wallLimit : Infinity;
    let notShown = 0;
    for (const group of groups) {
        const shown = group.notes.slice(0, Math.max(0, budget));
        budget -= shown.length;
        notShown += group.notes.length - shown.length;
        if (shown.length === 0) {
            continue;
        }
        const items = shown.map((note) => {
            seen.add(note.id);
            return noteFor(col, note, step, board, ctx);
        });
        const block = clusterBlock(col, step, group, perm);
        const headingText = group.label !== null ? t('cluster.heading', { label: group.label }) : t('cluster.none');
        block.heading.textContent = `${headingText} (${group.notes.length})`;
        block.heading.hidden = !hasClusters;
        block.tools.hidden = !selected;
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
    // The step's worked-out items follow its notes on the wall, as cards linked to them (wall-items.js):
    // the notes of the brainstorm keep the top of the screen.
    const itemsBlock = wall ? wallItemsBlock(col, step, board, ctx) : null;
    if (itemsBlock) {
        blocks.push(itemsBlock);
    }
    for (const id of [...col.noteCache.keys()]) {
        if (!seen.has(id)) {
            col.noteCache.delete(id);
        }
    }
    if (notShown > 0) {
        const more = extra(col, 'button', { class: 'btn wall-more', 'data-action': 'wall-more', 'data-focus-key': `wall-more:${step.number}` },
            t('wall.more', { n: notShown }));
        ctx.observeMore(more);
        blocks.push(more);
    }
    if (!wall && step.notes.length > laneNotes) {
        blocks.push(extra(col, 'button', { class: 'btn btn-small lane-more', 'data-action': 'select-step', 'data-step': String(step.number),
            'data-focus-key': `lane-more:${step.number}` }, t('wall.laneMore', { n: step.notes.length - laneNotes })));
    }
    if (step.notes.length === 0) {
        blocks.push(extra(col, 'p', { class: 'empty' }, emptyText(step, perm)));
    } else if (selected && !hasClusters && perm.isModerator && step.notes.length > 1) {
        blocks.push(extra(col, 'p', { class: 'hint wall-hint' }, t('wall.clusterHint')));
    }
    setChildren(col.notesBox, blocks);
}

// The lane's "more" button, the empty state and the hint stay the same elements while their text does,
// so a live update does not move focus or the screen reader's place.
function extra(col, tag, props, text) {
    col.extras ??= new Map();
    const key = `${tag}|${props.class}|${text}`;
    let el = col.extras.get(key);
    if (!el) {
        el = h(tag, tag === 'button' ? { type: 'button', ...props } : props, text);
        col.extras.set(key, el);
    }
    return el;
}

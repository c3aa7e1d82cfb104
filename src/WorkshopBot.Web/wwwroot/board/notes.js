// One sticky note of the wall: a square in the author's organisation colour (contrast checked in
// colour.js), the text large, author and organisation small, dot votes as dots. The same element is a
// compact chip in the lanes of the other steps (CSS only), so a live update never has two versions of it.
import { h, shorten } from './dom.js';
import { noteColours } from './colour.js';
import { t } from './strings.js';

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
export function mergedTexts(note) {
    return Array.isArray(note.mergedTexts) ? note.mergedTexts.filter((text) => typeof text === 'string' && text !== '') : [];
}

function myVotesPhrase(note) {
    if (note.countsHidden) {
        return note.myVotes === 1 ? t('note.myDots1') : t('note.myDotsN', { n: note.myVotes });
    }
    return t('note.myVotes', { n: note.myVotes });
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

export function permissions(board, step) {
    const viewer = board.viewer;
    const canEdit = Boolean(viewer.canEdit) && viewer.role !== 'reader';
    const isModerator = canEdit && viewer.role === 'moderator';
    const votingHere = canEdit && (board.voting ? board.voting.step === step.number : false);
    return { canEdit, isModerator, votingHere, open: step.state === 'open' };
}

// A step's cluster labels, worked out once per board answer (a wall of 2,000 notes asks for every note).
const labelCache = new WeakMap();
export function clusterLabels(step) {
    let labels = labelCache.get(step);
    if (!labels) {
        labels = [...new Set(step.notes.map((n) => n.cluster).filter(Boolean))].sort((a, b) => a.localeCompare(b));
        labelCache.set(step, labels);
    }
    return labels;
}

// Where a note can go with the keyboard (and by dragging): other clusters of its step for moderators,
// other open steps for its author and moderators. The same list drives the drop targets.
export function moveTargets(note, step, board) {
    const perm = permissions(board, step);
    const targets = [];
    if (perm.isModerator && step.state !== 'locked') {
        for (const label of clusterLabels(step)) {
            if (label !== note.cluster) {
                targets.push({ kind: 'cluster', value: label, label: t('wall.toCluster', { label }) });
            }
        }
        if (note.cluster) {
            targets.push({ kind: 'cluster', value: '', label: t('wall.toNoCluster') });
        }
    }
    if (perm.canEdit && perm.open && (note.mine || perm.isModerator)) {
        for (const other of board.steps) {
            if (other.number !== step.number && other.state === 'open') {
                targets.push({ kind: 'step', value: String(other.number), label: t('wall.toStep', { n: other.number, name: other.name }) });
            }
        }
    }
    return targets;
}

// Dots as dots: one per vote (up to 10) with the total in words; while the round hides the totals there
// are no dots at all (they would give the totals away), only the words and the viewer's own votes.
function votesElement(note) {
    const dots = note.countsHidden ? 0 : Math.min(note.votes, 10);
    return h('span', { class: 'badge votes' },
        dots > 0 ? h('span', { class: 'dots', 'aria-hidden': 'true', text: '●'.repeat(dots) }) : null,
        votesPhrase(note.votes, note.countsHidden),
        note.myVotes > 0 ? ` (${myVotesPhrase(note)})` : '');
}

function actionButton(verb, noteId, label, ariaLabel, extra = {}, ...content) {
    return h('button', {
        type: 'button', class: `btn btn-small ${extra.class ?? 'btn-subtle'}`, 'data-action': verb, 'data-note-id': noteId,
        'data-focus-key': `${verb}:${noteId}`, 'aria-label': ariaLabel, title: extra.title ?? null, disabled: extra.disabled ?? false,
        'aria-expanded': extra.expanded ?? null, 'aria-controls': extra.controls ?? null,
    }, ...(content.length > 0 ? content : [label]));
}

export function noteElement(note, step, board, ctx) {
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
    const targets = moveTargets(note, step, board);
    const targetsOpen = targets.length > 0 && ctx.openTargets.has(note.id);
    const noteId = note.id;
    const merged = mergedTexts(note);

    const actions = [];
    if (perm.votingHere) {
        actions.push(actionButton('vote', noteId, null, t('action.voteLabel', nameVars), { class: 'btn-primary', disabled: board.voting.dotsLeft <= 0 },
            h('span', { 'aria-hidden': 'true', text: '+' }), t('action.vote')));
        if (note.myVotes > 0) {
            actions.push(actionButton('unvote', noteId, null, t('action.unvoteLabel', nameVars), { class: 'btn', title: t('action.unvote') },
                h('span', { 'aria-hidden': 'true', text: '−' })));
        }
    }
    if (targets.length > 0) {
        actions.push(actionButton('pick', noteId, null, t('wall.pickLabel', nameVars), {
            title: t('wall.pick'), expanded: targetsOpen ? 'true' : 'false', controls: `targets-${noteId}`,
        }, h('span', { 'aria-hidden': 'true', text: '⇄' })));
    }
    if (more.length > 0) {
        // Icon-sized on a sticky note; the accessible name says what it is and for which note.
        actions.push(actionButton('toggle-menu', noteId, null, t('action.moreLabel', nameVars), {
            expanded: moreOpen ? 'true' : 'false', controls: `more-${noteId}`, title: t('action.more'),
        }, h('span', { 'aria-hidden': 'true', text: '⋯' })));
    }

    const badges = [
        note.status !== 'idee' ? h('span', { class: `badge status status-${note.status}`, text: t(`status.${note.status}`) }) : null,
        merged.length > 0 ? h('span', { class: 'badge subtle merged-count', text: t('note.mergedCount', { n: merged.length }) }) : null,
        note.coachingOpen > 0
            ? h('span', { class: 'badge coaching', text: note.coachingOpen === 1 ? t('note.coaching1') : t('note.coachingN', { n: note.coachingOpen }) })
            : null,
        note.edited ? h('span', { class: 'badge subtle', text: t('note.edited') }) : null,
    ].filter(Boolean);

    return h('li', {
        class: `note${note.mine ? ' is-mine' : ''}${moreOpen || targetsOpen ? ' is-open' : ''}`,
        'data-note-id': noteId, 'aria-label': noteLabel(note), 'data-cluster': note.cluster ?? '',
        draggable: targets.length > 0 ? 'true' : null,
        vars: { '--note-bg': colours.background, '--note-fg': colours.text, '--note-accent': colours.accent },
    },
    h('p', { class: 'note-text', text: note.text }),
    merged.length > 0
        ? h('ul', { class: 'note-merged', 'aria-label': t('note.mergedHeading') }, merged.map((text) => h('li', { text })))
        : null,
    h('p', { class: 'note-meta' },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'author', text: note.authorName }),
        note.organisation ? h('span', { class: 'org', text: ` · ${note.organisation}` }) : null,
        note.mine ? h('span', { class: 'mine', text: ` · ${t('note.mine')}` }) : null),
    badges.length > 0 ? h('p', { class: 'note-badges' }, badges) : null,
    h('div', { class: 'note-foot' }, votesElement(note), actions.length > 0 ? h('div', { class: 'note-actions' }, actions) : null),
    targetsOpen
        ? h('div', { class: 'note-targets', id: `targets-${noteId}`, role: 'group', 'aria-label': t('wall.targetsLabel', nameVars) },
            targets.map((target) => h('button', {
                type: 'button', class: 'btn btn-small', 'data-action': 'move-to', 'data-note-id': noteId,
                'data-target-kind': target.kind, 'data-target': target.value,
                'data-focus-key': `move-to:${target.kind}:${target.value}:${noteId}`,
            }, target.label)))
        : null,
    more.length > 0
        ? h('div', { class: 'note-more', id: `more-${noteId}`, hidden: !moreOpen },
            more.map(([verb, label]) => h('button', {
                type: 'button', class: 'btn btn-small', 'data-action': verb, 'data-note-id': noteId,
                'data-focus-key': `${verb}:${noteId}`, 'aria-label': `${label}: ${t('note.labelNoOrg', { author: note.authorName, text: short, votes: votesPhrase(note.votes, note.countsHidden) })}`,
            }, label)))
        : null);
}

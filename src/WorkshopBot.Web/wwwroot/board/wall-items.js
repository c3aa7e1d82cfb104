// The formal items of a step (results, indicators, activities, quality agreements) as cards on its wall
// after its notes, distinct from the sticky notes: kind, status, the note each came from and its links (indicator → result,
// activity or quality agreement → results). Selecting a card (a toggle button: mouse, Enter or Space;
// Escape clears) highlights its source note and the items linked to it, and says so through the page's
// live region. The board JSON carries the links: sourceNoteId and step on every item, resultId on an
// indicator, resultIds on activities and agreements, indicatorIds on a result.
import { h, shorten } from './dom.js';
import { t, addStrings } from './strings.js';
import { numbered, titleOf } from './items.js';

addStrings({
    'wallItems.heading': 'Uitgewerkt in deze stap ({n})',
    'wallItems.select': ': toon bronnotitie en koppelingen',
    'wallItems.fromNote': 'Uit notitie: “{text}”',
    'wallItems.fromHiddenNote': 'Uit een notitie die je nu niet ziet',
    'wallItems.belongsTo': 'Hoort bij: {results}',
    'wallItems.linkedItems': 'Gekoppeld: {n} indicator(en), {m} activiteit(en) of afspraak(en)',
    'wallItems.related': '{kind} geselecteerd: {notes} bronnotitie(s) en {items} gekoppelde onderdelen gemarkeerd.',
    'wallItems.cleared': 'Markering opgeheven.',
}, {
    'wallItems.heading': 'Worked out in this step ({n})',
    'wallItems.select': ': show source note and links',
    'wallItems.fromNote': 'From note: “{text}”',
    'wallItems.fromHiddenNote': 'From a note you cannot see now',
    'wallItems.belongsTo': 'Belongs to: {results}',
    'wallItems.linkedItems': 'Linked: {n} indicator(s), {m} activity(ies) or agreement(s)',
    'wallItems.related': '{kind} selected: {notes} source note(s) and {items} linked items highlighted.',
    'wallItems.cleared': 'Highlight removed.',
});

const kinds = [['result', 'results'], ['indicator', 'indicators'], ['activity', 'activities'], ['qualityAgreement', 'qualityAgreements']];

function allItems(board) {
    return kinds.flatMap(([kind, list]) => (board[list] ?? []).map((item) => ({ kind, item })));
}

function noteText(board, noteId) {
    for (const step of board.steps) {
        const note = step.notes.find((n) => n.id === noteId);
        if (note) {
            return note.text;
        }
    }
    return null;
}

// The item keys ("kind:id") linked to one item, both ways.
export function linkedKeys(board, kind, item) {
    const keys = new Set();
    if (kind === 'result') {
        for (const i of board.indicators ?? []) {
            if (i.resultId === item.id || (item.indicatorIds ?? []).includes(i.id)) {
                keys.add(`indicator:${i.id}`);
            }
        }
        for (const [k, list] of [['activity', 'activities'], ['qualityAgreement', 'qualityAgreements']]) {
            for (const other of board[list] ?? []) {
                if ((other.resultIds ?? []).includes(item.id)) {
                    keys.add(`${k}:${other.id}`);
                }
            }
        }
    } else {
        for (const id of kind === 'indicator' ? [item.resultId].filter(Boolean) : item.resultIds ?? []) {
            keys.add(`result:${id}`);
        }
    }
    return keys;
}

function resultTitles(board, ids) {
    const byId = new Map((board.results ?? []).map((r) => [r.id, r]));
    // A link can outlive its result: never show the stored id (see details.js).
    return ids.map((id) => (byId.has(id) ? numbered(byId.get(id), `“${shorten(byId.get(id).statement, 60)}”`) : t('result.removed'))).join('; ');
}

// On paper the card is the same without its toggle: a print has no controls.
function card(board, kind, item, selectedKey, printing) {
    const key = `${kind}:${item.id}`;
    const status = item.status ?? 'concept';
    const source = item.sourceNoteId ? noteText(board, item.sourceNoteId) : null;
    const links = linkedKeys(board, kind, item);
    const resultIds = kind === 'indicator' ? [item.resultId].filter(Boolean) : kind === 'result' ? [] : item.resultIds ?? [];
    const infoId = `wall-item-info-${kind}-${item.id}`;
    const linkedIndicators = [...links].filter((k) => k.startsWith('indicator:')).length;
    return h('li', { class: `wall-item kind-${kind} status-${status}`, 'data-wall-item': key },
        h(printing ? 'div' : 'button', printing ? { class: 'wall-item-select' } : {
            type: 'button', class: 'wall-item-select', 'data-wall-item-select': key, 'data-focus-key': `wall-item:${key}`,
            'aria-pressed': selectedKey === key ? 'true' : 'false', 'aria-describedby': infoId,
        },
        // The name is the visible text plus what pressing does (spoken, not shown).
        h('span', { class: 'wall-item-kind', text: t(`kind.${kind}`) }),
        h('span', { class: 'wall-item-title', text: numbered(item, shorten(titleOf(kind, item), 140)) }),
        printing ? null : h('span', { class: 'visually-hidden', text: t('wallItems.select') })),
        h('div', { class: 'wall-item-info', id: infoId },
            h('span', { class: `badge result-status status-${status}`, text: t(`item.status.${status}`) }),
            item.sourceNoteId
                ? h('p', { class: 'wall-item-source', text: source ? t('wallItems.fromNote', { text: shorten(source, 80) }) : t('wallItems.fromHiddenNote') })
                : null,
            resultIds.length > 0 ? h('p', { class: 'wall-item-links', text: t('wallItems.belongsTo', { results: resultTitles(board, resultIds) }) }) : null,
            kind === 'result' && links.size > 0
                ? h('p', { class: 'wall-item-links', text: t('wallItems.linkedItems', { n: linkedIndicators, m: links.size - linkedIndicators }) })
                : null));
}

// The step's items as a block of the wall, or null when it has none. Kept while nothing it shows changed,
// so a live update does not replace the button that has focus.
export function wallItemsBlock(col, step, board, ctx) {
    const items = allItems(board).filter(({ item }) => item.step === step.number);
    if (items.length === 0) {
        return null;
    }
    const printing = Boolean(ctx.printing);
    const sources = items.map(({ item }) => (item.sourceNoteId ? noteText(board, item.sourceNoteId) : null));
    const key = JSON.stringify([items, sources, board.results, ctx.selectedItem, ctx.locale, printing]);
    if (col.itemsKey !== key) {
        col.itemsKey = key;
        const headingId = `wall-items-${step.number}`;
        col.itemsEl = h('section', { class: 'wall-items', 'aria-labelledby': headingId },
            h('h3', { class: 'wall-items-heading', id: headingId, text: t('wallItems.heading', { n: items.length }) }),
            h('ul', { class: 'wall-item-list', 'aria-labelledby': headingId }, items.map(({ kind, item }) => card(board, kind, item, ctx.selectedItem, printing))));
    }
    return col.itemsEl;
}

// Marks the selected item's source note and linked items; called after every render, since notes re-render.
export function applyItemHighlight(root, board, ctx) {
    for (const el of root.querySelectorAll('.is-source, .is-linked, .is-selected-item')) {
        el.classList.remove('is-source', 'is-linked', 'is-selected-item');
    }
    const related = ctx.selectedItem ? relatedOf(board, ctx.selectedItem) : null;
    if (!related) {
        return null;
    }
    root.querySelector(`[data-wall-item="${CSS.escape(ctx.selectedItem)}"]`)?.classList.add('is-selected-item');
    for (const id of related.notes) {
        for (const note of root.querySelectorAll(`li.note[data-note-id="${CSS.escape(id)}"]`)) {
            note.classList.add('is-source');
        }
    }
    for (const key of related.items) {
        root.querySelector(`[data-wall-item="${CSS.escape(key)}"]`)?.classList.add('is-linked');
    }
    return related;
}

function relatedOf(board, selectedKey) {
    const found = allItems(board).find(({ kind, item }) => `${kind}:${item.id}` === selectedKey);
    if (!found) {
        return null;
    }
    return {
        kind: found.kind,
        notes: new Set(found.item.sourceNoteId ? [found.item.sourceNoteId] : []),
        items: linkedKeys(board, found.kind, found.item),
    };
}

// env: { getBoard, ctx, root, rerender, announce }.
export function installWallItems(env) {
    const select = (key) => {
        const board = env.getBoard();
        env.ctx.selectedItem = key;
        env.rerender();
        const related = board && key ? applyItemHighlight(env.root, board, env.ctx) : null;
        env.announce(related
            ? t('wallItems.related', { kind: t(`kind.${related.kind}`), notes: related.notes.size, items: related.items.size })
            : t('wallItems.cleared'));
    };
    document.addEventListener('click', (event) => {
        const button = event.target.closest?.('button[data-wall-item-select]');
        if (button) {
            const key = button.dataset.wallItemSelect;
            select(env.ctx.selectedItem === key ? null : key);
        }
    });
    document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && env.ctx.selectedItem && event.target.closest?.('.wall-items') && !event.target.closest('dialog')) {
            select(null);
        }
    });
}

// Actions on the worked-out items from the board: edit, link to a result (indicator → result, activity or
// quality agreement → results), vaststellen and parkeren / terug naar concept. They post the cards' own
// commands — updateItem (EditItem, with the item's version, so a form that went stale meanwhile is refused
// instead of overwriting), acceptItem, parkItem and unparkItem — so the server applies the same role checks
// as for a card click. The buttons follow the cards' rules (Cards/Building/ItemActions): edit while concept
// or as moderator, vaststellen on a concept as moderator, parkeren (or back from parked) as moderator.
import { h, shorten } from './dom.js';
import { t } from './strings.js';
import './item-strings.js';

const lists = { result: 'results', indicator: 'indicators', activity: 'activities', qualityAgreement: 'qualityAgreements' };

export function titleOf(kind, item) {
    return { result: item.statement, indicator: item.name, activity: item.what, qualityAgreement: item.description }[kind] ?? '';
}

// "R1 · …": the item's number as every export shows it (R1, I1, A1, K1), so the board and the council report
// name an item the same way; without a number the text alone.
export function numbered(item, text) {
    return item?.number ? `${item.number} · ${text}` : text;
}

export function itemRules(board, status) {
    const viewer = board.viewer ?? {};
    const member = Boolean(viewer.canEdit) && viewer.role !== 'reader';
    const moderator = member && viewer.role === 'moderator';
    return {
        canEdit: moderator || (member && status === 'concept'),
        canAccept: moderator && status === 'concept',
        canPark: moderator && status !== 'geparkeerd',
        canUnpark: moderator && status === 'geparkeerd',
    };
}

// The buttons under one item; null when the viewer may do nothing with it.
export function itemActions(board, kind, item) {
    const rules = itemRules(board, item.status ?? 'concept');
    if (!rules.canEdit && !rules.canAccept && !rules.canPark && !rules.canUnpark) {
        return null;
    }
    const vars = { kind: t(`kind.${kind}`).toLowerCase(), short: shorten(titleOf(kind, item), 50) };
    const button = (action, label, aria, extra = '') => h('button', {
        type: 'button', class: `btn btn-small${extra}`, 'data-item-action': action, 'data-item-kind': kind, 'data-item-id': item.id,
        'data-focus-key': `item-${action}:${item.id}`, 'aria-label': t(aria, vars),
    }, t(label));
    const linkable = kind !== 'result' && (board.results ?? []).length > 0;
    return h('p', { class: 'item-actions', role: 'group', 'aria-label': t('item.actions', vars) },
        rules.canEdit ? button('edit', 'item.edit', 'item.editLabel') : null,
        rules.canEdit && linkable ? button('link', 'item.link', 'item.linkLabel') : null,
        rules.canAccept ? button('accept', 'item.accept', 'item.acceptLabel', ' btn-primary') : null,
        rules.canPark ? button('park', 'item.park', 'item.parkLabel', ' btn-subtle') : null,
        rules.canUnpark ? button('unpark', 'item.unpark', 'item.unparkLabel') : null);
}

// The whole draft of an item as the board shows it: an edit replaces every field, so the fields the dialog
// does not show are sent as they are. Null enum values are kept by the server (Application ItemEdits).
export function draftOf(kind, item) {
    switch (kind) {
        case 'result':
            return {
                statement: item.statement, targetGroup: item.targetGroup, whatChanges: item.change,
                baseline: item.baseline, target: item.target, horizon: item.horizon,
            };
        case 'indicator':
            return {
                name: item.name, resultId: item.resultId, definition: item.definition, numerator: item.numerator,
                denominator: item.denominator, indicatorKind: item.kind ?? null, type: item.type ?? null, dataSource: item.dataSource,
                existingRegistration: item.existingRegistration === true ? 'yes' : item.existingRegistration === false ? 'no' : 'unknown',
                ownerOrganisation: item.owner, frequency: item.frequency, baseline: item.baseline, target: item.target,
                direction: { omhoog: 'up', omlaag: 'down', stabiel: 'stable' }[item.direction] ?? null,
                need: item.needToKnow === true ? 'needToKnow' : item.needToKnow === false ? 'niceToKnow' : null,
                storiesAbout: item.storiesAbout ?? null, storiesFrom: item.storiesFrom ?? null,
                collectionMethod: item.collectionMethod ?? null, storiesUse: item.storiesUse ?? null,
            };
        case 'activity':
            return { what: item.what, organisations: item.organisations ?? [], formality: item.formal ? 'formal' : null, resultIds: item.resultIds ?? [] };
        default:
            return { description: item.description, ownerOrganisation: item.owner, resultIds: item.resultIds ?? [] };
    }
}

// The fields of the edit dialog: [draft property, label key, multi-line]. A vertellen indicator asks for its
// story sheet, a tellen indicator for its count sheet.
function editFields(kind, item) {
    switch (kind) {
        case 'result':
            return [['statement', 'item.field.statement', true], ['targetGroup', 'field.targetGroup'], ['whatChanges', 'field.change'],
                ['baseline', 'field.baseline'], ['target', 'field.target'], ['horizon', 'field.horizon']];
        case 'indicator':
            return item.kind === 'vertellen'
                ? [['name', 'item.field.name', true], ['storiesAbout', 'story.about'], ['storiesFrom', 'story.from'],
                    ['collectionMethod', 'story.method'], ['frequency', 'indicator.frequency'], ['storiesUse', 'story.use']]
                : [['name', 'item.field.name', true], ['definition', 'indicator.definition'], ['numerator', 'indicator.numerator'],
                    ['denominator', 'indicator.denominator'], ['dataSource', 'indicator.dataSource'], ['frequency', 'indicator.frequency'],
                    ['baseline', 'field.baseline'], ['target', 'field.target']];
        case 'activity':
            return [['what', 'item.field.what', true]];
        default:
            return [['description', 'item.field.description', true], ['ownerOrganisation', 'item.field.owner']];
    }
}

function findItem(board, kind, id) {
    return (board[lists[kind]] ?? []).find((item) => item.id === id) ?? null;
}

function update(act, kind, item, draft) {
    return act('updateItem', { itemId: item.id, expectedVersion: item.version, draft: { kind, [kind]: draft } });
}

function openEdit(env, kind, item, focusKey) {
    const draft = draftOf(kind, item);
    const inputs = editFields(kind, item).map(([name, label, multiline]) => {
        const id = `item-field-${name}`;
        const input = multiline
            ? h('textarea', { id, rows: '3', maxlength: '2000', 'data-field': name })
            : h('input', { type: 'text', id, maxlength: '2000', autocomplete: 'off', 'data-field': name });
        input.value = draft[name] ?? '';
        return [h('label', { for: id, text: t(label) }), input];
    });
    env.dialogs.open({
        heading: t('item.editTitle', { kind: t(`kind.${kind}`) }),
        content: inputs.flat(),
        submitLabel: t('dialog.save'),
        returnFocusKey: focusKey,
        onSubmit: async (form) => {
            const next = { ...draft };
            for (const input of form.querySelectorAll('[data-field]')) {
                next[input.dataset.field] = input.value.trim() === '' ? null : input.value.trim();
            }
            const first = editFields(kind, item)[0][0];
            if (!next[first]) {
                throw new Error(t('item.required'));
            }
            await update(env.act, kind, item, next);
            return t('item.done.saved');
        },
        onDone: env.announce,
    });
}

function openLink(env, kind, item, focusKey) {
    const results = env.getBoard().results ?? [];
    const single = kind === 'indicator';
    const current = new Set(single ? [item.resultId].filter(Boolean) : item.resultIds ?? []);
    const choice = (value, label, checked) => {
        const id = `item-link-${value || 'none'}`;
        return h('li', { class: 'check-row' },
            h('input', { type: single ? 'radio' : 'checkbox', name: 'item-link', id, value, checked }),
            h('label', { for: id, text: label }));
    };
    const options = results.map((r) => choice(r.id, shorten(numbered(r, r.statement), 110), current.has(r.id)));
    if (single) {
        options.push(choice('', t('item.linkNoResult'), current.size === 0));
    }
    env.dialogs.open({
        heading: t('item.linkTitle'),
        content: results.length === 0
            ? [h('p', { text: t('item.linkNone') })]
            : [
                h('p', { class: 'dialog-quote', text: shorten(titleOf(kind, item), 120) }),
                h('fieldset', {}, h('legend', { text: t('item.linkTitle') }), h('ul', { class: 'check-list' }, options)),
                single ? null : h('p', { class: 'hint', text: t('item.linkKeepHint') }),
            ].filter(Boolean),
        submitLabel: t('item.link'),
        submitDisabled: results.length === 0,
        returnFocusKey: focusKey,
        onSubmit: async (form) => {
            const chosen = [...form.querySelectorAll('input[name=item-link]:checked')].map((input) => input.value);
            const draft = draftOf(kind, item);
            if (single) {
                draft.resultId = chosen[0] || null;
            } else {
                draft.resultIds = chosen;
            }
            await update(env.act, kind, item, draft);
            return t('item.done.linked');
        },
        onDone: env.announce,
    });
}

// Vaststellen, parkeren and terug naar concept ask once, then post the command of that name.
function confirmed(verb, name) {
    return (env, kind, item, focusKey) => env.dialogs.open({
        heading: t(`item.${name}Title`, { kind: t(`kind.${kind}`).toLowerCase() }),
        content: [h('p', { text: t(`item.${name}Body`, { text: shorten(titleOf(kind, item), 160) }) })],
        submitLabel: t(`item.${name}`),
        returnFocusKey: focusKey,
        onSubmit: async () => {
            await env.act(verb, { kind, itemId: item.id });
            return t(`item.done.${{ accept: 'accepted', park: 'parked', unpark: 'unparked' }[name]}`);
        },
        onDone: env.announce,
    });
}

const openAccept = confirmed('acceptItem', 'accept');
const openPark = confirmed('parkItem', 'park');
const openUnpark = confirmed('unparkItem', 'unpark');

// env: { getBoard, act(verb, data), dialogs, announce }.
export function installItemActions(env) {
    document.addEventListener('click', (event) => {
        const button = event.target.closest?.('button[data-item-action]');
        const board = env.getBoard();
        if (!button || !board || button.closest('dialog')) {
            return;
        }
        const kind = button.dataset.itemKind;
        const item = findItem(board, kind, button.dataset.itemId);
        if (!item) {
            return;
        }
        const open = { edit: openEdit, link: openLink, accept: openAccept, park: openPark, unpark: openUnpark }[button.dataset.itemAction];
        open?.(env, kind, item, button.dataset.focusKey);
    });
}

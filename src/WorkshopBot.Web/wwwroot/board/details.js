// Renders the worked-out part of the board (results with their indicators and definition sheets,
// activities, quality agreements, each with the coach's points and the actions the viewer may take on it,
// see items.js) and the organisation legend.
import { h } from './dom.js';
import { t } from './strings.js';
import { noteColours } from './colour.js';
import { itemActions, numbered } from './items.js';

const coachIcons = { passed: '✓', failed: '!', 'not-applicable': '–' };

function valueOrUnknown(value) {
    return value === null || value === undefined || value === ''
        ? h('span', { class: 'unknown', text: t('value.unknown') })
        : String(value);
}

function facts(pairs) {
    return h('dl', { class: 'facts' }, pairs.map(([label, value]) => [h('dt', { text: label }), h('dd', {}, valueOrUnknown(value))]));
}

function coachingList(points) {
    if (!points || points.length === 0) {
        return null;
    }
    return h('ul', { class: 'coaching' }, points.map((point) => h('li', { class: `coach coach-${point.status}` },
        h('span', { class: 'coach-icon', 'aria-hidden': 'true', text: coachIcons[point.status] ?? '•' }),
        h('span', {},
            h('strong', { text: `${t(`coaching.${point.status}`)}: ` }),
            point.message,
            point.evidence ? h('span', { class: 'evidence', text: ` (${t('coaching.evidence', { text: point.evidence })})` }) : null))));
}

function missingLine(missing) {
    return missing && missing.length > 0
        ? h('p', { class: 'missing' }, h('strong', { text: `${t('field.missing')}: ` }), missing.join(', '))
        : null;
}

function yesNo(value, prefix) {
    if (value === true) {
        return t(`${prefix}.true`);
    }
    return value === false ? t(`${prefix}.false`) : null;
}

function statusBadge(status) {
    return h('span', { class: `badge result-status status-${status}`, text: t(`item.status.${status}`) });
}

// A vertellen indicator is defined by its stories (which, from whom, how collected, how often, what the
// werkgroep does with them); teller, noemer, nulmeting, streefwaarde and richting do not apply to it.
function sheetFacts(indicator) {
    const common = [[t('indicator.kind'), indicator.kind], [t('indicator.type'), indicator.type]];
    const tail = [
        [t('indicator.owner'), indicator.owner],
        [t('indicator.needToKnow'), yesNo(indicator.needToKnow, 'indicator.need')],
        [t('indicator.status'), indicator.status ? t(`item.status.${indicator.status}`) : null],
    ];
    if (indicator.kind === 'vertellen') {
        return [
            ...common,
            [t('story.about'), indicator.storiesAbout],
            [t('story.from'), indicator.storiesFrom],
            [t('story.method'), indicator.collectionMethod],
            [t('indicator.frequency'), indicator.frequency],
            [t('story.use'), indicator.storiesUse],
            ...tail,
        ];
    }
    return [
        [t('indicator.definition'), indicator.definition],
        [t('indicator.numerator'), indicator.numerator],
        [t('indicator.denominator'), indicator.denominator],
        ...common,
        [t('indicator.dataSource'), indicator.dataSource],
        [t('indicator.existing'), yesNo(indicator.existingRegistration, 'indicator.existing')],
        [t('indicator.frequency'), indicator.frequency],
        [t('field.baseline'), indicator.baseline],
        [t('field.target'), indicator.target],
        [t('indicator.direction'), indicator.direction],
        ...tail,
    ];
}

function indicatorSheet(indicator, ctx, board) {
    const key = `indicator:${indicator.id}`;
    const details = h('details', { class: 'sheet', open: ctx.openDetails.has(key), 'data-details-key': key },
        h('summary', {},
            h('span', { class: 'sheet-name', text: t('indicator.sheet', { name: numbered(indicator, indicator.name) }) }),
            h('span', { class: 'sheet-tags', text: ` · ${[indicator.kind, indicator.type].filter(Boolean).join(' · ')}` })),
        facts(sheetFacts(indicator)),
        missingLine(indicator.missing),
        coachingList(indicator.coaching));
    details.addEventListener('toggle', () => {
        if (details.open) {
            ctx.openDetails.add(key);
        } else {
            ctx.openDetails.delete(key);
        }
    });
    // The actions stay outside the folded sheet, so they can be reached without unfolding it.
    return h('li', {}, details, itemActions(board, 'indicator', indicator));
}

function resultCard(result, indicators, ctx, board) {
    const headingId = `result-${result.id}`;
    const mine = indicators.filter((i) => i.resultId === result.id || (result.indicatorIds ?? []).includes(i.id));
    return h('li', {},
        h('article', { class: 'card result', 'aria-labelledby': headingId },
            h('h4', { id: headingId, text: numbered(result, result.statement) }),
            h('p', { class: 'col-badges' },
                h('span', { class: 'badge level', text: t(`level.${result.level}`) }),
                h('span', { class: `badge result-status status-${result.status}`, text: t(`result.status.${result.status}`) })),
            facts([
                [t('field.targetGroup'), result.targetGroup],
                [t('field.change'), result.change],
                [t('field.baseline'), result.baseline],
                [t('field.target'), result.target],
                [t('field.horizon'), result.horizon],
            ]),
            missingLine(result.missing),
            result.coaching?.length ? h('h5', { text: t('field.coaching') }) : null,
            coachingList(result.coaching),
            result.suggestion ? h('p', { class: 'suggestion' }, h('strong', { text: `${t('field.suggestion')}: ` }), result.suggestion) : null,
            mine.length > 0 ? h('h5', { text: t('field.indicators') }) : null,
            itemActions(board, 'result', result),
            mine.length > 0 ? h('ul', { class: 'sheets' }, mine.map((i) => indicatorSheet(i, ctx, board))) : null));
}

// The statements of the linked results. A link can outlive its result (removed or merged since): a reader
// never sees a stored id like "res-3bb58fcbc8ce8fa5", so it reads "(verwijderd resultaat)" instead.
function resultNames(ids, statementOf) {
    return ids.map((id) => statementOf.get(id) ?? t('result.removed')).join('; ');
}

export function renderDetails(container, board, ctx) {
    const results = board.results ?? [];
    const indicators = board.indicators ?? [];
    const activities = board.activities ?? [];
    const agreements = board.qualityAgreements ?? [];
    const viewer = board.viewer ?? {};
    const key = JSON.stringify([results, indicators, activities, agreements, ctx.locale, viewer.role, viewer.canEdit]);
    if (key === ctx.detailsKey) {
        return;
    }
    ctx.detailsKey = key;
    const resultIds = new Set(results.map((r) => r.id));
    const linked = new Set(results.flatMap((r) => r.indicatorIds ?? []));
    const loose = indicators.filter((i) => !resultIds.has(i.resultId) && !linked.has(i.id));
    const statementOf = new Map(results.map((r) => [r.id, numbered(r, r.statement)]));
    const focusKey = document.activeElement?.closest?.('[data-details-key]')?.dataset.detailsKey;

    container.replaceChildren(
        h('h2', { id: 'details-heading', text: t('details.heading') }),
        h('div', { class: 'details-grid' },
            h('section', { class: 'details-pane', 'aria-labelledby': 'details-results' },
                h('h3', { id: 'details-results', text: t('details.results') }),
                results.length === 0 && loose.length === 0 ? h('p', { class: 'empty', text: t('details.none') }) : null,
                results.length > 0 ? h('ul', { class: 'cards' }, results.map((r) => resultCard(r, indicators, ctx, board))) : null,
                loose.length > 0 ? h('ul', { class: 'sheets' }, loose.map((i) => indicatorSheet(i, ctx, board))) : null),
            h('section', { class: 'details-pane', 'aria-labelledby': 'details-activities' },
                h('h3', { id: 'details-activities', text: t('details.activities') }),
                activities.length === 0 ? h('p', { class: 'empty', text: t('details.none') }) : h('ul', { class: 'cards' },
                    activities.map((a) => h('li', { class: 'card activity' },
                        h('p', { class: 'card-title', text: numbered(a, a.what) }),
                        h('p', { class: 'col-badges' }, h('span', { class: 'badge', text: a.formal ? t('activity.formal') : t('activity.informal') }),
                            a.status ? statusBadge(a.status) : null),
                        a.organisations?.length ? h('p', { text: t('activity.by', { orgs: a.organisations.join(', ') }) }) : null,
                        a.resultIds?.length
                            ? h('p', { text: t('activity.contributes', { results: resultNames(a.resultIds, statementOf) }) })
                            : null,
                        itemActions(board, 'activity', a))))),
            h('section', { class: 'details-pane', 'aria-labelledby': 'details-quality' },
                h('h3', { id: 'details-quality', text: t('details.quality') }),
                agreements.length === 0 ? h('p', { class: 'empty', text: t('details.none') }) : h('ul', { class: 'cards' },
                    agreements.map((q) => h('li', { class: 'card quality' },
                        h('p', { class: 'card-title', text: numbered(q, q.condition) }),
                        q.status ? h('p', { class: 'col-badges' }, statusBadge(q.status)) : null,
                        h('p', { text: q.description }),
                        q.owner ? h('p', { text: t('quality.owner', { owner: q.owner }) }) : null,
                        q.resultIds?.length
                            ? h('p', { text: t('activity.contributes', { results: resultNames(q.resultIds, statementOf) }) })
                            : null,
                        itemActions(board, 'qualityAgreement', q)))))));
    if (focusKey) {
        container.querySelector(`[data-details-key="${CSS.escape(focusKey)}"] summary`)?.focus();
    }
}

export function renderLegend(container, board, ctx) {
    const orgs = new Map();
    for (const step of board.steps) {
        for (const note of step.notes) {
            if (note.organisation && !orgs.has(note.organisation)) {
                orgs.set(note.organisation, note.colour);
            }
        }
    }
    const key = JSON.stringify([[...orgs], ctx.theme, ctx.locale]);
    if (key === ctx.legendKey) {
        return;
    }
    ctx.legendKey = key;
    container.hidden = orgs.size === 0;
    container.replaceChildren(
        h('h2', { id: 'legend-heading', class: 'legend-heading', text: t('legend.heading') }),
        h('ul', { class: 'legend-list' }, [...orgs].sort((a, b) => a[0].localeCompare(b[0])).map(([name, colour]) => {
            const c = noteColours(colour, ctx.theme);
            return h('li', { vars: { '--note-bg': c.background, '--note-fg': c.text, '--note-accent': c.accent } },
                h('span', { class: 'swatch', 'aria-hidden': 'true' }), name);
        })));
}

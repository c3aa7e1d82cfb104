// Step 6 on the board: per indicator a progress chart (the server's accessible SVG, fetched with the
// viewer's token and shown as an image with the chart's description as its text alternative) with the
// same points as a table, and the stories grouped per result as the partners linked them (each with its
// period and the indicators it belongs to). Everything the werkgroep typed goes in as text
// (h() sets textContent), never as markup; the SVG is drawn by the server and only ever used as an image.
import { h } from './dom.js';
import { t, addStrings } from './strings.js';

addStrings({
    'progress.heading': 'Voortgang (tellen en vertellen)',
    'progress.intro': 'Per indicator de nulmeting, de metingen per periode en de streefwaarde.',
    'progress.table': 'Toon als tabel',
    'progress.stories': 'Verhalen per resultaat',
    'progress.noStories': 'Nog geen verhalen.',
    'progress.noResult': 'Bij indicatoren zonder resultaat',
    'progress.storyAbout': 'Over: {names}',
    'progress.storyWithheld': 'De tekst wordt niet gedeeld: er is geen toestemming om dit verhaal te citeren.',
    'progress.chartFailed': 'De grafiek kon niet worden geladen.',
    'progress.perspective.inwoner': 'Inwoner',
    'progress.perspective.professional': 'Professional',
    'progress.perspective.vrijwilliger': 'Vrijwilliger',
}, {
    'progress.heading': 'Progress (counting and stories)',
    'progress.intro': 'Per indicator the baseline, the measurements per period and the target.',
    'progress.table': 'Show as table',
    'progress.stories': 'Stories per result',
    'progress.noStories': 'No stories yet.',
    'progress.noResult': 'With indicators without a result',
    'progress.storyAbout': 'About: {names}',
    'progress.storyWithheld': 'The text is not shared: there is no consent to quote this story.',
    'progress.chartFailed': 'The chart could not be loaded.',
    'progress.perspective.inwoner': 'Resident',
    'progress.perspective.professional': 'Professional',
    'progress.perspective.vrijwilliger': 'Volunteer',
});

// The progress changes with measurements, not with the board's version, so it is fetched again at most
// this often while the board polls.
const refreshMs = 60000;
const blobUrls = [];

function chartTable(indicator) {
    const table = indicator.table;
    return h('details', { class: 'progress-table' },
        h('summary', { text: t('progress.table') }),
        h('table', {},
            h('caption', { text: indicator.name }),
            h('thead', {}, h('tr', {}, table.header.map((cell) => h('th', { scope: 'col', text: cell })))),
            h('tbody', {}, table.rows.map((row) => h('tr', {},
                h('th', { scope: 'row', text: row.period }),
                h('td', { text: row.kind }),
                h('td', { text: row.value }))))));
}

function indicatorFigure(indicator, api, base) {
    const img = h('img', { class: 'progress-chart', alt: indicator.description, width: '800', height: '450' });
    const figure = h('figure', { class: 'progress-figure' }, img, h('figcaption', { text: indicator.name }));
    api.getBlob(`${base}/${indicator.chartUrl}`)
        .then((blob) => {
            const url = URL.createObjectURL(blob);
            blobUrls.push(url);
            img.src = url;
        })
        .catch(() => figure.append(h('p', { class: 'missing', text: t('progress.chartFailed') })));
    return h('article', { class: 'progress-indicator', 'data-indicator-id': indicator.id },
        h('h3', { text: indicator.name }),
        figure,
        chartTable(indicator));
}

function storyList(groups) {
    if (groups.length === 0) {
        return h('p', { text: t('progress.noStories') });
    }
    return groups.map((group) => h('section', { class: 'progress-result', 'data-result-id': group.resultId ?? '' },
        h('h4', { text: group.result ?? t('progress.noResult') }),
        h('ul', {}, group.stories.map((story) => h('li', {},
            h('strong', { text: t(`progress.perspective.${story.perspective}`) }),
            ` · ${story.period}`,
            story.theme ? ` · ${story.theme}` : '',
            story.textWithheld
                ? h('p', { class: 'progress-withheld', text: t('progress.storyWithheld') })
                : h('blockquote', { text: story.text }),
            story.indicators.length > 0
                ? h('p', { class: 'progress-links', text: t('progress.storyAbout', { names: story.indicators.join(', ') }) })
                : null)))));
}

// Renders into `container` (a <section>), fetching /api/boards/{id}/monitoring; hidden while the
// werkgroep has no indicators to follow.
export function createProgress(container, api, werkgroepId) {
    const base = `/api/boards/${encodeURIComponent(werkgroepId)}`;
    let loadedAt = 0;
    let loading = false;

    async function load() {
        loading = true;
        try {
            const progress = await api.getJson(`${base}/monitoring`);
            blobUrls.splice(0).forEach((url) => URL.revokeObjectURL(url));
            container.replaceChildren();
            if (progress.indicators.length === 0 && progress.storiesByPeriod.length === 0) {
                container.hidden = true;
                return;
            }
            container.hidden = false;
            container.append(
                h('h2', { id: 'progress-heading', text: t('progress.heading') }),
                h('p', { text: t('progress.intro') }),
                ...progress.indicators.map((indicator) => indicatorFigure(indicator, api, base)),
                h('h3', { text: t('progress.stories') }),
                ...[storyList(progress.storiesByResult)].flat());
        } catch {
            // The progress section is extra: the board itself keeps working without it.
        } finally {
            // Also after a failure: the next try waits as long as a refresh, so an error is not fetched every poll.
            loadedAt = Date.now();
            loading = false;
        }
    }

    return {
        refresh() {
            if (!loading && Date.now() - loadedAt >= refreshMs) {
                load();
            }
        },
    };
}

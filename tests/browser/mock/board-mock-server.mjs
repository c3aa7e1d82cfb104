// Dev mock of the board API contract (see the board brief): serves src/WorkshopBot.Web/wwwroot and an
// in-memory fake of /api/boards/{id}, /api/boards/{id}/actions and /api/me/werkgroepen, with per-viewer
// ETags and 304s. Node core only. Run: node tests/browser/mock/board-mock-server.mjs [port]
// Test hooks (mock only): POST /__mock/werkgroepen {name?, seed?} -> {id, users, shareToken}.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');
const wwwroot = path.join(repoRoot, 'src', 'WorkshopBot.Web', 'wwwroot');
const teamsJs = path.join(repoRoot, 'node_modules', '@microsoft', 'teams-js', 'dist', 'umd', 'MicrosoftTeams.min.js');

const contentTypes = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
};

// The same CSP the real host should send, so the mock catches inline scripts/styles early.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    + "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft "
    + 'https://*.office.com https://*.microsoft365.com https://*.skype.com';

const users = {
    mod: { name: 'Anna de Vries', organisation: 'Gemeente Neder-Betuwe' },
    jan: { name: 'Jan Jansen', organisation: 'Welzijn Neder-Betuwe' },
    fatima: { name: 'Fatima el Amrani', organisation: 'MEE Gelderse Poort' },
    piet: { name: 'Piet Bakker', organisation: 'Adviesraad Sociaal Domein' },
    sanne: { name: 'Sanne Visser', organisation: 'Sociaal Team' },
    // Not a member of any werkgroep: gets 403.
    outsider: { name: 'Olaf Buiten', organisation: 'Elders' },
};

const orgColours = {
    'Gemeente Neder-Betuwe': '#5B5FC7',
    'Welzijn Neder-Betuwe': '#E3A21A',
    'MEE Gelderse Poort': '#13A10E',
    'Adviesraad Sociaal Domein': '#C4314B',
    'Sociaal Team': '#0F6CBD',
    Elders: '#8A8886',
};

const stepDefs = [
    [1, 'Monitoring & ambities', 'Hoe gaat het met onze inwoners? Wat willen we politiek en beleidsmatig?'],
    [2, 'Maatschappelijk resultaat', 'Wat willen we over 3 jaar bereikt hebben voor en met inwoners?'],
    [3, 'Activiteiten', 'Welke activiteiten dragen bij aan de resultaten? Wie doet wat?'],
    [4, 'Input / kwaliteit', 'Hoe borgen we de kwaliteit: scholing, kennis van wat werkt, randvoorwaarden?'],
    [5, 'Outcome', 'Levert onze dienstverlening resultaat op? Hoe maken we dat zichtbaar met tellen en vertellen?'],
    [6, 'Verbetercyclus', 'Gaat het beter met inwoners? Wat gaat goed, wat kan beter, en hoe?'],
];

const werkgroepen = new Map();
let idCounter = 1;
const newId = (prefix) => `${prefix}${(idCounter++).toString(36)}`;

function createWerkgroep({ id, name = 'Werkgroep Eenzaamheid', seed = true } = {}) {
    const wg = {
        id: id ?? newId('wg-'),
        name,
        trajectName: 'Kwaliteitskompas Sociaal Domein 2026',
        gemeente: 'Neder-Betuwe',
        theme: 'Eenzaamheid onder ouderen',
        currentStep: 3,
        version: 1,
        members: { mod: 'moderator', jan: 'participant', fatima: 'participant', piet: 'participant', sanne: 'participant' },
        // Which organisation each member represents (setOrganisation); notes take it from here, not a copy.
        organisations: Object.fromEntries(Object.entries(users).map(([id, u]) => [id, u.organisation])),
        steps: stepDefs.map(([number, stepName, question]) => ({
            number, name: stepName, question, state: number <= 3 ? 'open' : 'closed', silent: false,
        })),
        notes: [],
        voting: null,
        timer: null,
        results: [],
        indicators: [],
        activities: [],
        qualityAgreements: [],
        shareLinks: [],
        processedActions: new Map(),
    };
    if (seed) {
        seedWerkgroep(wg);
    }
    werkgroepen.set(wg.id, wg);
    return wg;
}

function addNote(wg, step, text, userId, extra = {}) {
    const note = {
        id: newId('n-'), step, text, userId, status: 'idee', cluster: null, votes: {},
        createdAt: new Date(Date.now() - (extra.ageMinutes ?? 0) * 60000).toISOString(), editedAt: null,
        coachingOpen: 0, ...extra,
    };
    delete note.ageMinutes;
    wg.notes.push(note);
    return note;
}

function seedWerkgroep(wg) {
    addNote(wg, 1, '23% van de 75-plussers voelt zich ernstig eenzaam (GGD-monitor 2024).', 'mod', { ageMinutes: 90, status: 'vastgesteld' });
    addNote(wg, 1, 'Raad wil dat inwoners langer zelfstandig en met plezier thuis wonen.', 'piet', { ageMinutes: 85 });
    addNote(wg, 2, 'Over 3 jaar voelen minder 75-plussers in Kesteren zich eenzaam (van 23% naar 18%).', 'fatima', { ageMinutes: 60, status: 'voorstel', votes: { jan: 2, mod: 1 } });
    addNote(wg, 2, 'Regie versterken in het sociaal domein.', 'jan', { ageMinutes: 58, coachingOpen: 2 });
    addNote(wg, 3, 'Koffieochtenden in de buurthuizen, ook voor mantelzorgers.', 'jan', { ageMinutes: 30, cluster: 'Ontmoeting', votes: { fatima: 1 } });
    addNote(wg, 3, 'Maatjesproject: vrijwilligers bezoeken thuiswonende ouderen.', 'fatima', { ageMinutes: 28, cluster: 'Ontmoeting', votes: { jan: 1, piet: 1, mod: 1 } });
    addNote(wg, 3, 'Huisbezoeken 75+ door het sociaal team, met signaalkaart eenzaamheid.', 'sanne', { ageMinutes: 25, cluster: 'Signaleren' });
    addNote(wg, 3, 'Vervoer naar activiteiten regelen (ANWB AutoMaatje).', 'piet', { ageMinutes: 20, status: 'geparkeerd' });
    const result = {
        id: newId('r-'), level: 'samenleving',
        statement: 'Over 3 jaar voelen minder 75-plussers in Kesteren zich ernstig eenzaam.',
        targetGroup: '75-plussers in Kesteren', change: 'minder ernstig eenzaam', baseline: '23%', target: '18%',
        horizon: 'eind 2029', status: 'concept', missing: [],
        coaching: [
            { id: 'c1', status: 'passed', message: 'Noemt de doelgroep: 75-plussers in Kesteren.', evidence: '75-plussers in Kesteren' },
            { id: 'c2', status: 'passed', message: 'Is tijdgebonden.', evidence: 'Over 3 jaar' },
            { id: 'c3', status: 'failed', message: 'Maak het meetbaar: noem een nulmeting en een streefwaarde in de zin.', evidence: 'minder' },
        ],
        suggestion: 'Over 3 jaar voelt 18% van de 75-plussers in Kesteren zich ernstig eenzaam (nu 23%).',
        indicatorIds: [],
    };
    wg.results.push(result);
    const indicator = {
        id: newId('i-'), resultId: result.id, name: 'Aandeel ernstig eenzame 75-plussers',
        definition: 'Percentage 75-plussers dat op de eenzaamheidsschaal van De Jong Gierveld 9 of hoger scoort.',
        numerator: 'Aantal 75-plussers met score ≥ 9', denominator: 'Aantal ondervraagde 75-plussers',
        kind: 'tellen', type: 'outcome', dataSource: 'GGD Gezondheidsmonitor Volwassenen en Ouderen',
        existingRegistration: true, owner: 'GGD Gelderland-Zuid', frequency: 'elke 4 jaar', baseline: '23% (2024)',
        target: '18% (2029)', direction: 'omlaag', needToKnow: true, status: 'concept', missing: [],
        coaching: [
            { id: 'c4', status: 'passed', message: 'Gebruikt een bestaande registratie.', evidence: 'GGD Gezondheidsmonitor' },
            { id: 'c5', status: 'failed', message: 'Voeg ook een vertellen-indicator toe: verhalen van inwoners.', evidence: null },
        ],
    };
    const indicator2 = {
        id: newId('i-'), resultId: result.id, name: 'Verhalen van deelnemers maatjesproject',
        definition: 'Jaarlijkse verhalenronde met deelnemers over hun contacten.', numerator: null, denominator: null,
        kind: 'vertellen', type: 'outcome', dataSource: null, existingRegistration: null, owner: 'MEE Gelderse Poort',
        frequency: 'jaarlijks', baseline: null, target: null, direction: null, needToKnow: null, status: 'concept',
        missing: ['databron', 'nulmeting', 'streefwaarde', 'need-to-know of nice-to-know'],
        coaching: [
            { id: 'c6', status: 'failed', message: 'Geef aan of dit need-to-know of nice-to-know is.', evidence: null },
            { id: 'c7', status: 'not-applicable', message: 'Teller en noemer gelden niet voor vertellen.', evidence: null },
        ],
    };
    wg.indicators.push(indicator, indicator2);
    result.indicatorIds.push(indicator.id, indicator2.id);
    wg.activities.push({ id: newId('a-'), what: 'Maatjesproject voor thuiswonende ouderen', organisations: ['MEE Gelderse Poort', 'Welzijn Neder-Betuwe'], formal: true, resultIds: [result.id] });
    wg.activities.push({ id: newId('a-'), what: 'Koffieochtenden in de buurthuizen', organisations: ['Welzijn Neder-Betuwe'], formal: false, resultIds: [] });
    wg.qualityAgreements.push({ id: newId('q-'), condition: 'Scholing', description: 'Vrijwilligers volgen de training "Eenzaamheid herkennen".', owner: 'Welzijn Neder-Betuwe' });
    wg.voting = { step: 3, dotsPerPerson: 3 };
}

createWerkgroep({ id: 'wg-demo' });

class Problem extends Error {
    constructor(status, code, title) {
        super(title);
        this.status = status;
        this.code = code;
    }
}

function viewerFor(wg, req, url) {
    const share = url.searchParams.get('share');
    if (share) {
        const link = wg.shareLinks.find((l) => l.token === share);
        if (!link || link.revoked || Date.parse(link.expiresAt) < Date.now()) {
            throw new Problem(403, 'share-link-invalid', 'Deze deellink is verlopen of ingetrokken. Vraag de projectleider om een nieuwe link.');
        }
        return { userId: null, name: 'Gast via deellink', organisation: null, role: 'reader', canEdit: false };
    }
    let userId = url.searchParams.get('dev-user');
    const auth = req.headers.authorization ?? '';
    if (!userId && auth.startsWith('Bearer mock-')) {
        userId = auth.slice('Bearer mock-'.length);
    }
    if (!userId || !users[userId]) {
        throw new Problem(401, 'unauthenticated', 'Je bent niet aangemeld. Open het bord opnieuw vanuit Teams.');
    }
    const role = wg.members[userId];
    if (!role) {
        throw new Problem(403, 'not-a-member', 'Je hoort niet bij deze werkgroep. Vraag de projectleider om je toe te voegen.');
    }
    return { userId, ...users[userId], organisation: wg.organisations[userId] ?? null, role, canEdit: role !== 'reader' };
}

function isActiveLink(link) {
    return !link.revoked && Date.parse(link.expiresAt) >= Date.now();
}

// Like the host's GET /api/boards/{id}/share-links: the only answer that carries share tokens.
function shareLinksOf(wg, origin) {
    return wg.shareLinks.map(({ token, ...l }) => ({ ...l, active: isActiveLink(l), url: `${origin}/board/${wg.id}?share=${token}` }));
}

// Like the host, the polled board holds no share token: a count of active links for the moderator and
// export links without ?share= (the page appends its own credentials).
function viewOf(wg, viewer) {
    const usedDots = wg.voting
        ? wg.notes.filter((n) => n.step === wg.voting.step).reduce((sum, n) => sum + (n.votes[viewer.userId] ?? 0), 0)
        : 0;
    // The lean shape of the real host (BoardNoteView): authors once, notes point at them with "by",
    // default values left out, notes oldest first without a timestamp.
    const authors = [];
    const authorIndex = new Map();
    const by = (userId) => {
        if (!authorIndex.has(userId)) {
            const { name } = users[userId];
            const organisation = wg.organisations[userId] ?? null;
            authorIndex.set(userId, authors.length);
            authors.push({ name, organisation, colour: orgColours[organisation] ?? '#8A8886' });
        }
        return authorIndex.get(userId);
    };
    const lean = (note) => Object.fromEntries(Object.entries(note).filter(([, v]) => v !== null && v !== 0 && v !== false));
    // Like the host (Werkgroep.VoteCountsVisible): during an open round only a moderator who chose
    // "stemmen tonen" sees totals on that step; the others get countsHidden and no totals.
    const countsHidden = Boolean(wg.voting) && !(wg.voting.showCounts && viewer.role === 'moderator');
    const steps = wg.steps.map((s) => {
            const all = wg.notes.filter((n) => n.step === s.number);
            const visible = s.silent ? all.filter((n) => n.userId === viewer.userId) : all;
            return {
                number: s.number, name: s.name, question: s.question, state: s.state, silent: s.silent,
                hiddenNotes: all.length - visible.length,
                notes: visible.map((n) => lean({
                    id: n.id, text: n.text, mergedTexts: n.mergedTexts?.length ? n.mergedTexts : null, by: by(n.userId),
                    votes: countsHidden && s.number === wg.voting.step ? 0 : Object.values(n.votes).reduce((a, b) => a + b, 0), myVotes: n.votes[viewer.userId] ?? 0,
                    status: n.status === 'idee' ? null : n.status, cluster: n.cluster, mine: n.userId === viewer.userId && viewer.userId !== null,
                    edited: n.editedAt !== null, coachingOpen: n.coachingOpen,
                })),
            };
        });
    return {
        werkgroep: {
            id: wg.id, name: wg.name, trajectName: wg.trajectName, gemeente: wg.gemeente, theme: wg.theme,
            currentStep: wg.currentStep, version: wg.version,
        },
        viewer,
        steps,
        authors,
        voting: wg.voting
            ? { step: wg.voting.step, dotsPerPerson: wg.voting.dotsPerPerson, dotsLeft: viewer.role === 'reader' ? 0 : wg.voting.dotsPerPerson - usedDots, countsHidden }
            : null,
        timer: wg.timer,
        // Numbered in stored order, as the host's ItemNumbers does (R1, I1, A1, K1).
        results: numberedItems(wg.results, 'R'),
        indicators: numberedItems(wg.indicators, 'I'),
        activities: numberedItems(wg.activities, 'A'),
        qualityAgreements: numberedItems(wg.qualityAgreements, 'K'),
        activeShareLinks: viewer.role === 'moderator' ? wg.shareLinks.filter(isActiveLink).length : 0,
        exports: Object.fromEntries(['docx', 'xlsx', 'md', 'csv', 'json'].map((f) => [f, `/api/boards/${wg.id}/exports/${f}`])),
    };
}

function numberedItems(items, prefix) {
    return items.map((item, index) => ({ ...item, number: `${prefix}${index + 1}` }));
}

function requireText(text) {
    if (typeof text !== 'string' || text.trim() === '') {
        throw new Problem(400, 'empty-text', 'Een notitie mag niet leeg zijn.');
    }
    if (text.length > 2000) {
        throw new Problem(400, 'text-too-long', 'Een notitie mag hoogstens 2000 tekens hebben.');
    }
}

function findNote(wg, noteId) {
    const note = wg.notes.find((n) => n.id === noteId);
    if (!note) {
        throw new Problem(404, 'note-not-found', 'Deze notitie bestaat niet meer. Misschien heeft iemand haar samengevoegd of verwijderd.');
    }
    return note;
}

function findStep(wg, number) {
    const step = wg.steps.find((s) => s.number === number);
    if (!step) {
        throw new Problem(400, 'step-not-found', 'Deze stap bestaat niet.');
    }
    return step;
}

function requireModerator(viewer) {
    if (viewer.role !== 'moderator') {
        throw new Problem(403, 'moderator-only', 'Alleen de projectleider kan dit doen.');
    }
}

function requireOwnerOrModerator(viewer, note) {
    if (viewer.role !== 'moderator' && note.userId !== viewer.userId) {
        throw new Problem(403, 'not-your-note', 'Je kunt alleen je eigen notities wijzigen.');
    }
}

function requireOpen(step) {
    if (step.state !== 'open') {
        throw new Problem(409, 'step-not-open', `Stap ${step.number} is ${step.state === 'locked' ? 'vergrendeld' : 'gesloten'}. Je kunt hier nu niets toevoegen of wijzigen.`);
    }
}

function applyAction(wg, viewer, verb, data) {
    if (!viewer.canEdit) {
        throw new Problem(403, 'read-only', 'Je kunt dit bord alleen bekijken.');
    }
    switch (verb) {
        case 'addNotes': {
            const step = findStep(wg, data.step);
            requireOpen(step);
            requireText(data.text);
            const lines = data.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
            for (const line of lines) {
                addNote(wg, step.number, line, viewer.userId);
            }
            return;
        }
        case 'editNote': {
            const note = findNote(wg, data.noteId);
            requireOwnerOrModerator(viewer, note);
            requireOpen(findStep(wg, note.step));
            requireText(data.text);
            note.text = data.text.trim();
            note.editedAt = new Date().toISOString();
            return;
        }
        case 'deleteNote': {
            const note = findNote(wg, data.noteId);
            requireOwnerOrModerator(viewer, note);
            requireOpen(findStep(wg, note.step));
            wg.notes = wg.notes.filter((n) => n !== note);
            return;
        }
        case 'castVote':
        case 'retractVote': {
            const note = findNote(wg, data.noteId);
            if (!wg.voting || wg.voting.step !== note.step) {
                throw new Problem(409, 'no-voting-round', 'Er loopt nu geen stemronde voor deze stap.');
            }
            const used = wg.notes.filter((n) => n.step === note.step).reduce((s, n) => s + (n.votes[viewer.userId] ?? 0), 0);
            const mine = note.votes[viewer.userId] ?? 0;
            if (verb === 'castVote') {
                if (used >= wg.voting.dotsPerPerson) {
                    throw new Problem(409, 'no-dots-left', 'Je hebt al je stemmen gebruikt. Haal eerst een stem weg.');
                }
                note.votes[viewer.userId] = mine + 1;
            } else {
                if (mine === 0) {
                    throw new Problem(409, 'no-vote-to-remove', 'Je hebt nog niet op deze notitie gestemd.');
                }
                note.votes[viewer.userId] = mine - 1;
            }
            return;
        }
        case 'moveNote': {
            // As the domain: authors between open steps, moderators between steps that are not locked.
            const note = findNote(wg, data.noteId);
            requireOwnerOrModerator(viewer, note);
            const to = findStep(wg, data.toStep);
            for (const step of [findStep(wg, note.step), to]) {
                if (viewer.role !== 'moderator' || step.state === 'locked') {
                    requireOpen(step);
                }
            }
            note.step = to.number;
            note.cluster = null;
            return;
        }
        case 'mergeNotes': {
            requireModerator(viewer);
            const target = findNote(wg, data.targetNoteId);
            const sources = (data.sourceNoteIds ?? []).map((id) => findNote(wg, id));
            if (sources.length === 0) {
                throw new Problem(400, 'nothing-to-merge', 'Kies minstens één notitie om samen te voegen.');
            }
            for (const s of sources) {
                if (s === target) {
                    throw new Problem(400, 'merge-self', 'Een notitie kan niet met zichzelf worden samengevoegd.');
                }
                // The target keeps its own text; what was merged in stays readable under it.
                target.mergedTexts = [...(target.mergedTexts ?? []), s.text, ...(s.mergedTexts ?? [])];
                for (const [u, v] of Object.entries(s.votes)) {
                    target.votes[u] = (target.votes[u] ?? 0) + v;
                }
            }
            wg.notes = wg.notes.filter((n) => !sources.includes(n));
            return;
        }
        case 'setOrganisation': {
            // Members set their own; a moderator may set anyone's. Empty clears it.
            const userId = data.userId || viewer.userId;
            if (userId !== viewer.userId) {
                requireModerator(viewer);
            }
            if (!wg.members[userId]) {
                throw new Problem(403, 'not-member', 'Je bent (nog) geen lid van deze werkgroep.');
            }
            const organisation = typeof data.organisation === 'string' ? data.organisation.trim() : '';
            if (organisation.length > 150) {
                throw new Problem(400, 'text-too-long', 'Deze tekst is te lang (hoogstens 150 tekens).');
            }
            wg.organisations[userId] = organisation === '' ? null : organisation;
            return;
        }
        case 'setCluster': {
            requireModerator(viewer);
            const note = findNote(wg, data.noteId);
            note.cluster = data.label && data.label.trim() ? data.label.trim() : null;
            return;
        }
        case 'renameCluster': {
            requireModerator(viewer);
            const label = String(data.label ?? '').trim();
            const newLabel = data.newLabel && data.newLabel.trim() ? data.newLabel.trim() : null;
            for (const note of wg.notes.filter((n) => n.step === data.step && n.cluster === label)) {
                note.cluster = newLabel;
            }
            return;
        }
        case 'promoteNote': {
            requireModerator(viewer);
            const note = findNote(wg, data.noteId);
            if (data.kind === 'result') {
                wg.results.push({
                    id: newId('r-'), level: note.step <= 2 ? 'samenleving' : 'voorziening', statement: note.text,
                    targetGroup: null, change: null, baseline: null, target: null, horizon: null, status: 'concept',
                    missing: ['doelgroep', 'nulmeting', 'streefwaarde', 'termijn'],
                    coaching: [{ id: newId('c'), status: 'failed', message: 'Noem de doelgroep: welke inwoners?', evidence: null }],
                    suggestion: null, indicatorIds: [],
                });
            } else if (data.kind === 'indicator') {
                wg.indicators.push({
                    id: newId('i-'), resultId: wg.results[0]?.id ?? null, name: note.text, definition: null, numerator: null,
                    denominator: null, kind: 'tellen', type: 'output', dataSource: null, existingRegistration: null, owner: null,
                    frequency: null, baseline: null, target: null, direction: null, needToKnow: null, status: 'concept',
                    missing: ['definitie', 'databron', 'eigenaar'], coaching: [],
                });
            } else if (data.kind === 'activity') {
                wg.activities.push({ id: newId('a-'), what: note.text, organisations: [wg.organisations[note.userId]].filter(Boolean), formal: false, resultIds: [] });
            } else if (data.kind === 'qualityAgreement') {
                wg.qualityAgreements.push({ id: newId('q-'), condition: 'Nog te bepalen', description: note.text, owner: wg.organisations[note.userId] ?? null });
            } else {
                throw new Problem(400, 'unknown-kind', 'Onbekend soort uitwerking.');
            }
            note.status = 'voorstel';
            return;
        }
        case 'openStep':
        case 'closeStep':
        case 'lockStep': {
            requireModerator(viewer);
            const step = findStep(wg, data.step);
            const state = { openStep: 'open', closeStep: 'closed', lockStep: 'locked' }[verb];
            step.state = state;
            if (state === 'open') {
                wg.currentStep = step.number;
            }
            return;
        }
        case 'startSilent': {
            requireModerator(viewer);
            const step = findStep(wg, data.step);
            requireOpen(step);
            step.silent = true;
            return;
        }
        case 'revealNotes': {
            requireModerator(viewer);
            const step = findStep(wg, data.step);
            if (!step.silent) {
                throw new Problem(409, 'not-silent', 'Deze stap staat niet in stille modus.');
            }
            step.silent = false;
            return;
        }
        case 'createShareLink': {
            requireModerator(viewer);
            const days = Number(data.expiresInDays);
            if (!Number.isInteger(days) || days < 1 || days > 365) {
                throw new Problem(400, 'bad-expiry', 'Kies een geldigheid tussen 1 en 365 dagen.');
            }
            wg.shareLinks.push({
                id: newId('s-'), token: crypto.randomBytes(12).toString('base64url'), createdAt: new Date().toISOString(),
                expiresAt: new Date(Date.now() + days * 86400000).toISOString(), revoked: false,
            });
            return;
        }
        case 'revokeShareLink': {
            requireModerator(viewer);
            const link = wg.shareLinks.find((l) => l.id === data.shareLinkId);
            if (!link) {
                throw new Problem(404, 'share-link-not-found', 'Deze deellink bestaat niet.');
            }
            link.revoked = true;
            return;
        }
        default:
            throw new Problem(400, 'unknown-verb', 'Deze actie kent de server niet.');
    }
}

function sendJson(res, status, body, headers = {}) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache', ...headers });
    res.end(JSON.stringify(body));
}

function sendProblem(res, problem) {
    res.writeHead(problem.status, { 'content-type': 'application/problem+json; charset=utf-8' });
    res.end(JSON.stringify({ type: 'about:blank', status: problem.status, title: problem.message, code: problem.code }));
}

async function readJson(req) {
    const chunks = [];
    for await (const chunk of req) {
        chunks.push(chunk);
    }
    try {
        return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
        throw new Problem(400, 'bad-json', 'De server begreep het verzoek niet.');
    }
}

function serveFile(res, file) {
    fs.readFile(file, (err, buf) => {
        if (err) {
            res.writeHead(404, { 'content-type': 'text/plain' });
            res.end('not found');
            return;
        }
        res.writeHead(200, {
            'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
            'content-security-policy': csp,
            'x-content-type-options': 'nosniff',
            'cache-control': 'no-cache',
        });
        res.end(buf);
    });
}

const delayMs = Number(process.env.BOARD_MOCK_DELAY_MS ?? 0);

async function handle(req, res) {
    const url = new URL(req.url, `http://${req.headers.host}`);
    const origin = `http://${req.headers.host}`;
    const parts = url.pathname.split('/').filter(Boolean);
    if (delayMs) {
        await new Promise((r) => setTimeout(r, delayMs));
    }

    if (req.method === 'POST' && url.pathname === '/__mock/werkgroepen') {
        const body = await readJson(req);
        const wg = createWerkgroep({ name: body.name, seed: body.seed !== false });
        const token = crypto.randomBytes(12).toString('base64url');
        wg.shareLinks.push({ id: newId('s-'), token, createdAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 7 * 86400000).toISOString(), revoked: false });
        if (body.voting === false) {
            wg.voting = null;
        } else if (body.showCounts === true) {
            wg.voting.showCounts = true;
        }
        return sendJson(res, 200, { id: wg.id, users: { moderator: 'mod', participant: 'jan', participant2: 'fatima', outsider: 'outsider' }, shareToken: token });
    }

    if (parts[0] === 'api') {
        // Same shape as the host's GET /api/me/werkgroepen (BoardApiEndpoints.ListMyWerkgroepenAsync).
        if (req.method === 'GET' && parts[1] === 'me' && parts[2] === 'werkgroepen' && parts.length === 3) {
            const userId = url.searchParams.get('dev-user') ?? (req.headers.authorization ?? '').replace(/^Bearer mock-/, '');
            if (!users[userId]) {
                throw new Problem(401, 'unauthenticated', 'Je bent niet aangemeld. Open deze pagina opnieuw vanuit Teams.');
            }
            return sendJson(res, 200, [...werkgroepen.values()].filter((w) => w.members[userId]).map((w) => ({
                id: w.id,
                name: w.name,
                trajectId: 'tr-mock',
                trajectName: w.trajectName,
                role: w.members[userId],
                lastChangedAt: new Date().toISOString(),
                current: false,
            })));
        }
        if (parts[1] !== 'boards' || !parts[2]) {
            throw new Problem(404, 'not-found', 'Niet gevonden.');
        }
        const wg = werkgroepen.get(decodeURIComponent(parts[2]));
        if (!wg) {
            throw new Problem(404, 'werkgroep-not-found', 'Deze werkgroep bestaat niet (meer).');
        }
        const viewer = viewerFor(wg, req, url);
        if (req.method === 'GET' && parts.length === 3) {
            // The body differs per viewer (mine, myVotes, dotsLeft, active share links), so the ETag must too.
            const etag = `W/"${wg.version}-${crypto.createHash('sha256').update(JSON.stringify(viewer)).digest('hex').slice(0, 12)}"`;
            if (req.headers['if-none-match'] === etag) {
                res.writeHead(304, { etag, 'cache-control': 'no-cache' });
                return res.end();
            }
            return sendJson(res, 200, viewOf(wg, viewer), { etag });
        }
        if (req.method === 'GET' && parts[3] === 'share-links' && parts.length === 4) {
            requireModerator(viewer);
            return sendJson(res, 200, { shareLinks: shareLinksOf(wg, origin) }, { 'cache-control': 'no-store' });
        }
        if (req.method === 'POST' && parts[3] === 'actions' && parts.length === 4) {
            const body = await readJson(req);
            // Like the real host: one outcome per (user, Idempotency-Key), a repeat gets it back unapplied.
            const key = req.headers['idempotency-key'] ?? body.idempotencyKey ?? null;
            const recordKey = key === null ? null : `${viewer.userId}|${key}`;
            const recorded = recordKey === null ? undefined : wg.processedActions.get(recordKey);
            if (recorded) {
                res.writeHead(recorded.status, { 'content-type': recorded.contentType, 'idempotent-replayed': 'true' });
                return res.end(JSON.stringify(recorded.body));
            }
            let outcome;
            try {
                applyAction(wg, viewer, body.verb, body.data ?? {});
                wg.version += 1;
                outcome = { status: 200, contentType: 'application/json; charset=utf-8', body: { ok: true, version: wg.version } };
            } catch (err) {
                if (!(err instanceof Problem)) {
                    throw err;
                }
                outcome = { status: err.status, contentType: 'application/problem+json; charset=utf-8', body: { type: 'about:blank', status: err.status, title: err.message, code: err.code } };
            }
            if (recordKey !== null) {
                wg.processedActions.set(recordKey, outcome);
            }
            res.writeHead(outcome.status, { 'content-type': outcome.contentType, 'cache-control': 'no-cache' });
            return res.end(JSON.stringify(outcome.body));
        }
        if (req.method === 'GET' && parts[3] === 'exports' && parts[4]) {
            const fmt = parts[4];
            const view = viewOf(wg, viewer);
            const types = {
                md: ['text/markdown; charset=utf-8', `# ${wg.name}\n`], csv: ['text/csv; charset=utf-8', 'stap;tekst\n'],
                json: ['application/json', JSON.stringify(view)], docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PK'],
                xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK'],
            };
            if (!types[fmt]) {
                throw new Problem(404, 'unknown-format', 'Onbekend exportformaat.');
            }
            res.writeHead(200, { 'content-type': types[fmt][0], 'content-disposition': `attachment; filename="bord-${wg.id}.${fmt}"` });
            return res.end(types[fmt][1]);
        }
        throw new Problem(404, 'not-found', 'Niet gevonden.');
    }

    if (req.method !== 'GET') {
        throw new Problem(405, 'method', 'Niet toegestaan.');
    }
    if (url.pathname === '/lib/teams-js/MicrosoftTeams.min.js') {
        return serveFile(res, teamsJs);
    }
    if (parts[0] === 'board' && parts.length === 2 && !parts[1].includes('.')) {
        return serveFile(res, path.join(wwwroot, 'board', 'index.html'));
    }
    if (parts[0] === 'tab' && parts.length === 1) {
        return serveFile(res, path.join(wwwroot, 'tab', 'config.html'));
    }
    const file = path.normalize(path.join(wwwroot, decodeURIComponent(url.pathname)));
    if (!file.startsWith(wwwroot)) {
        throw new Problem(404, 'not-found', 'Niet gevonden.');
    }
    return serveFile(res, file);
}

export function startMockServer(port = 0, host = '127.0.0.1') {
    const server = http.createServer((req, res) => {
        handle(req, res).catch((err) => {
            if (err instanceof Problem) {
                sendProblem(res, err);
            } else {
                console.error(err);
                sendProblem(res, new Problem(500, 'server-error', 'Er ging iets mis op de server. Probeer het zo opnieuw.'));
            }
        });
    });
    return new Promise((resolve) => {
        server.listen(port, host, () => {
            const { port: actual } = server.address();
            resolve({
                baseUrl: `http://${host}:${actual}`,
                close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
            });
        });
    });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const { baseUrl } = await startMockServer(Number(process.argv[2] ?? 5173));
    console.log(`Board mock on ${baseUrl}/board/wg-demo?dev-user=mod  (users: ${Object.keys(users).join(', ')})`);
}

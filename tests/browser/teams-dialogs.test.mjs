// Issue 12 must-show, end to end: the real Agents Playground → the Teams-behaviour layer (with its dialog
// emulation, scripts/lib/teams-dialogs.mjs) → the real bot host → Azurite, headless Chromium as the Teams
// clients. A project leader and four partners (distinct 29: MRIs and GUID object ids, four organisations) run
// step 3: a silent brainstorm, a partner proposing a result in a dialog while the others add notes, a voting
// round, a promotion. Asserted as users would notice it: their own views, an untouched dialog, no notes in
// the chat during silent mode, a stable note order while voting, an activity from step 3, the ambitions in
// the export and every organisation shown once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dialogButtons } from '../../scripts/lib/teams-dialogs.mjs';
import { newPage, screenshot } from './lib/browser.mjs';
import { cardText, executes, findValue, frameCard, objects, showsText, teamsClient } from './lib/teams-client.mjs';
import { startTeamsStack } from './lib/teams-stack.mjs';

const MODERATOR_HEADING = 'Voor de projectleider';
const ORGANISATION_TWICE = /\(([^()]{3,})\)\s*\(\1\)/;

let stack;
let layer;
let bot;
let context;
let page;
let tenant;
let frames;
let user, api, click, submit, waitForFrame, ownView, typeInChat, typeAs;
let largeGroup;
let werkgroepChat;

before(async () => {
    stack = await startTeamsStack();
    ({ layer, bot, context, page, tenant, frames } = stack);
    ({ user, api, click, submit, waitForFrame, ownView, typeInChat, typeAs } = teamsClient(stack));
});

after(async () => {
    await stack?.stop();
});

test('a project leader and four partners: own views, an untouched dialog, silent mode, voting, promotion, exports', { timeout: 180000 }, async () => {
    const marieke = tenant.currentUser;
    const sanne = user('Sanne');
    const ahmed = user('Ahmed');
    const joke = user('Joke');
    const pieter = user('Pieter');
    const people = [marieke, sanne, ahmed, joke, pieter];
    const partners = [sanne, ahmed, joke, pieter];
    const chat = tenant.groupChats[0].id;
    for (const person of people) {
        assert.match(person.id, /^29:1/);
        assert.match(person.aadObjectId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }

    // The traject with its ambitions, created in the large group's channel (the bot installed there
    // welcomes with the create form), then the werkgroep in the group chat attached to it.
    const team = tenant.teams[0];
    largeGroup = team.channels.find((c) => c.id !== team.id) ?? team.channels[0];
    const chatWelcome = await waitForFrame((f) => f.action === 'createMessage' && f.actionConversationId === chat
        && cardText(frameCard(f)).includes('Kwaliteitskompas'), 60000);
    const welcomeId = chatWelcome.message.messageId;
    let frameSince = frames.length;
    await api(`/_debug/conversation/${encodeURIComponent(largeGroup.id)}/installation`, {});
    const channelWelcome = await waitForFrame((f) => f.action === 'createMessage' && f.actionConversationId === largeGroup.id
        && cardText(frameCard(f)).includes('Kwaliteitskompas'), 30000, frameSince);
    const channelPost = channelWelcome.message.postConversationId ?? largeGroup.id;
    await click(channelPost, channelWelcome.message.messageId, marieke, 'createTraject', {
        trajectName: 'Samen tegen eenzaamheid', gemeente: 'Neder-Betuwe', theme: 'Eenzaamheid',
        ambitions: 'Niemand in Neder-Betuwe staat er alleen voor\n- Ouderen kennen iemand in de buurt',
    });
    const startForm = await click(chat, welcomeId, marieke, 'showStartWerkgroepForm', {});
    const trajectInput = objects(startForm).find((o) => o.type === 'Input.ChoiceSet' && o.id === 'trajectChoice');
    const trajectId = trajectInput?.choices?.find((c) => c.title.includes('Samen tegen eenzaamheid'))?.value;
    assert.ok(trajectId, `the start form offers the traject she moderates: ${JSON.stringify(trajectInput)}`);
    const started = await click(chat, welcomeId, marieke, 'startWerkgroep',
        { werkgroepName: 'Eenzaamheid onder ouderen', organisation: 'Gemeente Neder-Betuwe', trajectChoice: trajectId });
    const werkgroepId = findValue(started, 'werkgroepId');
    assert.ok(werkgroepId);
    werkgroepChat = chat;

    // Ahmed's display name has no organisation (he is no guest): he says which one he represents.
    await typeAs(chat, ahmed, 'organisatie Toegangsteam Neder-Betuwe');

    // The shared step card of step 3; the silent brainstorm opens the step in the same click.
    let since = layer.events.length;
    frameSince = frames.length;
    await typeInChat(chat, 'stap 3');
    const posted = await waitForFrame((f) => f.action === 'createMessage' && f.actionConversationId === chat
        && cardText(frameCard(f)).includes('refresh'), 30000, frameSince);
    const stepCardId = posted.message.messageId;
    let mine = await ownView(stepCardId, marieke, since);
    assert.ok(cardText(mine).includes(MODERATOR_HEADING), 'the project leader sees her controls on her own view');

    since = layer.events.length;
    const silentFrom = frames.length;
    const silentEvents = layer.events.length;
    await click(chat, stepCardId, marieke, 'startSilent', { werkgroepId, step: 3 });
    mine = await ownView(stepCardId, marieke, since);

    // Everyone writes during the silent brainstorm, the project leader by typing in the chat.
    const notes = {
        [sanne.id]: 'Wekelijkse buurtlunch in Dodewaard',
        [ahmed.id]: 'Huisbezoek bij 75-plussers die alleen wonen',
        [joke.id]: 'Maatjesproject met vrijwilligers',
        [pieter.id]: 'Vervoer naar activiteiten regelen',
    };
    for (const partner of partners) {
        await click(chat, stepCardId, partner, 'addNotes', { werkgroepId, step: 3, newNotes: notes[partner.id] });
    }
    since = layer.events.length;
    await typeInChat(chat, 'nieuwe notitie Wandelgroep op dinsdagochtend');
    notes[marieke.id] = 'Wandelgroep op dinsdagochtend';
    const typedAnswer = await waitForFrame((f) => f.action === 'createMessage' && f.actionConversationId === chat && frameCard(f), 30000, frames.length - 1);
    assert.ok(typedAnswer);
    await layer.waitForEvent((e) => e.kind === 'refreshed' && e.viewer === marieke.id, { since });

    // The shared card lists exactly the members' MRIs — never an Entra object id.
    // The bot coalesces shared updates (at most one a second per card): wait for the one after everyone's note.
    const lastShared = await layer.waitForEvent((e) => e.kind === 'card-updated' && e.messageId === stepCardId
        && e.userIds?.length >= people.length, { since: silentEvents, timeoutMs: 15000 });
    assert.deepEqual([...lastShared.userIds].sort(), people.map((p) => p.id).sort());

    // A partner opens "Resultaat voorstellen" from her own view: a dialog (task/fetch), not a form in the card.
    since = layer.events.length;
    await layer.setViewer(sanne.id);
    const sanneView = await ownView(stepCardId, sanne, since);
    assert.ok(!cardText(sanneView).includes(MODERATOR_HEADING));
    const proposeResult = dialogButtons(sanneView).find((b) => b.data.itemKind === 'result');
    assert.ok(proposeResult, `her view has a dialog button for a result: ${dialogButtons(sanneView).map((b) => b.title)}`);
    // Her click: what the Playground sends for an Action.Submit (POST /_conversation/v1/submit), as her.
    since = layer.events.length;
    await submit(chat, stepCardId, sanne, proposeResult.data);
    const opened = await layer.waitForEvent((e) => e.kind === 'dialog-opened' && e.user === sanne.id, { since });
    assert.equal(opened.title, 'Resultaat voorstellen');
    assert.ok(!layer.events.slice(since).some((e) => e.kind === 'inbound' && e.type === 'message' && e.from === sanne.id),
        'the click reached the bot as task/fetch, not as a chat message');

    const dialogPage = await newPage(context);
    await dialogPage.goto(`${layer.baseUrl}/_teams/dialogs/${opened.dialogId}`, { waitUntil: 'domcontentloaded' });
    const resultText = 'Ouderen in Neder-Betuwe hebben vaker contact met buren en voelen zich minder eenzaam';
    await dialogPage.locator('#in-resultText').fill(resultText);
    await dialogPage.locator('#in-targetGroup').fill('Alleenwonende 75-plussers');
    await screenshot(dialogPage, 'teams-dialogs-partner-open-dialog.png');

    // While her dialog is open the others add notes: the shared card is updated and refreshed each time.
    const more = { [ahmed.id]: 'Spreekuur in de bibliotheek', [joke.id]: 'Adviesraad denkt mee over vervoer', [pieter.id]: 'Vrijwilligers bellen wekelijks' };
    for (const partner of [ahmed, joke, pieter]) {
        since = layer.events.length;
        await click(chat, stepCardId, partner, 'addNotes', { werkgroepId, step: 3, newNotes: more[partner.id] });
        await layer.waitForEvent((e) => e.kind === 'card-updated' && e.messageId === stepCardId, { since });
        await ownView(stepCardId, sanne, since);
    }
    assert.equal(await dialogPage.locator('#in-resultText').inputValue(), resultText, 'her typed text is still there');
    assert.equal(await dialogPage.locator('#in-targetGroup').inputValue(), 'Alleenwonende 75-plussers');
    since = layer.events.length;
    await dialogPage.getByRole('button', { name: 'Voorstellen' }).click();
    const closed = await layer.waitForEvent((e) => e.kind === 'dialog-closed' && e.dialogId === opened.dialogId, { since });
    assert.match(closed.text, /Opgeslagen/);
    await dialogPage.locator('#dialog-result').waitFor();
    assert.ok(layer.events.slice(since).some((e) => e.kind === 'inbound' && e.name === 'task/submit' && e.from === sanne.id));

    // Pieter opens the same form from the layer's page (the local run's way to click a dialog button); an
    // invalid submit keeps what he typed and says why.
    since = layer.events.length;
    await layer.setViewer(pieter.id);
    await ownView(stepCardId, pieter, since);
    await dialogPage.goto(`${layer.baseUrl}/_teams`, { waitUntil: 'domcontentloaded' });
    await dialogPage.locator('#dialog-buttons li').filter({ hasText: `(message ${stepCardId})` })
        .getByRole('button', { name: proposeResult.title }).click();
    const pietersDialog = await layer.waitForEvent((e) => e.kind === 'dialog-opened' && e.user === pieter.id, { since });
    await dialogPage.locator('#in-resultText').waitFor();
    await dialogPage.locator('#in-resultText').fill('   ');
    await dialogPage.locator('#in-targetGroup').fill('Mantelzorgers');
    await dialogPage.getByRole('button', { name: 'Voorstellen' }).click();
    const again = await layer.waitForEvent((e) => e.kind === 'dialog-continued' && e.dialogId === pietersDialog.dialogId, { since });
    assert.ok(cardText(again.card).includes('Vul de tekst of naam in'), `a friendly Dutch error: ${cardText(again.card).slice(0, 600)}`);
    await dialogPage.getByText('Vul de tekst of naam in').waitFor();
    assert.equal(await dialogPage.locator('#in-targetGroup').inputValue(), 'Mantelzorgers', 'nothing typed is lost');
    await dialogPage.locator('#in-resultText').fill('Mantelzorgers weten waar ze terechtkunnen');
    await dialogPage.getByRole('button', { name: 'Voorstellen' }).click();
    await layer.waitForEvent((e) => e.kind === 'dialog-closed' && e.dialogId === pietersDialog.dialogId, { since });

    // Sanne rewrites her own note in a dialog (Bewerken on her note; it was an inline form the next update wiped).
    // The project leader starts a timer meanwhile, the shared card is updated and her view refreshed, and her
    // rewrite stays.
    since = layer.events.length;
    await layer.setViewer(sanne.id);
    const sanneAgain = await ownView(stepCardId, sanne, since);
    const editNote = dialogButtons(sanneAgain).find((b) => b.data.verb === 'showEditNoteForm');
    assert.ok(editNote, `her own note has Bewerken as a dialog: ${dialogButtons(sanneAgain).map((b) => b.title)}`);
    since = layer.events.length;
    await submit(chat, stepCardId, sanne, editNote.data);
    const editOpened = await layer.waitForEvent((e) => e.kind === 'dialog-opened' && e.user === sanne.id, { since });
    assert.equal(editOpened.title, 'Notitie bewerken');
    await dialogPage.goto(`${layer.baseUrl}/_teams/dialogs/${editOpened.dialogId}`, { waitUntil: 'domcontentloaded' });
    const noteBox = dialogPage.locator(`[id="in-noteText_${editNote.data.noteId}"]`);
    assert.equal(await noteBox.inputValue(), notes[sanne.id], 'the dialog shows her note as she wrote it');
    const rewritten = 'Wekelijkse buurtlunch in Dodewaard en Opheusden';
    await noteBox.fill(rewritten);
    await layer.setViewer(null);
    since = layer.events.length;
    await click(chat, stepCardId, marieke, 'startTimer', { werkgroepId, step: 3, timerMinutes: '5' });
    await layer.waitForEvent((e) => e.kind === 'card-updated' && e.messageId === stepCardId, { since });
    await layer.setViewer(sanne.id);
    await ownView(stepCardId, sanne, since);
    assert.equal(await noteBox.inputValue(), rewritten, 'her rewrite survives the update of the card she opened it from');
    since = layer.events.length;
    await dialogPage.getByRole('button', { name: 'Opslaan' }).click();
    const editClosed = await layer.waitForEvent((e) => e.kind === 'dialog-closed' && e.dialogId === editOpened.dialogId, { since });
    assert.match(editClosed.text, /Opgeslagen/);
    const sannesFirst = notes[sanne.id];
    notes[sanne.id] = rewritten;

    // During the silent brainstorm no chat message showed anyone's note: not the posts, not the shared
    // updates, not the answer to the typed note. (Each viewer's own refreshed view is theirs alone.)
    const silentTexts = [...Object.values(notes), ...Object.values(more), sannesFirst];
    const chatPosts = frames.slice(silentFrom).filter((f) => f.action === 'createMessage').map((f) => cardText(frameCard(f)) + (f.message?.text ?? ''));
    const sharedUpdates = layer.events.slice(silentEvents).filter((e) => e.kind === 'card-updated' || e.kind === 'card-posted').map((e) => cardText(e.card));
    assert.ok(chatPosts.length > 0 && sharedUpdates.length > 0);
    for (const text of silentTexts) {
        assert.ok(!chatPosts.some((p) => showsText(p, text)), `a chat message showed "${text}"`);
        assert.ok(!sharedUpdates.some((u) => showsText(u, text)), `a shared card update showed "${text}"`);
    }

    // Every member's own view after the last shared update (Teams refreshes when each opens the chat).
    for (const person of people) {
        since = layer.events.length;
        await layer.setViewer(person.id);
        const view = await ownView(stepCardId, person, since);
        assert.equal(cardText(view).includes(MODERATOR_HEADING), person === marieke, `${person.name}: moderator section only for the project leader`);
        for (const other of partners.filter((p) => p !== person)) {
            if (person !== marieke) assert.ok(!showsText(cardText(view), notes[other.id]), `${person.name} does not see ${other.name}'s hidden note`);
        }
        if (person !== marieke) assert.ok(showsText(cardText(view), notes[person.id]), `${person.name} sees her own note`);
    }
    await layer.setViewer(null);

    // A voting round after the reveal: the note order stays put while the dots land.
    since = layer.events.length;
    const order = (card) => executes(card, 'castVote').map((a) => a.data.noteId);
    await click(chat, stepCardId, marieke, 'revealNotes', { werkgroepId, step: 3 });
    await click(chat, stepCardId, marieke, 'startVoting', { werkgroepId, step: 3, votingDots: '3' });
    mine = await ownView(stepCardId, marieke, since, (card) => order(card).length > 0);
    const before = order(mine);
    assert.ok(before.length >= 8, `vote buttons on ${before.length} notes`);
    const roundId = executes(mine, 'castVote')[0].data.roundId;
    const votes = [[sanne, 7], [ahmed, 7], [joke, 6], [pieter, 5]];
    for (const [voter, index] of votes) {
        // Each view lists the viewer's own notes first, so every person has her own order; it must not move.
        since = layer.events.length;
        await layer.setViewer(voter.id);
        const hers = order(await ownView(stepCardId, voter, since, (card) => order(card).length > 0));
        await layer.setViewer(null);
        assert.deepEqual([...hers].sort(), [...before].sort(), `${voter.name} can vote on the same notes`);
        since = layer.events.length;
        const answer = await click(chat, stepCardId, voter, 'castVote', { werkgroepId, step: 3, noteId: before[index], roundId });
        assert.deepEqual(order(answer), hers, `${voter.name}'s own view keeps the order`);
        await layer.waitForEvent((e) => e.kind === 'card-updated' && e.messageId === stepCardId, { since });
        assert.deepEqual(order(await ownView(stepCardId, marieke, since)), before, 'the project leader\'s view keeps the order');
    }
    since = layer.events.length;
    await click(chat, stepCardId, marieke, 'closeVoting', { werkgroepId, step: 3 });
    mine = await ownView(stepCardId, marieke, since, (card) => order(card).length === 0);

    // Promote in step 3 through a dialog: the form offers "activiteit" first, and it makes an activity.
    const promote = dialogButtons(mine).find((b) => b.data.verb === 'showPromoteForm');
    assert.ok(promote, 'the project leader can promote a note');
    assert.ok(!objects(mine).some((o) => o.type === 'Input.ChoiceSet' && o.id?.startsWith('promoteKind_')), 'no kind choice in the shared card');
    since = layer.events.length;
    await submit(chat, stepCardId, marieke, promote.data);
    const promoteDialog = await layer.waitForEvent((e) => e.kind === 'dialog-opened' && e.user === marieke.id, { since });
    assert.equal(promoteDialog.title, 'Notitie overnemen als voorstel');
    await dialogPage.goto(`${layer.baseUrl}/_teams/dialogs/${promoteDialog.dialogId}`, { waitUntil: 'domcontentloaded' });
    const kindChoice = (value) => dialogPage.locator(`input[name="promoteKind_${promote.data.noteId}"][value="${value}"]`);
    assert.ok(await kindChoice('activity').isChecked(), 'step 3 offers an activity first');
    assert.ok(!(await kindChoice('result').isChecked()));
    await dialogPage.getByRole('button', { name: 'Overnemen' }).click();
    const promoted = await layer.waitForEvent((e) => e.kind === 'dialog-closed' && e.dialogId === promoteDialog.dialogId, { since });
    assert.match(promoted.text, /Overgenomen/);

    // Sanne edits her result in a dialog while others add notes: what she types stays.
    since = layer.events.length;
    await layer.setViewer(sanne.id);
    await ownView(stepCardId, sanne, since);
    // A maatschappelijk resultaat belongs to step 2: she looks at step 2 (her own view) and opens it there.
    const sannesStep = await click(chat, stepCardId, sanne, 'showStep', { werkgroepId, step: 2 });
    let sannesItem;
    let openResult;
    for (const open of executes(sannesStep, 'refreshItem').filter((a) => a.data.itemKind === 'result')) {
        const card = await click(chat, stepCardId, sanne, 'refreshItem', open.data);
        if (cardText(card).includes('vaker contact met buren')) [sannesItem, openResult] = [card, open];
    }
    assert.ok(sannesItem, 'her result is listed on the step card and opens');
    const edit = dialogButtons(sannesItem).find((b) => b.data.verb === 'showEditForm');
    assert.ok(edit, `Bewerken opens a dialog: ${dialogButtons(sannesItem).map((b) => b.title)}`);
    since = layer.events.length;
    await submit(chat, stepCardId, sanne, edit.data);
    const editDialog = await layer.waitForEvent((e) => e.kind === 'dialog-opened' && e.user === sanne.id, { since });
    assert.equal(editDialog.title, 'Maatschappelijk resultaat bewerken');
    await dialogPage.goto(`${layer.baseUrl}/_teams/dialogs/${editDialog.dialogId}`, { waitUntil: 'domcontentloaded' });
    assert.equal(await dialogPage.locator('#in-targetGroup').inputValue(), 'Alleenwonende 75-plussers', 'the form shows what is stored');
    await dialogPage.locator('#in-baseline').fill('31% voelt zich eenzaam (2024)');
    await dialogPage.locator('#in-target').fill('25% in 2028');
    for (const [partner, text] of [[ahmed, 'Koffieochtend in Kesteren'], [joke, 'Buurtbus op zaterdag']]) {
        since = layer.events.length;
        await click(chat, stepCardId, partner, 'addNotes', { werkgroepId, step: 3, newNotes: text });
        await layer.waitForEvent((e) => e.kind === 'card-updated' && e.messageId === stepCardId, { since });
        await ownView(stepCardId, sanne, since);
    }
    assert.equal(await dialogPage.locator('#in-baseline').inputValue(), '31% voelt zich eenzaam (2024)', 'her edit dialog is untouched');
    assert.equal(await dialogPage.locator('#in-target').inputValue(), '25% in 2028');
    since = layer.events.length;
    await dialogPage.getByRole('button', { name: 'Opslaan' }).click();
    const edited = await layer.waitForEvent((e) => e.kind === 'dialog-closed' && e.dialogId === editDialog.dialogId, { since });
    assert.match(edited.text, /Opgeslagen/);

    // Joke adds a vertellen indicator to that result with the short form, then fills in its story sheet.
    const jokesItem = await click(chat, stepCardId, joke, 'refreshItem', openResult.data);
    const proposeIndicator = dialogButtons(jokesItem).find((b) => b.data.verb === 'showProposeForm' && b.data.itemKind === 'indicator');
    assert.ok(proposeIndicator, 'the result card offers an indicator proposal');
    since = layer.events.length;
    await submit(chat, stepCardId, joke, proposeIndicator.data);
    const shortForm = await layer.waitForEvent((e) => e.kind === 'dialog-opened' && e.user === joke.id, { since });
    await dialogPage.goto(`${layer.baseUrl}/_teams/dialogs/${shortForm.dialogId}`, { waitUntil: 'domcontentloaded' });
    assert.equal(await dialogPage.locator('#in-baseline').count(), 0, 'the short form asks no nulmeting');
    const storyName = 'Verhalen van bezoekers van de buurtlunch';
    await dialogPage.locator('#in-indicatorName').fill(storyName);
    await dialogPage.locator('input[name="measure"][value="vertellen"]').check();
    await dialogPage.locator('#in-owner').fill('Vrijwilligerscentrale Neder-Betuwe');
    await dialogPage.getByRole('button', { name: 'Voorstellen' }).click();
    await layer.waitForEvent((e) => e.kind === 'dialog-closed' && e.dialogId === shortForm.dialogId, { since });

    const jokesStep = await click(chat, stepCardId, joke, 'showStep', { werkgroepId, step: 2 });
    const openIndicator = executes(jokesStep, 'refreshItem').find((a) => a.data.itemKind === 'indicator');
    assert.ok(openIndicator, 'the indicator is listed with the step');
    const indicatorCard = await click(chat, stepCardId, joke, 'refreshItem', openIndicator.data);
    assert.ok(cardText(indicatorCard).includes('Welke verhalen') && !cardText(indicatorCard).includes('Nulmeting'), 'a story sheet, not nulmeting in red');
    since = layer.events.length;
    await submit(chat, stepCardId, joke, dialogButtons(indicatorCard).find((b) => b.data.verb === 'showEditForm').data);
    const sheet = await layer.waitForEvent((e) => e.kind === 'dialog-opened' && e.user === joke.id, { since });
    assert.equal(sheet.title, 'Definitieblad van de indicator');
    await dialogPage.goto(`${layer.baseUrl}/_teams/dialogs/${sheet.dialogId}`, { waitUntil: 'domcontentloaded' });
    assert.equal(await dialogPage.locator('#in-baseline').count(), 0, 'no nulmeting on a story sheet');
    assert.equal(await dialogPage.locator('#in-owner').inputValue(), 'Vrijwilligerscentrale Neder-Betuwe');
    const story = {
        storiesAbout: 'Nieuwe contacten die de lunch opleverde',
        storiesFrom: 'Bezoekers en vrijwilligers',
        collectionMethod: 'Most Significant Change',
        storiesUse: 'Bespreken in de werkgroep, twee keer per jaar',
        frequency: 'Twee keer per jaar',
    };
    for (const [id, value] of Object.entries(story)) await dialogPage.locator(`#in-${id}`).fill(value);
    await dialogPage.getByRole('button', { name: 'Opslaan' }).click();
    const sheetClosed = await layer.waitForEvent((e) => e.kind === 'dialog-closed' && e.dialogId === sheet.dialogId, { since });
    assert.match(sheetClosed.text, /Opgeslagen/);
    await layer.setViewer(null);

    await page.getByText(MODERATOR_HEADING).first().waitFor({ timeout: 30000 });
    await screenshot(page, 'teams-dialogs-moderator.png');

    // The exports: the promoted activity, both proposed results, the ambitions; every organisation once.
    const exported = await (await fetch(`${bot.baseUrl}/api/boards/${encodeURIComponent(werkgroepId)}/export.json?dev-user=${marieke.aadObjectId}`)).text();
    assert.ok(exported.includes('Niemand in Neder-Betuwe staat er alleen voor'), 'the ambition is in the export');
    assert.ok(exported.includes(resultText) && exported.includes('Mantelzorgers weten waar ze terechtkunnen'));
    const json = JSON.parse(exported);
    const activities = objects(json).filter((o) => Array.isArray(o.activities)).flatMap((o) => o.activities);
    assert.equal(activities.length, 1, `one activity: ${JSON.stringify(activities).slice(0, 300)}`);
    assert.ok(exported.includes('31% voelt zich eenzaam (2024)'), 'the edit from the dialog is in the export');
    const exportedStory = objects(json).find((o) => o.name === storyName);
    assert.ok(exportedStory, `the story indicator is exported: ${exported.slice(0, 300)}`);
    assert.equal(exportedStory.measure, 'vertellen');
    for (const [key, value] of Object.entries(story)) assert.equal(exportedStory[key], value, key);
    const everything = [exported, ...frames.map((f) => JSON.stringify(f)), ...layer.events.map((e) => JSON.stringify(e.card ?? ''))].join('\n');
    assert.doesNotMatch(everything, ORGANISATION_TWICE);
    for (const organisation of ['Welzijn Neder-Betuwe', 'Adviesraad Sociaal Domein', 'Vrijwilligerscentrale Neder-Betuwe', 'Toegangsteam Neder-Betuwe']) {
        assert.ok(exported.includes(organisation), `${organisation} in the export`);
    }
    assert.deepEqual([...new Set(layer.events.filter((e) => e.kind === 'inbound').map((e) => e.locale))], ['nl-NL']);
    assert.deepEqual(page.pageErrors, []);
    assert.deepEqual(dialogPage.pageErrors, []);
});

test('samenvatting twice with nothing changed keeps every partner\'s answer', { timeout: 90000 }, async () => {
    assert.ok(werkgroepChat, 'needs the first test');
    const marieke = tenant.currentUser;
    const chat = werkgroepChat;
    const nextChatCard = (frameSince) => waitForFrame((f) => f.action === 'createMessage'
        && f.actionConversationId === chat && frameCard(f), 30000, frameSince);

    // "samenvatting" shows (never publishes); publishing is the project leader's explicit action with a preview.
    let frameSince = frames.length;
    await typeInChat(chat, 'samenvatting');
    const noneFrame = await nextChatCard(frameSince);
    const publish = executes(frameCard(noneFrame), 'publishSummary')[0];
    assert.ok(publish, `the project leader gets the publish button: ${cardText(frameCard(noneFrame)).slice(0, 300)}`);
    const noneId = noneFrame.message.messageId;
    const preview = await click(chat, noneId, marieke, 'publishSummary', publish.data);
    const confirm = executes(preview, 'publishSummary').find((a) => a.data.publishStep === 'confirm');
    assert.ok(confirm, 'a preview with Bevestigen');
    frameSince = frames.length;
    await click(chat, noneId, marieke, 'publishSummary', confirm.data);
    const posted = await waitForFrame((f) => f.action === 'createMessage' && f.actionConversationId === largeGroup.id
        && cardText(frameCard(f)).includes('respondToSummary'), 30000, frameSince);
    const summaryPost = posted.message.postConversationId ?? largeGroup.id;
    const agree = executes(frameCard(posted), 'respondToSummary').find((a) => a.data.reviewAnswer === 'akkoord');
    const { summaryId, summaryVersion } = agree.data;

    // Two partners agree, one asks a question.
    await click(summaryPost, posted.message.messageId, user('Sanne'), 'respondToSummary', agree.data);
    await click(summaryPost, posted.message.messageId, user('Joke'), 'respondToSummary', agree.data);
    await click(summaryPost, posted.message.messageId, user('Pieter'), 'respondToSummary',
        { summaryId, summaryVersion, reviewAnswer: 'vraag', reviewComment: 'Wie betaalt het vervoer naar de activiteiten?' });

    // "samenvatting" twice: the same version, the same tally, and nothing new posted for the large group.
    const tallies = [];
    const channelPostsBefore = frames.filter((f) => f.action === 'createMessage' && f.actionConversationId === largeGroup.id).length;
    for (let i = 0; i < 2; i++) {
        frameSince = frames.length;
        await typeInChat(chat, 'samenvatting');
        const shown = cardText(frameCard(await nextChatCard(frameSince)));
        assert.ok(shown.includes(summaryId), 'the card is the published version');
        tallies.push(['2 akkoord', '1 vraag'].map((t) => shown.includes(t)));
    }
    assert.deepEqual(tallies, [[true, true], [true, true]], 'every answer is kept');
    const channelPostsAfter = frames.filter((f) => f.action === 'createMessage' && f.actionConversationId === largeGroup.id).length;
    assert.equal(channelPostsAfter, channelPostsBefore, 'no new version was published');
});

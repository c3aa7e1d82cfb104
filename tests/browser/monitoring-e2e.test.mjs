// Issue 17 must-show, end to end: the real Agents Playground → the Teams-behaviour layer → the real bot host →
// Azurite, headless Chromium as the project leader's Teams client. The werkgroep defines a tellen indicator
// measured per kwartaal (definition sheet in a dialog) and an activity; the project leader makes a partner the
// indicator's data owner; in office hours the host's own due-card worker sends him the due card in a 1:1 chat
// and he enters the three quarters there; another partner adds a story; the board shows the chart (screenshot);
// a reflection produces an improvement action linked to the activity; the Word monitoring report passes the
// Open XML validator (`workshopbot validate`) and holds the chart image and the story; the Excel time series
// re-opens with one row per measurement.
//
// The host runs on a development clock (DevelopmentClock:Start) that starts on Wednesday 18 November 2026,
// 10:00 in Amsterdam, so the due card goes out in office hours on whatever day the test runs, and the quarters
// asked for are always the first three of 2026.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { dialogButtons } from '../../scripts/lib/teams-dialogs.mjs';
import { newPage, repoRoot, resultsDir, screenshot } from './lib/browser.mjs';
import { docxEmbeddedImages, docxParagraphs, unzip, xlsxRows } from './lib/ooxml.mjs';
import { ADAPTIVE_CARD, cardText, executes, findValue, frameCard, input, objects, teamsClient } from './lib/teams-client.mjs';
import { startTeamsStack } from './lib/teams-stack.mjs';

const CLOCK_START = '2026-11-18T10:00:00+01:00';
const QUARTERS = ['1e kwartaal 2026', '2e kwartaal 2026', '3e kwartaal 2026'];

let stack;
let layer;
let bot;
let context;
let tenant;
let frames;
let user, api, click, submit, waitForFrame, ownView, typeInChat, typeAs;

before(async () => {
    stack = await startTeamsStack({
        botEnv: { DevelopmentClock__Start: CLOCK_START, Reminders__PollInterval: '00:00:01' },
    });
    ({ layer, bot, context, tenant, frames } = stack);
    ({ user, api, click, submit, waitForFrame, ownView, typeInChat, typeAs } = teamsClient(stack));
});

after(async () => {
    await stack?.stop();
});

// A dialog button clicked as `person`: the layer opens the dialog; `fill` types into its page; `button` sends it.
async function inDialog(conversationId, messageId, person, buttonData, title, fill, button) {
    const since = layer.events.length;
    await submit(conversationId, messageId, person, buttonData);
    const opened = await layer.waitForEvent((e) => e.kind === 'dialog-opened' && e.user === person.id, { since });
    assert.equal(opened.title, title);
    const dialogPage = await newPage(context);
    await dialogPage.goto(`${layer.baseUrl}/_teams/dialogs/${opened.dialogId}`, { waitUntil: 'domcontentloaded' });
    await fill(dialogPage);
    await dialogPage.getByRole('button', { name: button }).click();
    const closed = await layer.waitForEvent((e) => (e.kind === 'dialog-closed' || e.kind === 'dialog-failed' || e.kind === 'dialog-continued')
        && e.dialogId === opened.dialogId, { since });
    assert.equal(closed.kind, 'dialog-closed', `${title}: ${JSON.stringify(closed).slice(0, 400)}`);
    // The person sees the dialog's answer before it goes away. Closing the page while its form post is still
    // navigating made Chromium's close hang for minutes on a busy machine (a 240 s CI timeout).
    assert.equal(await dialogPage.locator('#dialog-result').textContent(), closed.text);
    assert.deepEqual(dialogPage.pageErrors, []);
    await dialogPage.close();
    return closed;
}

// The bot's sends through the layer into a chat the page does not show (a 1:1 with another member).
const sent = (since, predicate) => layer.waitForEvent((e) => e.kind === 'sent' && predicate(e), { since, timeoutMs: 30000 });

function cliDll() {
    const dll = process.env.WORKSHOPBOT_CLI_DLL
        ?? path.join(repoRoot, 'src', 'WorkshopBot.Cli', 'bin', process.env.CONFIGURATION || 'Debug', 'net10.0', 'workshopbot.dll');
    if (!fs.existsSync(dll)) throw new Error(`${dll} does not exist. Build first: dotnet build src/WorkshopBot.Cli (or set WORKSHOPBOT_CLI_DLL).`);
    return dll;
}

async function download(url, name) {
    const response = await fetch(url);
    assert.equal(response.status, 200, `${url}: ${response.status}`);
    const file = path.join(resultsDir, name);
    fs.mkdirSync(resultsDir, { recursive: true });
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    return file;
}

test('a quarterly indicator from due card to board chart, reflection, Word report and Excel time series', { timeout: 240000 }, async () => {
    const marieke = tenant.currentUser;
    const ahmed = user('Ahmed');
    const sanne = user('Sanne');
    const chat = tenant.groupChats[0].id;
    for (const person of [marieke, ahmed, sanne]) {
        assert.match(person.id, /^29:1/);
        assert.match(person.aadObjectId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }

    // The werkgroep, started from the welcome card in the group chat; two partners say who they are.
    const welcome = await waitForFrame((f) => f.action === 'createMessage' && f.actionConversationId === chat
        && cardText(frameCard(f)).includes('Kwaliteitskompas'), 60000);
    const started = await click(chat, welcome.message.messageId, marieke, 'startWerkgroep',
        { werkgroepName: 'Eenzaamheid onder ouderen', organisation: 'Gemeente Neder-Betuwe' });
    const werkgroepId = findValue(started, 'werkgroepId');
    assert.ok(werkgroepId);
    await typeAs(chat, ahmed, 'organisatie Toegangsteam Neder-Betuwe');
    await typeAs(chat, sanne, 'organisatie Welzijn Neder-Betuwe');

    // Step 3's shared card; the project leader opens the step and proposes a result and an activity in dialogs.
    let since = layer.events.length;
    let frameSince = frames.length;
    await typeInChat(chat, 'stap 3');
    const posted = await waitForFrame((f) => f.action === 'createMessage' && f.actionConversationId === chat
        && cardText(frameCard(f)).includes('refresh'), 30000, frameSince);
    const stepCardId = posted.message.messageId;
    await ownView(stepCardId, marieke, since);
    since = layer.events.length;
    await click(chat, stepCardId, marieke, 'openStep', { werkgroepId, step: 3 });
    const mine = await ownView(stepCardId, marieke, since, (card) => dialogButtons(card).some((b) => b.data.itemKind === 'activity'));
    const resultText = 'Ouderen in Neder-Betuwe voelen zich minder eenzaam';
    await inDialog(chat, stepCardId, marieke, dialogButtons(mine).find((b) => b.data.itemKind === 'result').data, 'Resultaat voorstellen',
        async (dialog) => {
            await dialog.locator('#in-resultText').fill(resultText);
            await dialog.locator('#in-targetGroup').fill('Alleenwonende 75-plussers');
        }, 'Voorstellen');
    const activityName = 'Koffieochtend in de bibliotheek';
    await inDialog(chat, stepCardId, marieke, dialogButtons(mine).find((b) => b.data.itemKind === 'activity').data, 'Activiteit voorstellen',
        (dialog) => dialog.locator('#in-activityName').fill(activityName), 'Voorstellen');

    // The indicator: proposed on the result's card, then its definition sheet with "per kwartaal".
    const stepTwo = await click(chat, stepCardId, marieke, 'showStep', { werkgroepId, step: 2 });
    const openResult = executes(stepTwo, 'refreshItem').find((a) => a.data.itemKind === 'result');
    assert.ok(openResult, 'the result is listed with step 2');
    const resultCard = await click(chat, stepCardId, marieke, 'refreshItem', openResult.data);
    const indicatorName = 'Inwoners die zich eenzaam voelen';
    await inDialog(chat, stepCardId, marieke,
        dialogButtons(resultCard).find((b) => b.data.verb === 'showProposeForm' && b.data.itemKind === 'indicator').data, 'Indicator voorstellen',
        async (dialog) => {
            await dialog.locator('#in-indicatorName').fill(indicatorName);
            await dialog.locator('input[name="measure"][value="tellen"]').check();
            await dialog.locator('#in-owner').fill('Toegangsteam Neder-Betuwe');
        }, 'Voorstellen');
    const stepTwoAgain = await click(chat, stepCardId, marieke, 'showStep', { werkgroepId, step: 2 });
    const indicatorCard = await click(chat, stepCardId, marieke, 'refreshItem',
        executes(stepTwoAgain, 'refreshItem').find((a) => a.data.itemKind === 'indicator').data);
    await inDialog(chat, stepCardId, marieke, dialogButtons(indicatorCard).find((b) => b.data.verb === 'showEditForm').data, 'Definitieblad van de indicator',
        async (dialog) => {
            await dialog.locator('#in-definition').fill('Percentage 75-plussers dat zich (zeer) eenzaam voelt');
            await dialog.locator('#in-dataSource').fill('Gezondheidsmonitor');
            await dialog.locator('#in-baseline').fill('24');
            await dialog.locator('#in-target').fill('18');
            await dialog.locator('#in-direction').selectOption({ label: 'Omlaag' });
            await dialog.locator('#in-frequency').fill('per kwartaal');
        }, 'Opslaan');

    // "voortgang": the project leader makes Ahmed the data owner from 1 January 2026.
    frameSince = frames.length;
    await typeInChat(chat, 'voortgang');
    const overviewFrame = await waitForFrame((f) => f.action === 'createMessage' && f.actionConversationId === chat
        && executes(frameCard(f), 'assignDataOwner').length > 0, 30000, frameSince);
    const overview = frameCard(overviewFrame);
    const indicatorId = input(overview, 'ownerIndicator').choices.find((c) => c.title === indicatorName)?.value;
    assert.ok(indicatorId, `the owner form offers the indicator: ${cardText(input(overview, 'ownerIndicator'))}`);
    const ahmedChoice = input(overview, 'ownerUser').choices.find((c) => c.title.includes('Ahmed'));
    assert.equal(ahmedChoice?.value, ahmed.aadObjectId, 'members are chosen by their Entra object id');
    since = layer.events.length;
    const assigned = await click(chat, overviewFrame.message.messageId, marieke, 'assignDataOwner',
        { werkgroepId, ownerIndicator: indicatorId, ownerUser: ahmed.aadObjectId, ownerSince: '2026-01-01' });
    assert.ok(cardText(assigned).includes(`${QUARTERS[2]}: Ahmed El Amrani`), cardText(assigned).slice(0, 600));

    // The host's due-card worker (office hours on its clock) opens a 1:1 with Ahmed's MRI and sends the card.
    const created = await sent(since, (e) => /\/v3\/conversations$/.test(e.path) && e.request?.members?.some((m) => m.id === ahmed.id));
    assert.equal(created.request.members.length, 1);
    assert.equal(created.request.isGroup, false);
    const personalChat = created.response.id;
    const dueSent = await sent(since, (e) => e.path.includes(`/conversations/${encodeURIComponent(personalChat)}/activities`)
        || e.path.includes(`/conversations/${personalChat}/activities`));
    const dueCard = dueSent.request.attachments.find((a) => a.contentType === ADAPTIVE_CARD).content;
    assert.ok(cardText(dueCard).includes(`Nog niet ingevuld: ${QUARTERS.join(', ')}`), cardText(dueCard).slice(0, 800));
    assert.equal(layer.events.slice(since).filter((e) => e.kind === 'sent' && e.request?.members).length, 1, 'one 1:1 chat, one due card');

    // Ahmed enters the three quarters from the due card in his 1:1 chat.
    const periods = input(dueCard, 'mPeriod').choices;
    assert.deepEqual(periods.map((c) => c.title), QUARTERS);
    const values = ['24', '22.5', '21'];
    let answer;
    for (const [index, period] of periods.entries()) {
        answer = await click(personalChat, dueSent.response.id, ahmed, 'recordMeasurement', {
            ...executes(dueCard, 'recordMeasurement')[0].data, mPeriod: period.value, mValue: values[index], mSource: 'Gezondheidsmonitor',
        });
    }
    assert.ok(cardText(answer).includes('Alle gevraagde cijfers zijn binnen'), cardText(answer).slice(0, 600));

    // Sanne adds a resident's story from the overview in the werkgroep's chat; the resident agreed to be quoted.
    const storyText = 'Een bezoeker vertelt dat de koffieochtend haar week structuur geeft.';
    const storyForm = await click(chat, overviewFrame.message.messageId, sanne, 'showMonitoring', { werkgroepId, show: 'story' });
    const perspective = input(storyForm, 'storyPerspective').choices.find((c) => /inwoner/i.test(c.title));
    const storySaved = await click(chat, overviewFrame.message.messageId, sanne, 'addStory', {
        ...executes(storyForm, 'addStory')[0].data,
        storyText, storyPerspective: perspective.value, storyIndicators: indicatorId, storyIsQuote: 'true', storyConsent: 'true',
    });
    assert.ok(cardText(storySaved).includes('Het verhaal is opgeslagen'), cardText(storySaved).slice(0, 600));

    // In chat the overview now shows the chart as an image the server renders, at a signed link that needs no sign-in.
    frameSince = frames.length;
    await typeAs(chat, sanne, 'voortgang');
    const withChart = await waitForFrame((f) => f.action === 'createMessage' && f.actionConversationId === chat
        && objects(frameCard(f)).some((o) => o.type === 'Image'), 30000, frameSince);
    const chatImage = objects(frameCard(withChart)).find((o) => o.type === 'Image');
    assert.match(chatImage.altText, new RegExp(indicatorName));
    const signed = new URL(chatImage.url);
    const png = await fetch(`${bot.baseUrl}${signed.pathname}${signed.search}`);
    assert.equal(png.status, 200);
    assert.equal(png.headers.get('content-type'), 'image/png');
    assert.equal((await fetch(`${bot.baseUrl}${signed.pathname}`)).status, 404, 'not without the signature');

    // The board (opened from Teams through the layer, as the project leader) shows the chart and the story.
    const board = await newPage(context);
    await board.goto(`${layer.baseUrl}/board/${encodeURIComponent(werkgroepId)}`, { waitUntil: 'domcontentloaded' });
    const chart = board.locator('#progress img.progress-chart');
    await chart.waitFor({ timeout: 30000 });
    await board.waitForFunction(() => {
        const img = document.querySelector('#progress img.progress-chart');
        return img && img.complete && img.naturalWidth > 0;
    }, null, { timeout: 15000 });
    assert.match(await chart.getAttribute('alt'), /nulmeting 24; .*24; .*22,5; .*21; streefwaarde 18/);
    assert.match(await board.locator('#progress').textContent(), /koffieochtend haar week structuur/);
    await board.locator('#progress').scrollIntoViewIfNeeded();
    await screenshot(board, 'monitoring-e2e-board.png');
    assert.deepEqual(board.pageErrors, []);

    // The reflection: what the werkgroep sees, and an improvement action linked to the activity.
    const reflectionForm = await click(chat, overviewFrame.message.messageId, marieke, 'showMonitoring', { werkgroepId, show: 'reflection' });
    const activity = input(reflectionForm, 'actionActivities').choices.find((c) => c.title === activityName);
    assert.ok(activity, `the reflection form offers the activity: ${cardText(input(reflectionForm, 'actionActivities'))}`);
    const actionText = 'Koffieochtend ook op zaterdag';
    const reflected = await click(chat, overviewFrame.message.messageId, marieke, 'recordReflection', {
        ...executes(reflectionForm, 'recordReflection')[0].data,
        whatWeSee: 'Eenzaamheid daalt van 24 naar 21 procent; verhalen noemen de koffieochtend.',
        whatItMeans: 'Ontmoeting dichtbij werkt.',
        whatWeChange: 'Ook op zaterdag.',
        actionText, actionActivities: activity.value, actionOwner: 'Sanne Jansen', actionDue: '2027-03-01',
    });
    assert.ok(cardText(reflected).includes('1 verbeteractie'), cardText(reflected).slice(0, 600));
    const exportUrl = (format) => `${bot.baseUrl}/api/boards/${encodeURIComponent(werkgroepId)}/monitoring/export.${format}?dev-user=${marieke.aadObjectId}`;
    const exported = await (await fetch(exportUrl('json'))).json();
    const linked = objects(exported).find((o) => Object.values(o).includes(actionText));
    assert.ok(cardText(linked).includes(activityName), `the action names its activity: ${cardText(linked)}`);

    // The Word monitoring report: valid Open XML, with the chart as a PNG and the story.
    const docx = await download(exportUrl('docx'), 'monitoring-e2e-report.docx');
    const validated = await promisify(execFile)('dotnet', [cliDll(), 'validate', docx]).catch((error) => error);
    assert.equal(validated.code ?? 0, 0, `the Open XML validator: ${validated.stdout}${validated.stderr}`);
    const word = unzip(fs.readFileSync(docx));
    const images = docxEmbeddedImages(word);
    assert.equal(images.length, 1, 'one chart for the one indicator');
    assert.ok(images[0].subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'the chart is a PNG');
    assert.ok(images[0].length > 2000, `a drawn chart, not an empty image (${images[0].length} bytes)`);
    const paragraphs = docxParagraphs(word).join('\n');
    for (const text of [indicatorName, actionText, activityName]) assert.ok(paragraphs.includes(text), `the report has "${text}"`);
    // Sanne's story is quoted (with consent; HostMonitoringExportTests shows a story without consent is not), under
    // a heading that names its perspective and period ("Een inwoner (2026 Q…)"), as it has no theme.
    assert.ok(paragraphs.includes(storyText), `the report quotes the story: ${paragraphs.slice(0, 1500)}`);
    assert.ok(!paragraphs.includes('Niet geciteerd'), 'a story with consent is quoted, not withheld');
    assert.match(paragraphs, /^Een inwoner \(\d{4} (Q\d|M\d{2})\)$/m, 'a story without a theme reads "Een inwoner (period)"');
    assert.ok(!paragraphs.includes('over nog niet ingevuld'), 'no "over nog niet ingevuld" for a story without a theme');
    // A council member reads numbers (R1, I1), never the ids the product stores (res-…, ind-…).
    for (const text of [`R1 · ${resultText}`, `I1 · ${indicatorName}`]) assert.ok(paragraphs.includes(text), `the report has "${text}"`);
    const storedId = /\b(res|ind|act|qa)-[0-9a-f]{16}\b/;
    assert.match(indicatorId, storedId, 'the product stores ids like ind-88422cc57bba44d5');
    assert.doesNotMatch(paragraphs, storedId, 'no stored id in the Word report');
    assert.ok(!paragraphs.includes(indicatorId), `the indicator's id ${indicatorId} is not in the Word report`);

    // The Excel time series: one row per measurement, with its quarter and value.
    const xlsx = await download(exportUrl('xlsx'), 'monitoring-e2e-timeseries.xlsx');
    const excelValidated = await promisify(execFile)('dotnet', [cliDll(), 'validate', xlsx]).catch((error) => error);
    assert.equal(excelValidated.code ?? 0, 0, `the Open XML validator: ${excelValidated.stdout}${excelValidated.stderr}`);
    const [header, ...rows] = xlsxRows(unzip(fs.readFileSync(xlsx)));
    assert.equal(rows.length, 3, `one row per measurement: ${JSON.stringify(rows)}`);
    const column = (name) => header.indexOf(name);
    assert.ok(['Indicator', 'Periode', 'Waarde', 'Bron', 'Richting'].every((name) => column(name) >= 0), `columns: ${header.join(' | ')}`);
    assert.deepEqual(rows.map((r) => r[column('Indicator')]), [indicatorName, indicatorName, indicatorName]);
    assert.deepEqual(rows.map((r) => r[column('Nr.')]), ['I1', 'I1', 'I1']);
    assert.deepEqual(rows.map((r) => r[column('Resultaat nr.')]), ['R1', 'R1', 'R1']);
    assert.ok(rows.flat().every((cell) => !storedId.test(String(cell ?? ''))), `no stored id in the time series: ${JSON.stringify(rows)}`);
    assert.deepEqual(rows.map((r) => r[column('Richting')]), ['lager is beter', 'lager is beter', 'lager is beter']);
    assert.deepEqual(rows.map((r) => r[column('Bron')]), ['Gezondheidsmonitor', 'Gezondheidsmonitor', 'Gezondheidsmonitor']);
    assert.deepEqual(rows.map((r) => r[column('Periode')]), ['2026 Q1', '2026 Q2', '2026 Q3']);
    assert.deepEqual(rows.map((r) => Number(r[column('Waarde')])), [24, 22.5, 21]);

    // The worker polled every second throughout: Ahmed was asked once, not once per poll.
    assert.equal(layer.events.filter((e) => e.kind === 'sent' && e.request?.members).length, 1);
});

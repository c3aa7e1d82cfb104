using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Cards;

namespace WorkshopBot.Cards.Tests;

// Every card builder with representative views, by name, for the theories that apply to all cards.
internal static class CardCatalog
{
    private static readonly Dictionary<string, Func<Language, JsonObject>> Builders = new(StringComparer.Ordinal)
    {
        ["welcome-channel"] = l => WelcomeCard.Build(new WelcomeView(InChannel: true, "Anouk"), l),
        ["welcome-chat"] = l => WelcomeCard.Build(new WelcomeView(InChannel: false), l),
        ["help"] = HelpCard.Build,
        ["notice-info"] = l => NoticeCard.Build(new NoticeView(NoticeSeverity.Info, "De stemronde is gesloten.", LinkTitle: "Bord", LinkUrl: SampleViews.BoardUrl), l),
        ["notice-warning"] = l => NoticeCard.Build(new NoticeView(NoticeSeverity.Warning, "Stap 3 is gesloten. Vraag de projectleider om de stap te openen."), l),
        ["error"] = l => ErrorCard.Build("Er ging iets mis bij het opslaan.", l),
        ["create-traject"] = l => CreateTrajectCard.Build(new CreateTrajectView(), l),
        ["create-traject-error"] = l => CreateTrajectCard.Build(new CreateTrajectView("Samen", null, null, "Ouderen\n- minder eenzaam", "Vul de gemeente in."), l),
        ["traject-moderator"] = l => TrajectCard.Build(Traject(canEdit: true) with { Note = "Het traject is bijgewerkt." }, l),
        ["traject-participant"] = l => TrajectCard.Build(Traject(canEdit: false), l),
        ["traject-empty"] = l => TrajectCard.Build(new TrajectView("tr-leeg", "Armoede", "", "", [], [], null, false, CanEdit: true), l),
        ["start-werkgroep"] = l => StartWerkgroepCard.Build(SampleViews.StartWerkgroep(), l),
        ["start-werkgroep-empty"] = l => StartWerkgroepCard.Build(SampleViews.StartWerkgroep(empty: true), l),
        ["step-empty"] = l => StepCard.Build(SampleViews.StepCard(noteCount: 0, viewer: SampleViews.Participant), l),
        ["step-shared"] = l => StepCard.Build(SampleViews.StepCard(), l),
        ["step-6-shared"] = l => StepCard.Build(SampleViews.StepCard(step: 6), l),
        ["step-participant"] = l => StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Participant, voting: true, timer: true), l),
        ["step-moderator"] = l => StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Moderator, voting: true, timer: true), l),
        ["step-silent"] = l => StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Moderator, silent: true), l),
        ["step-closed"] = l => StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Participant, state: StepStatus.Closed), l),
        ["step-locked-moderator"] = l => StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Moderator, state: StepStatus.Locked), l),
        ["step-large-group"] = l => StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Participant, members: 150), l),
        ["step-200-moderator"] = l => StepCard.Build(SampleViews.StepCard(noteCount: 200, viewer: SampleViews.Moderator, voting: true), l),
        ["step-items-moderator"] = l => StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Moderator) with { Items = SampleViews.StepItems(12) }, l),
        ["step-items-participant"] = l => StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Participant) with { Items = SampleViews.StepItems(3) }, l),
        ["step-500-moderator"] = l => StepCard.Build(SampleViews.StepCard(noteCount: 500, viewer: SampleViews.Moderator, voting: true, timer: true), l),
        ["step-500-participant"] = l => StepCard.Build(SampleViews.StepCard(noteCount: 500, viewer: SampleViews.Participant, voting: true), l),
        ["step-hostile"] = l => StepCard.Build(SampleViews.StepCard(noteCount: 30, viewer: SampleViews.Moderator, voting: true) with
        {
            WerkgroepName = SampleViews.HostileText,
            Notes = SampleViews.Notes(30).Select(n => n with { Text = SampleViews.HostileText, ClusterLabel = "<at>x</at>", AuthorOrganisation = "**Org**" }).ToList(),
        }, l),
        ["result-moderator"] = l => ResultCard.Build(SampleViews.Result(SampleViews.Moderator), l),
        ["result-participant-agreed"] = l => ResultCard.Build(SampleViews.Result(SampleViews.Participant, ItemStatus.Vastgesteld, complete: true), l),
        ["result-shared"] = l => ResultCard.Build(SampleViews.Result(), l),
        ["result-moderator-parked"] = l => ResultCard.Build(SampleViews.Result(SampleViews.Moderator, ItemStatus.Geparkeerd), l),
        ["indicator-moderator"] = l => IndicatorCard.Build(SampleViews.Indicator(SampleViews.Moderator), l),
        ["indicator-complete"] = l => IndicatorCard.Build(SampleViews.Indicator(SampleViews.Participant, complete: true), l),
        ["indicator-minimal"] = l => IndicatorCard.Build(new IndicatorView { ItemId = "i", Version = 1, WerkgroepId = "w", Step = 5, Name = "Nieuw", ExistingRegistration = false }, l),
        ["activity"] = l => ActivityCard.Build(SampleViews.Activity(SampleViews.Moderator), l),
        ["quality-agreement"] = l => QualityAgreementCard.Build(SampleViews.QualityAgreement(SampleViews.Participant), l),
        ["propose-result-from-note"] = l => ProposeForm.Build(SampleViews.ProposeForm(FormalItemKind.Result, fromNote: true), l),
        ["propose-indicator"] = l => ProposeForm.Build(SampleViews.ProposeForm(FormalItemKind.Indicator), l),
        ["propose-activity"] = l => ProposeForm.Build(SampleViews.ProposeForm(FormalItemKind.Activity), l),
        ["propose-quality-agreement"] = l => ProposeForm.Build(SampleViews.ProposeForm(FormalItemKind.QualityAgreement) with { Error = "Vul de afspraak in." }, l),
        ["dialog-propose-indicator"] = l => DialogCards.FromForm(ProposeForm.Build(SampleViews.ProposeForm(FormalItemKind.Indicator), l),
            new Dictionary<string, string> { [CardInputs.IndicatorName] = "Aantal deelnemers", [CardInputs.ExistingRegistration] = "true" }, "Vul de tekst of naam in.",
            new JsonObject { [CardDataKeys.CardMessageId] = "1700000000001" }),
        ["edit-result"] = l => EditItemForm.Build(SampleViews.Result(SampleViews.Participant), [], l),
        ["edit-indicator-tellen"] = l => EditItemForm.Build(SampleViews.Indicator(SampleViews.Moderator), [new("res-001", "Minder eenzaamheid")], l),
        ["edit-indicator-vertellen"] = l => EditItemForm.Build(EditAndPromoteFormTests.StoryIndicator(SampleViews.Participant), [new("res-001", "Minder eenzaamheid")], l),
        ["edit-activity"] = l => EditItemForm.Build(SampleViews.Activity(SampleViews.Moderator), [], l),
        ["edit-quality-agreement"] = l => EditItemForm.Build(SampleViews.QualityAgreement(SampleViews.Participant), [], l),
        ["promote-step-3"] = l => PromoteForm.Build(new NoteFormView(SampleViews.WerkgroepId, 3, "note-0003", 2, "Maatjesproject met vrijwilligers"), l),
        ["edit-note"] = l => EditNoteForm.Build(new NoteFormView(SampleViews.WerkgroepId, 3, "note-0003", 2, SampleViews.HostileText), l),
        ["dialog-move-note"] = l => DialogCards.FromForm(MoveNoteForm.Build(new NoteFormView(SampleViews.WerkgroepId, 4, "note-0003", 2, "Maatjesproject met vrijwilligers"), l)),
        ["dialog-edit-indicator-vertellen"] = l => DialogCards.FromForm(EditItemForm.Build(EditAndPromoteFormTests.StoryIndicator(SampleViews.Participant), [], l),
            new Dictionary<string, string> { [CardInputs.StoriesUse] = "Bespreken in de werkgroep" }, "Iemand anders heeft dit net gewijzigd.",
            new JsonObject { [CardDataKeys.CardMessageId] = "1700000000001" }),
        ["meeting-recap"] = l => MeetingRecapCard.Build(SampleViews.MeetingRecap(), l),
        ["timer-ended"] = l => TimerEndedCard.Build(SampleViews.TimerEnded(), l),
        ["summary"] = l => SummaryCard.Build(SampleViews.Summary(viewer: SampleViews.Participant), l),
        ["summary-moderator"] = l => SummaryCard.Build(SampleViews.Summary(viewer: SampleViews.Moderator), l),
        ["summary-preview"] = l => SummaryPreviewCard.Build(SummaryCardTests.Preview(previous: 2), l),
        ["summary-preview-first"] = l => SummaryPreviewCard.Build(SummaryCardTests.Preview(previous: null), l),
        ["summary-none-moderator"] = l => NoSummaryCard.Build(new NoSummaryView("Er is nog geen samenvatting.", CanPublish: true), l),
        ["summary-none"] = l => NoSummaryCard.Build(new NoSummaryView("Er is nog geen samenvatting.", CanPublish: false), l),
        ["summary-can-publish"] = l => SummaryCard.Build(SampleViews.Summary(viewer: SampleViews.Moderator) with { CanPublish = true }, l),
        ["summary-empty"] = l => SummaryCard.Build(SampleViews.Summary(results: 0, responses: 0), l),
        ["summary-superseded"] = l => SummaryCard.Build(SampleViews.Summary(superseded: true, viewer: SampleViews.Moderator), l),
        ["summary-closed"] = l => SummaryCard.Build(SampleViews.Summary(closed: true, responses: 9), l),
        ["summary-30-results-100-indicators"] = l => SummaryCard.Build(SampleViews.Summary(results: 30, indicatorsPerResult: 4, responses: 80, members: 200), l),
        ["summary-huge"] = l => SummaryCard.Build(SampleViews.Summary(results: 30, indicatorsPerResult: 100, responses: 200, members: 200), l),
        ["review-notification"] = l => ReviewNotificationCard.Build(SampleViews.ReviewNotification(), l),
        ["review-notification-question"] = l => ReviewNotificationCard.Build(SampleViews.ReviewNotification(ReviewAnswer.Vraag), l),
        ["reminder"] = l => ReminderCard.Build(SampleViews.Reminder(), l),
        ["monitoring-due"] = l => DueCard.Build(SampleMonitoring.Due(), l),
        ["monitoring-due-fraction"] = l => DueCard.Build(SampleMonitoring.Due(fraction: true) with { Error = "Vul een waarde in." }, l),
        ["monitoring-due-done"] = l => DueCard.Build(SampleMonitoring.Due() with { MissingPeriods = [] }, l),
        ["monitoring-story"] = l => StoryForm.Build(SampleMonitoring.StoryForm(), l),
        ["monitoring-reflection"] = l => ReflectionForm.Build(SampleMonitoring.ReflectionForm(), l),
        ["monitoring-overview-moderator"] = l => MonitoringOverviewCard.Build(new(SampleMonitoring.View(), ViewerIsModerator: true, [new("0c6f4a1e-2b3d-4c5e-8f90-000000000001", "Deelnemer 1 (Welzijn Neder-Betuwe)")]), l),
        ["monitoring-overview-partner"] = l => MonitoringOverviewCard.Build(new(SampleMonitoring.View(), ViewerIsModerator: false), l),
        ["monitoring-overview-charts"] = l => MonitoringOverviewCard.Build(new(SampleMonitoring.View(), ViewerIsModerator: false, Charts: [new("Inwoners die zich eenzaam voelen", "https://workshopbot.example.nl/charts/wg-1/ind-1.png?expires=1800000000&sig=abc")]), l),
        ["monitoring-overview-refresh"] = l => MonitoringOverviewCard.Build(new(SampleMonitoring.View(), ViewerIsModerator: false, Charts: [new("Inwoners die zich eenzaam voelen", "https://workshopbot.example.nl/charts/wg-1/ind-1.png?expires=1800000000&sig=abc")], Audience: SampleViews.Audience(12)), l),
        ["monitoring-overview-over-60"] = l => MonitoringOverviewCard.Build(new(SampleMonitoring.View(), ViewerIsModerator: false, Audience: SampleViews.Audience(61)), l),
        ["monitoring-overview-action-owner"] = l => MonitoringOverviewCard.Build(new(SampleMonitoring.View(), ViewerIsModerator: false, ViewerId: SampleMonitoring.OwnerId), l),
        ["monitoring-story-error"] = l => StoryForm.Build(SampleMonitoring.StoryForm() with { Error = "Kies bij welke indicator of welk resultaat dit verhaal hoort." }, l),
    };

    public static IEnumerable<object[]> All() =>
        from name in Builders.Keys
        from language in new[] { Language.Dutch, Language.English }
        select new object[] { name, language };

    public static JsonObject Build(string name, Language language) => Builders[name](language);

    public static TrajectView Traject(bool canEdit) => new(
        "tr-eenzaamheid",
        "Samen tegen eenzaamheid 2026–2029",
        "Neder-Betuwe",
        "Eenzaamheid onder ouderen",
        [new("Ouderen wonen langer zelfstandig thuis", ["minder eenzaamheid", "meer mantelzorgondersteuning"]), new("Iedereen doet mee", [])],
        [new("Eenzaamheid Kesteren", 3), new("Mantelzorg Opheusden", 5)],
        "Grote groep sociaal domein",
        HasLargeGroupChannel: true,
        CanEdit: canEdit,
        AmbitionsText: "Ouderen wonen langer zelfstandig thuis\n- minder eenzaamheid\n- meer mantelzorgondersteuning\nIedereen doet mee");
}

using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

public sealed class FormCardTests
{
    [Fact]
    public void WelcomeCard_InChannel_OffersHelpTrajectAndWerkgroep()
    {
        var card = WelcomeCard.Build(new WelcomeView(InChannel: true), Language.Dutch);

        Assert.Equal([CardVerbs.ShowHelp, CardVerbs.ShowCreateTrajectForm, CardVerbs.ShowStartWerkgroepForm], CardQuery.Verbs(card));
        Assert.Equal(["Hulp", "Traject aanmaken", "Werkgroep starten"], CardQuery.ActionTitles(card));
        Assert.Contains("Kwaliteitskompas", CardQuery.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void WelcomeCard_InChat_HasNoTrajectButton()
    {
        var card = WelcomeCard.Build(new WelcomeView(InChannel: false), Language.Dutch);

        Assert.DoesNotContain(CardVerbs.ShowCreateTrajectForm, CardQuery.Verbs(card));
    }

    [Fact]
    public void WelcomeCard_UserName_IsEscaped()
    {
        var card = WelcomeCard.Build(new WelcomeView(true, "<at>Iedereen</at>"), Language.Dutch);

        Assert.Contains("Welkom, \\<at\\>Iedereen\\</at\\>", CardQuery.Texts(card));
    }

    [Theory]
    [InlineData(Language.Dutch, "`beoordelaar @naam (organisatie)`")]
    [InlineData(Language.English, "`reviewer @name (organisation)`")]
    public void HelpCard_ListsReviewerCommandPerLanguage(Language language, string command)
    {
        var text = CardQuery.AllText(HelpCard.Build(language));

        Assert.Contains(command, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Dutch, "stap <n>", "nieuwe notitie <tekst>", "samenvatting")]
    [InlineData(Language.English, "step <n>", "new note <text>", "summary")]
    public void HelpCard_ListsCommandsPerLanguage(Language language, string step, string note, string summary)
    {
        var text = CardQuery.AllText(HelpCard.Build(language));

        Assert.Contains("`" + step + "`", text, StringComparison.Ordinal);
        Assert.Contains("`" + note + "`", text, StringComparison.Ordinal);
        Assert.Contains("`" + summary + "`", text, StringComparison.Ordinal);
        Assert.Contains("`traject`", text, StringComparison.Ordinal);
        Assert.Contains("`werkgroep`", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NoticeSeverity.Info, "accent", "Goed om te weten")]
    [InlineData(NoticeSeverity.Warning, "warning", "Let op")]
    [InlineData(NoticeSeverity.Error, "attention", "Dat lukte niet")]
    public void NoticeCard_Severity_SetsStyleAndTitle(NoticeSeverity severity, string style, string title)
    {
        var card = NoticeCard.Build(new NoticeView(severity, "Stap 3 is gesloten. Vraag de projectleider om de stap te openen."), Language.Dutch);

        var container = CardQuery.OfType(card, "Container").Single();

        Assert.Equal(style, (string?)container["style"]);
        Assert.Contains(title, CardQuery.Texts(card));
        Assert.Contains("Stap 3 is gesloten\\. Vraag de projectleider om de stap te openen\\.", CardQuery.Texts(card));
    }

    [Fact]
    public void ErrorCard_UsesErrorStyle()
    {
        var card = ErrorCard.Build("Mislukt", Language.English);

        Assert.Equal("attention", (string?)CardQuery.OfType(card, "Container").Single()["style"]);
        Assert.Contains("That did not work", CardQuery.Texts(card));
    }

    [Fact]
    public void CreateTrajectCard_RebuiltWithError_KeepsValuesAndShowsError()
    {
        var card = CreateTrajectCard.Build(new CreateTrajectView("Samen", null, "Eenzaamheid", "Ouderen\n- minder eenzaam", "Vul de gemeente in."), Language.Dutch);

        Assert.Equal("Samen", (string?)CardQuery.Input(card, CardInputs.TrajectName)!["value"]);
        Assert.Equal("Ouderen\n- minder eenzaam", (string?)CardQuery.Input(card, CardInputs.Ambitions)!["value"]);
        Assert.True((bool)CardQuery.Input(card, CardInputs.Gemeente)!["isRequired"]!);
        Assert.Contains("Vul de gemeente in\\.", CardQuery.Texts(card));
        Assert.Single(CardQuery.ExecuteActions(card, CardVerbs.CreateTraject));
    }

    [Fact]
    public void StartWerkgroepCard_ListsTrajectsAndRequiresFields()
    {
        var card = StartWerkgroepCard.Build(SampleViews.StartWerkgroep(), Language.Dutch);

        var choice = CardQuery.Input(card, CardInputs.TrajectId)!;

        Assert.Equal(2, choice["choices"]!.AsArray().Count);
        Assert.Equal("Samen tegen eenzaamheid 2026–2029 (Neder-Betuwe)", (string?)choice["choices"]![0]!["title"]);
        Assert.True((bool)CardQuery.Input(card, CardInputs.WerkgroepName)!["isRequired"]!);
        Assert.True((bool)CardQuery.Input(card, CardInputs.Organisation)!["isRequired"]!);
        Assert.Single(CardQuery.ExecuteActions(card, CardVerbs.StartWerkgroep));
    }

    [Fact]
    public void StartWerkgroepCard_NoTrajects_PointsToCreateTraject()
    {
        var card = StartWerkgroepCard.Build(SampleViews.StartWerkgroep(empty: true), Language.Dutch);

        Assert.Equal([CardVerbs.ShowCreateTrajectForm], CardQuery.Verbs(card));
        Assert.Empty(CardQuery.Inputs(card));
    }

    [Fact]
    public void MeetingRecapCard_ShowsCountsPromotedItemsAndBoardLink()
    {
        var card = MeetingRecapCard.Build(SampleViews.MeetingRecap(), Language.Dutch);

        var facts = CardQuery.OfType(card, "FactSet").Single()["facts"]!.AsArray();

        Assert.Contains(facts, f => (string?)f!["title"] == "Notities toegevoegd" && (string?)f["value"] == "37");
        Assert.Contains(facts, f => (string?)f!["title"] == "Stappen" && (string?)f["value"] == "3, 4");
        Assert.Contains("• Activiteit: Huiskamer in Opheusden", CardQuery.Texts(card));
        Assert.Contains(CardQuery.OfType(card, "Action.OpenUrl"), a => (string?)a["url"] == SampleViews.BoardUrl);
    }

    [Fact]
    public void TimerEndedCard_LinksBackToTheStep()
    {
        var card = TimerEndedCard.Build(SampleViews.TimerEnded(), Language.Dutch);

        var show = CardQuery.ExecuteActions(card, CardVerbs.ShowStep).Single();

        Assert.Contains("De tijd is om", CardQuery.Texts(card));
        Assert.Equal(3, (int)show["data"]!["step"]!);
    }

    [Fact]
    public void ReviewNotificationCard_ShowsWhoObjectedCommentAndReplyForm()
    {
        var card = ReviewNotificationCard.Build(SampleViews.ReviewNotification(), Language.Dutch);

        var reply = CardQuery.ExecuteActions(card, CardVerbs.ReplyToReview).Single();

        Assert.Contains("Henk Jansen (Adviesraad Sociaal Domein) heeft bezwaar tegen de samenvatting van werkgroep Eenzaamheid Kesteren (versie 3).", CardQuery.Texts(card));
        Assert.Contains(CardQuery.Texts(card), t => t.StartsWith("Het resultaat gaat alleen over 75", StringComparison.Ordinal));
        Assert.Equal("resp-003", (string?)reply["data"]!["responseId"]);
        Assert.True((bool)CardQuery.Input(card, CardInputs.ReplyText)!["isRequired"]!);
        Assert.Contains(CardQuery.OfType(card, "Action.OpenUrl"), a => (string?)a["title"] == "Naar het gesprek");
    }

    [Fact]
    public void ReminderCard_ShowsDeadlineInAmsterdamTimeAndLink()
    {
        var card = ReminderCard.Build(SampleViews.Reminder(), Language.Dutch);

        Assert.Contains(CardQuery.Texts(card), t => t.Contains("Dat kan tot 25 november 2026 om 14:30.", StringComparison.Ordinal));
        Assert.Contains(CardQuery.OfType(card, "Action.OpenUrl"), a => (string?)a["url"] == SampleViews.SummaryUrl);
    }

    [Fact]
    public void TrajectCard_Moderator_ShowsAmbitionsWerkgroepenAndAnEditForm()
    {
        var card = TrajectCard.Build(CardCatalog.Traject(canEdit: true), Language.Dutch);

        var text = CardQuery.AllText(card);
        Assert.Contains("Ouderen wonen langer zelfstandig thuis", text, StringComparison.Ordinal);
        Assert.Contains("- minder eenzaamheid", text, StringComparison.Ordinal);
        Assert.Contains("Eenzaamheid Kesteren · stap 3: Activiteiten", text, StringComparison.Ordinal);
        Assert.Contains("Grote groep sociaal domein", text, StringComparison.Ordinal);
        Assert.Equal(["Traject wijzigen", "Opslaan"], CardQuery.ActionTitles(card));
        Assert.Equal("Ouderen wonen langer zelfstandig thuis\n- minder eenzaamheid\n- meer mantelzorgondersteuning\nIedereen doet mee", (string?)CardQuery.Input(card, CardInputs.Ambitions)?["value"]);
        Assert.Contains(CardVerbs.EditTraject, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TrajectCard_Participant_HasNoEditAction()
    {
        var card = TrajectCard.Build(CardCatalog.Traject(canEdit: false), Language.English);

        Assert.Empty(CardQuery.ActionTitles(card));
        Assert.Contains("Working groups", CardQuery.AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.EditTraject, card.ToJsonString(), StringComparison.Ordinal);
    }
}

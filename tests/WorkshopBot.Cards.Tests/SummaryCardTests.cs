using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

public sealed class SummaryCardTests
{
    public static SummaryPreviewView Preview(int? previous) =>
        new("Eenzaamheid Kesteren", previous, (previous ?? 0) + 1,
        [
            new(SummaryItemKind.Result, SummaryChangeKind.Changed, "Minder eenzaamheid"),
            new(SummaryItemKind.Activity, SummaryChangeKind.Added, "Huiskamer in Opheusden"),
            new(SummaryItemKind.Indicator, SummaryChangeKind.Removed, "Aantal bezoekers"),
        ]);

    [Fact]
    public void Preview_Changes_ListsEachChangeWithConfirmAndCancel()
    {
        var card = SummaryPreviewCard.Build(Preview(previous: 2), Language.Dutch);
        var text = CardQuery.AllText(card);

        Assert.Contains("Versie 3 van de samenvatting van Eenzaamheid Kesteren publiceren?", text, StringComparison.Ordinal);
        Assert.Contains("Veranderd sinds versie 2:", text, StringComparison.Ordinal);
        Assert.Contains("gewijzigd: resultaat ‘Minder eenzaamheid’", text, StringComparison.Ordinal);
        Assert.Contains("nieuw: activiteit ‘Huiskamer in Opheusden’", text, StringComparison.Ordinal);
        Assert.Contains("verwijderd: indicator ‘Aantal bezoekers’", text, StringComparison.Ordinal);
        Assert.Equal(["Bevestigen", "Annuleren"], CardQuery.ActionTitles(card));
        Assert.Equal(
            [CardValues.Confirm, CardValues.Cancel],
            CardQuery.ExecuteActions(card, CardVerbs.PublishSummary).Select(a => a["data"]?[CardDataKeys.PublishStep]?.GetValue<string>()));
    }

    [Fact]
    public void Preview_English_UsesTheEnglishTable()
    {
        var text = CardQuery.AllText(SummaryPreviewCard.Build(Preview(previous: null), Language.English));

        Assert.Contains("This will be the first version. It contains:", text, StringComparison.Ordinal);
        Assert.Contains("changed: result ‘Minder eenzaamheid’", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Typical_ShowsVersionResultsIndicatorsAndLists()
    {
        var card = SummaryCard.Build(SampleViews.Summary(), Language.Dutch);
        var text = CardQuery.AllText(card);

        Assert.Contains("Samenvatting · versie 3 · gepubliceerd op 23 november 2026 om 14:30", text, StringComparison.Ordinal);
        Assert.Contains("Resultaten en indicatoren", text, StringComparison.Ordinal);
        Assert.Contains("Indicator 1\\.2", text, StringComparison.Ordinal);
        Assert.Contains("nu 38% → doel 30%", text, StringComparison.Ordinal);
        Assert.Contains("Huiskamer in Opheusden (Welzijnsorganisatie Neder\\-Betuwe)", text, StringComparison.Ordinal);
        Assert.Contains("Wie betaalt de buurtbus na 2027?", text, StringComparison.Ordinal);
        Assert.Contains("Resultaat 3 heeft nog geen vertellen\\-indicator\\.", text, StringComparison.Ordinal);
        Assert.Contains("Deelnemers: Anouk de Vries (Gemeente Neder\\-Betuwe)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Review_TalliesAnswersAndListsWhoRespondedAndWhoNot()
    {
        var card = SummaryCard.Build(SampleViews.Summary(responses: 4), Language.Dutch);
        var texts = CardQuery.Texts(card);

        Assert.Contains("2 akkoord", texts);
        Assert.Contains("1 vraag", texts);
        Assert.Contains("1 bezwaar", texts);
        Assert.Contains("Jeroen Bakker (Welzijnsorganisatie Neder\\-Betuwe) — Vraag", texts);
        Assert.Contains("Nog niet gereageerd: Huisartsenpraktijk Opheusden, Vrijwilligerscentrale", texts);
    }

    [Fact]
    public void Build_ViewerHasAnswered_ShowsOwnAnswerAndChangeForm()
    {
        var card = SummaryCard.Build(SampleViews.Summary(viewer: SampleViews.Participant), Language.Dutch);
        var texts = CardQuery.Texts(card);

        Assert.Contains(texts, t => t.StartsWith("Jouw reactie: Vraag (23 november 2026 om 15:30)", StringComparison.Ordinal));
        Assert.Contains("Reactie wijzigen", texts);
    }

    [Fact]
    public void Build_AnswerForm_AkkoordDirectAndCommentRequiredForVraagOrBezwaar()
    {
        var card = SummaryCard.Build(SampleViews.Summary(), Language.Dutch);

        var responds = CardQuery.ExecuteActions(card, CardVerbs.RespondToSummary);
        var comment = CardQuery.Input(card, CardInputs.ReviewComment)!;
        var answer = CardQuery.Input(card, CardInputs.ReviewAnswer)!;

        Assert.Equal(2, responds.Count);
        Assert.All(responds, r =>
        {
            Assert.Equal("sum-kesteren", (string?)r["data"]!["summaryId"]);
            Assert.Equal(3, (int)r["data"]!["summaryVersion"]!);
        });
        Assert.Contains(responds, r => (string?)r["data"]![CardInputs.ReviewAnswer] == CardValues.Akkoord);
        Assert.True((bool)comment["isRequired"]!);
        Assert.Equal("Licht je vraag of bezwaar toe.", (string?)comment["errorMessage"]);
        Assert.Equal(
            [CardValues.Vraag, CardValues.Bezwaar],
            answer["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToArray());
    }

    [Fact]
    public void Build_ModeratorView_OffersDeadlineChangeWithDateAndTimeInAmsterdam()
    {
        var card = SummaryCard.Build(SampleViews.Summary(viewer: SampleViews.Moderator), Language.Dutch);

        var change = Assert.Single(CardQuery.ExecuteActions(card, CardVerbs.ChangeSummaryDeadline));
        var date = CardQuery.Input(card, CardInputs.DeadlineDate)!;
        var time = CardQuery.Input(card, CardInputs.DeadlineTime)!;
        Assert.Equal("sum-kesteren", (string?)change["data"]!["summaryId"]);
        Assert.Contains("Deadline wijzigen", CardQuery.ActionTitles(card));
        Assert.Contains(CardQuery.Texts(card), text => text.Contains("beoordelaar @naam (organisatie)", StringComparison.Ordinal));
        Assert.Equal(("Input.Date", "Nieuwe datum", true), ((string?)date["type"], (string?)date["label"], (bool)date["isRequired"]!));
        Assert.Equal(("Input.Time", "Tijd", true), ((string?)time["type"], (string?)time["label"], (bool)time["isRequired"]!));
        Assert.Equal("Kies een datum en een tijd.", (string?)date["errorMessage"]);

        // The current deadline (7 December 2026, 13:30 UTC) prefilled in Amsterdam time.
        Assert.Equal(("2026-12-07", "14:30"), ((string?)date["value"], (string?)time["value"]));
        AdaptiveCardSchemaValidator.Instance.AssertValid(card);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_SharedOrParticipantView_HasNoDeadlineChange(bool participant)
    {
        var card = SummaryCard.Build(SampleViews.Summary(viewer: participant ? SampleViews.Participant : null), Language.Dutch);

        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.ChangeSummaryDeadline));
        Assert.Null(CardQuery.Input(card, CardInputs.DeadlineDate));
        Assert.DoesNotContain(CardQuery.Texts(card), text => text.Contains("beoordelaar", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ModeratorViewOfClosedReview_HasNoDeadlineChange()
    {
        var card = SummaryCard.Build(SampleViews.Summary(closed: true, viewer: SampleViews.Moderator), Language.Dutch);

        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.ChangeSummaryDeadline));
    }

    [Fact]
    public void Build_Closed_ShowsFinalTallyWithoutForm()
    {
        var card = SummaryCard.Build(SampleViews.Summary(closed: true, responses: 9), Language.Dutch);
        var texts = CardQuery.Texts(card);

        Assert.Contains("De reactieronde is gesloten.", texts);
        Assert.Contains("Eindstand:", texts);
        Assert.Contains("5 akkoord", texts);
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.RespondToSummary));
        Assert.Contains(texts, t => t.StartsWith("Niet gereageerd:", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Superseded_ShowsBannerWithLinkAndNoForm()
    {
        var view = SampleViews.Summary(superseded: true);

        var card = SummaryCard.Build(view, Language.Dutch);

        Assert.Contains("Vervangen door versie 4. Reageer op de nieuwe versie.", CardQuery.Texts(card));
        Assert.Contains(CardQuery.OfType(card, "Action.OpenUrl"), a => (string?)a["url"] == view.SupersededByUrl && (string?)a["title"] == "Naar versie 4");
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.RespondToSummary));
    }

    [Theory]
    [InlineData(30, 4, 80)]
    [InlineData(30, 100, 200)]
    public void Build_LargeSummary_TruncatesUnder80KilobytesWithViewAllLink(int results, int indicatorsPerResult, int responses)
    {
        var card = SummaryCard.Build(SampleViews.Summary(results, indicatorsPerResult, responses, members: 200), Language.Dutch);

        Assert.True(CardJson.SizeInBytes(card) < CardLimits.MaxCardBytes);
        Assert.Contains(CardQuery.OfType(card, "Action.OpenUrl"), a => (string?)a["title"] == "Bekijk alles" && (string?)a["url"] == SampleViews.SummaryUrl);
        Assert.NotEmpty(CardQuery.ExecuteActions(card, CardVerbs.RespondToSummary));
    }

    [Fact]
    public void Build_SmallSummary_HasNoViewAllLink()
    {
        var card = SummaryCard.Build(SampleViews.Summary(), Language.Dutch);

        Assert.DoesNotContain("Bekijk alles", CardQuery.ActionTitles(card));
    }

    [Fact]
    public void Build_LargeGroup_UsesManualRefreshInsteadOfUserIds()
    {
        var large = SummaryCard.Build(SampleViews.Summary(members: 200), Language.Dutch);
        var small = SummaryCard.Build(SampleViews.Summary(members: 40), Language.Dutch);

        Assert.Null(large["refresh"]);
        Assert.Single(CardQuery.ExecuteActions(large, CardVerbs.RefreshSummary));
        Assert.Equal(40, small["refresh"]!["userIds"]!.AsArray().Count);
        Assert.Equal(CardVerbs.RefreshSummary, (string?)small["refresh"]!["action"]!["verb"]);
    }

    [Fact]
    public void Build_English_TranslatesReviewTerms()
    {
        var card = SummaryCard.Build(SampleViews.Summary(), Language.English);
        var texts = CardQuery.Texts(card);

        Assert.Contains("2 agree", texts);
        Assert.Contains("Responses from the large group", texts);
    }

    [Fact]
    public void Build_HostileComment_IsEscaped()
    {
        var view = SampleViews.Summary() with
        {
            Review = new ReviewView
            {
                Responses = [new("r", "29:x", new PersonView("[Naam](http://evil)", "<at>Org</at>"), ReviewAnswer.Bezwaar, SampleViews.HostileText, SampleViews.Now)],
            },
        };

        var card = SummaryCard.Build(view, Language.Dutch);
        var text = CardQuery.AllText(card);

        Assert.DoesNotContain("<at>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](http", text, StringComparison.Ordinal);
        Assert.Contains(CardMarkdown.Escape(SampleViews.HostileText), text, StringComparison.Ordinal);
    }
}

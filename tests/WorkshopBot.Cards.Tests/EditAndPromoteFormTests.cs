using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

// Issue 12: editing an item and promoting a note open a Teams dialog instead of a form inside a card that
// shared updates re-render; an indicator has a short form for live use and a full definition sheet by mode.
public sealed class EditAndPromoteFormTests
{
    private static readonly IReadOnlyList<ResultOption> Results =
        [new("res-001", "Over drie jaar voelt 20% minder 75-plussers in Kesteren zich eenzaam.")];

    private static readonly string[] CountInputs =
        [CardInputs.Definition, CardInputs.Numerator, CardInputs.Denominator, CardInputs.DataSource, CardInputs.ExistingRegistration,
            CardInputs.Baseline, CardInputs.Target, CardInputs.Direction];

    private static readonly string[] StoryInputs =
        [CardInputs.StoriesAbout, CardInputs.StoriesFrom, CardInputs.CollectionMethod, CardInputs.StoriesUse];

    public static IndicatorView StoryIndicator(CardViewer? viewer = null) => new()
    {
        ItemId = "ind-007",
        Version = 4,
        WerkgroepId = SampleViews.WerkgroepId,
        Step = 5,
        Name = "Verhalen van bezoekers van de huiskamer",
        ResultId = "res-001",
        Measure = IndicatorKind.Vertellen,
        Level = IndicatorType.Outcome,
        Owner = "Welzijn Neder-Betuwe",
        Frequency = "Twee keer per jaar",
        StoriesAbout = "Wat de huiskamer in hun week veranderde",
        StoriesFrom = "Bezoekers en vrijwilligers",
        CollectionMethod = "Most Significant Change",
        StoriesUse = null,
        // Filled in while it was still tellen: kept, not shown, not wiped.
        Baseline = "12 bezoekers (2025)",
        Direction = IndicatorDirection.Up,
        Viewer = viewer,
        Audience = SampleViews.Audience(12),
    };

    [Fact]
    public void EveryEditForm_SavesWithUpdateItemAndTheCurrentVersion_AndIsValidInBothLanguages()
    {
        ItemCardView[] views =
        [
            SampleViews.Result(SampleViews.Participant), SampleViews.Indicator(SampleViews.Moderator), StoryIndicator(SampleViews.Participant),
            SampleViews.Activity(SampleViews.Moderator), SampleViews.QualityAgreement(SampleViews.Participant),
        ];
        foreach (var view in views)
        {
            foreach (var language in new[] { Language.Dutch, Language.English })
            {
                var form = EditItemForm.Build(view, Results, language);
                AdaptiveCardSchemaValidator.Instance.AssertValid(form);
                var save = CardQuery.ExecuteActions(form, CardVerbs.UpdateItem).Single();
                Assert.Equal(view.Version, (long)save["data"]!["itemVersion"]!);
                Assert.Equal(view.ItemId, (string?)save["data"]!["itemId"]);
                Assert.Equal(CardValues.ToWire(view.Kind), (string?)save["data"]!["itemKind"]);

                // In the dialog: one submit with the same command, and no way back to a card.
                var dialog = DialogCards.FromForm(form, extraData: new JsonObject { [CardDataKeys.CardMessageId] = "1700000000001" });
                AdaptiveCardSchemaValidator.Instance.AssertValid(dialog);
                Assert.Empty(CardQuery.ExecuteActions(dialog));
                var submit = Assert.Single(CardQuery.OfType(dialog, "Action.Submit"));
                Assert.Equal(CardVerbs.UpdateItem, (string?)submit["data"]!["verb"]);
                Assert.Equal(view.Version, (long)submit["data"]!["itemVersion"]!);
            }
        }
    }

    [Fact]
    public void IndicatorSheet_Vertellen_AsksForTheStoriesAndCarriesTheCountFieldsUnshown()
    {
        var form = EditItemForm.Build(StoryIndicator(SampleViews.Participant), Results, Language.Dutch);

        Assert.Equal("Definitieblad van de indicator", DialogCards.Title(form));
        Assert.Equal("Wat de huiskamer in hun week veranderde", (string?)CardQuery.Input(form, CardInputs.StoriesAbout)!["value"]);
        Assert.Equal("Bezoekers en vrijwilligers", (string?)CardQuery.Input(form, CardInputs.StoriesFrom)!["value"]);
        Assert.Equal("Most Significant Change", (string?)CardQuery.Input(form, CardInputs.CollectionMethod)!["value"]);
        Assert.NotNull(CardQuery.Input(form, CardInputs.StoriesUse));
        Assert.Equal("Twee keer per jaar", (string?)CardQuery.Input(form, CardInputs.Frequency)!["value"]);
        Assert.All(CountInputs, id => Assert.Null(CardQuery.Input(form, id)));
        Assert.DoesNotContain("Nulmeting", CardQuery.AllText(form));

        var data = CardQuery.ExecuteActions(form, CardVerbs.UpdateItem).Single()["data"]!;
        Assert.Equal("12 bezoekers (2025)", (string?)data[CardInputs.Baseline]);
        Assert.Equal(CardValues.Increase, (string?)data[CardInputs.Direction]);
        Assert.Null(data[CardInputs.StoriesAbout]);
    }

    [Fact]
    public void IndicatorSheet_Tellen_AsksForTheCountFieldsAndNoStories()
    {
        var view = SampleViews.Indicator(SampleViews.Moderator) with { StoriesFrom = "Bezoekers" };

        var form = EditItemForm.Build(view, Results, Language.Dutch);

        Assert.All(CountInputs, id => Assert.NotNull(CardQuery.Input(form, id)));
        Assert.All(StoryInputs, id => Assert.Null(CardQuery.Input(form, id)));
        Assert.Equal(view.Baseline, (string?)CardQuery.Input(form, CardInputs.Baseline)!["value"]);
        Assert.Equal("res-001", (string?)CardQuery.Input(form, CardInputs.ResultId)!["value"]);
        Assert.Equal("Bezoekers", (string?)CardQuery.ExecuteActions(form, CardVerbs.UpdateItem).Single()["data"]![CardInputs.StoriesFrom]);
    }

    [Fact]
    public void IndicatorSheet_WithoutAMode_ShowsBothAndSaysToChoose()
    {
        var view = new IndicatorView { ItemId = "ind-9", Version = 1, WerkgroepId = SampleViews.WerkgroepId, Step = 5, Name = "Nieuw", Viewer = SampleViews.Participant };

        var form = EditItemForm.Build(view, Results, Language.Dutch);

        Assert.All([.. CountInputs, .. StoryInputs], id => Assert.NotNull(CardQuery.Input(form, id)));
        Assert.Contains(CardQuery.Texts(form), t => t.StartsWith("Kies eerst tellen of vertellen", StringComparison.Ordinal));
    }

    [Fact]
    public void ProposeIndicator_IsTheShortFormForLiveUse()
    {
        var form = ProposeForm.Build(SampleViews.ProposeForm(FormalItemKind.Indicator), Language.Dutch);

        Assert.Equal(
            [CardInputs.ResultId, CardInputs.IndicatorName, CardInputs.Measure, CardInputs.Owner],
            CardQuery.Inputs(form).Select(i => (string)i["id"]!).ToArray());
        Assert.Contains(CardQuery.Texts(form), t => t.Contains("definitieblad", StringComparison.Ordinal));
    }

    // Promote follows the step (issue 12, finding 6): 2 → maatschappelijk resultaat, 3 → activiteit,
    // 4 → kwaliteitsafspraak, 5 → resultaat van de voorziening; the moderator can choose another.
    [Theory]
    [InlineData(2, CardValues.Result)]
    [InlineData(3, CardValues.Activity)]
    [InlineData(4, CardValues.QualityAgreement)]
    [InlineData(5, CardValues.Result)]
    public void PromoteForm_OffersTheKindOfTheStepFirst(int step, string expected)
    {
        var form = PromoteForm.Build(new NoteFormView(SampleViews.WerkgroepId, step, "note-0003", 5, "Wekelijkse buurtlunch in Dodewaard"), Language.Dutch);

        var kind = CardQuery.Input(form, CardInputs.PromoteKind("note-0003"))!;
        Assert.Equal(expected, (string?)kind["value"]);
        Assert.Equal(
            [CardValues.Result, CardValues.Indicator, CardValues.Activity, CardValues.QualityAgreement],
            kind["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToArray());
        var promote = CardQuery.ExecuteActions(form, CardVerbs.PromoteNote).Single();
        Assert.Equal("note-0003", (string?)promote["data"]!["noteId"]);
        Assert.Equal(step, (int)promote["data"]!["step"]!);
        Assert.Contains("Wekelijkse buurtlunch in Dodewaard", CardQuery.AllText(form));
        AdaptiveCardSchemaValidator.Instance.AssertValid(form);

        var dialog = DialogCards.FromForm(form);
        AdaptiveCardSchemaValidator.Instance.AssertValid(dialog);
        Assert.Equal(CardVerbs.PromoteNote, (string?)Assert.Single(CardQuery.OfType(dialog, "Action.Submit"))["data"]!["verb"]);
    }

    [Fact]
    public void PromoteForm_EscapesTheNote()
    {
        var form = PromoteForm.Build(new NoteFormView(SampleViews.WerkgroepId, 3, "note-0003", 1, SampleViews.HostileText), Language.English);

        AdaptiveCardSchemaValidator.Instance.AssertValid(form);
        Assert.DoesNotContain(SampleViews.HostileText, CardQuery.AllText(form));
    }

    // Editing a note opens in a dialog: the box holds the note as typed (inputs are plain text, not markdown),
    // and Opslaan sends editNote with the note and its version as task/submit.
    [Fact]
    public void EditNoteForm_PrefillsTheNoteAsTypedAndSubmitsEditNoteFromTheDialog()
    {
        var form = EditNoteForm.Build(new NoteFormView(SampleViews.WerkgroepId, 3, "note-0003", 7, SampleViews.HostileText), Language.Dutch);

        Assert.Equal("Notitie bewerken", DialogCards.Title(form));
        var box = CardQuery.Input(form, CardInputs.EditNoteText("note-0003"))!;
        Assert.Equal(SampleViews.HostileText, (string?)box["value"]);
        Assert.True((bool)box["isRequired"]!);
        Assert.Equal(CardLimits.MaxNoteLength, (int)box["maxLength"]!);
        var save = CardQuery.ExecuteActions(form, CardVerbs.EditNote).Single();
        Assert.Equal(7, (long)save["data"]!["noteVersion"]!);
        AdaptiveCardSchemaValidator.Instance.AssertValid(form);

        var dialog = DialogCards.FromForm(form);
        var submit = Assert.Single(CardQuery.OfType(dialog, "Action.Submit"));
        Assert.Equal(CardVerbs.EditNote, (string?)submit["data"]!["verb"]);
        Assert.Equal("note-0003", (string?)submit["data"]!["noteId"]);
        AdaptiveCardSchemaValidator.Instance.AssertValid(dialog);
    }

    [Fact]
    public void MoveNoteForm_OffersEveryStepWithTheNotesOwnChosen()
    {
        var form = MoveNoteForm.Build(new NoteFormView(SampleViews.WerkgroepId, 4, "note-0003", 2, "Maatjesproject met vrijwilligers"), Language.Dutch);

        Assert.Equal("Notitie verplaatsen", DialogCards.Title(form));
        var steps = CardQuery.Input(form, CardInputs.MoveToStep("note-0003"))!;
        Assert.Equal("4", (string?)steps["value"]);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], steps["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToArray());
        Assert.Contains("Maatjesproject met vrijwilligers", CardQuery.AllText(form));
        var dialog = DialogCards.FromForm(form);
        Assert.Equal(CardVerbs.MoveNote, (string?)Assert.Single(CardQuery.OfType(dialog, "Action.Submit"))["data"]!["verb"]);
        AdaptiveCardSchemaValidator.Instance.AssertValid(dialog);
    }
}

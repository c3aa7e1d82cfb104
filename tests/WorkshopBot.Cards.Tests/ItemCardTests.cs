using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

public sealed class ItemCardTests
{
    [Fact]
    public void ResultCard_ModeratorOnConcept_CanEditAndAccept()
    {
        var card = ResultCard.Build(SampleViews.Result(SampleViews.Moderator), Language.Dutch);

        var accept = CardQuery.ExecuteActions(card, CardVerbs.AcceptItem).Single();
        var update = CardQuery.DialogOpeners(card, CardVerbs.ShowEditForm).Single();

        Assert.Equal("Vaststellen", (string?)accept["title"]);
        Assert.Equal(7, (long)accept["data"]!["itemVersion"]!);
        Assert.Equal(7, (long)update["data"]!["itemVersion"]!);
        Assert.Equal("res-001", (string?)update["data"]!["itemId"]);
        Assert.Equal(CardValues.Result, (string?)update["data"]!["itemKind"]);
    }

    [Fact]
    public void ResultCard_ParticipantOnConcept_CanEditButNotAccept()
    {
        var card = ResultCard.Build(SampleViews.Result(SampleViews.Participant), Language.Dutch);

        Assert.Single(CardQuery.DialogOpeners(card, CardVerbs.ShowEditForm));
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.UpdateItem));
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.AcceptItem));
    }

    [Fact]
    public void ResultCard_ParticipantOnVastgesteld_CannotEdit()
    {
        var card = ResultCard.Build(SampleViews.Result(SampleViews.Participant, ItemStatus.Vastgesteld, complete: true), Language.Dutch);

        Assert.Empty(CardQuery.DialogOpeners(card, CardVerbs.ShowEditForm));
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.AcceptItem));
        Assert.Contains("Vastgesteld", CardQuery.Texts(card));
    }

    [Fact]
    public void ResultCard_Shared_HasNoEditOrAcceptButRefreshes()
    {
        var card = ResultCard.Build(SampleViews.Result(), Language.Dutch);

        Assert.Empty(CardQuery.DialogOpeners(card, CardVerbs.ShowEditForm));
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.AcceptItem));
        Assert.Equal(CardVerbs.RefreshItem, (string?)card["refresh"]!["action"]!["verb"]);
    }

    [Fact]
    public void ResultCard_EditForm_IsPrefilled()
    {
        var view = SampleViews.Result(SampleViews.Participant);

        var card = EditItemForm.Build(view, [], Language.Dutch);

        Assert.Equal(view.Text, (string?)CardQuery.Input(card, CardInputs.ResultText)!["value"]);
        Assert.Equal(view.TargetGroup, (string?)CardQuery.Input(card, CardInputs.TargetGroup)!["value"]);
    }

    [Fact]
    public void ResultCard_MissingFields_AreHighlighted()
    {
        var card = ResultCard.Build(SampleViews.Result(SampleViews.Participant), Language.Dutch);
        var texts = CardQuery.Texts(card);

        Assert.Contains("Nog 3 velden in te vullen.", texts);
        Assert.Equal(3, texts.Count(t => t == "ontbreekt nog"));
        Assert.Contains(CardQuery.OfType(card, "TextBlock"), b => (string?)b["text"] == "ontbreekt nog" && (string?)b["color"] == "Attention");
    }

    [Fact]
    public void ResultCard_CoachSection_ShowsGoodMissingEvidenceAndSuggestion()
    {
        var card = ResultCard.Build(SampleViews.Result(SampleViews.Participant), Language.Dutch);
        var texts = CardQuery.Texts(card);

        Assert.Contains("Wat is goed", texts);
        Assert.Contains("✓ Het resultaat noemt een doelgroep: ouderen\\.", texts);
        Assert.Contains("Wat ontbreekt nog", texts);
        Assert.Contains("• Dit beschrijft hoe organisaties samenwerken, niet wat er voor inwoners verandert\\.", texts);
        Assert.Contains("Gevonden in de tekst: „regie versterken”, „betere samenwerking”", texts);
        Assert.Contains("Voorstel voor een formulering", texts);
        Assert.DoesNotContain(texts, t => t.Contains("Eén resultaat", StringComparison.Ordinal));
        Assert.Single(CardQuery.ExecuteActions(card, CardVerbs.AdoptSuggestion));
    }

    [Fact]
    public void CoachSection_NoFeedback_ReturnsNull()
    {
        Assert.Null(CoachSection.Build(null, Language.Dutch));
        Assert.Null(CoachSection.Build(new CoachFeedbackView([new("x", CoachVerdictStatus.NotApplicable, "n.v.t.", [], null)], null), Language.Dutch));
    }

    [Fact]
    public void IndicatorCard_DefinitionSheet_ShowsFieldsAndMissing()
    {
        var card = IndicatorCard.Build(SampleViews.Indicator(SampleViews.Moderator), Language.Dutch);
        var texts = CardQuery.Texts(card);

        Assert.Contains("Definitie", texts);
        Assert.Contains("Tellen (cijfers)", texts);
        Assert.Contains("Outcome", texts);
        Assert.Contains("Omlaag", texts);
        Assert.Contains("Nog 5 velden in te vullen.", texts);
        Assert.Equal(5, texts.Count(t => t == "ontbreekt nog"));
        Assert.Single(CardQuery.ExecuteActions(card, CardVerbs.AcceptItem));
    }

    [Fact]
    public void IndicatorCard_Complete_SaysSheetIsComplete()
    {
        var card = IndicatorCard.Build(SampleViews.Indicator(SampleViews.Participant, complete: true), Language.Dutch);

        Assert.Contains("De definitiekaart is compleet.", CardQuery.Texts(card));
        Assert.DoesNotContain("ontbreekt nog", CardQuery.Texts(card));
    }

    [Fact]
    public void IndicatorCard_NewRegistration_WarnsAboutBurden()
    {
        var view = SampleViews.Indicator(SampleViews.Participant) with { ExistingRegistration = false };

        var card = IndicatorCard.Build(view, Language.Dutch);

        Assert.Contains(CardQuery.Texts(card), t => t.StartsWith("Dit is een nieuwe registratie", StringComparison.Ordinal));
    }

    [Fact]
    public void IndicatorCard_Vertellen_DoesNotAskForNumeratorAndDenominator()
    {
        var view = new IndicatorView { ItemId = "i", Version = 1, WerkgroepId = "w", Step = 5, Name = "Verhalen", Measure = IndicatorKind.Vertellen };

        var card = IndicatorCard.Build(view, Language.Dutch);

        Assert.DoesNotContain("Teller", CardQuery.Texts(card));
        Assert.DoesNotContain("Noemer", CardQuery.Texts(card));
    }

    // Issue 12, finding 11: a story indicator showed nulmeting, streefwaarde and richting as missing in red.
    [Fact]
    public void IndicatorCard_Vertellen_ShowsTheStorySheetNotTheCountFields()
    {
        var view = new IndicatorView
        {
            ItemId = "i-7", Version = 2, WerkgroepId = "w", Step = 5, Name = "Verhalen van deelnemers aan de huiskamer",
            Measure = IndicatorKind.Vertellen, Level = IndicatorType.Outcome, Owner = "Welzijn Rivierenland", Frequency = "Twee keer per jaar",
            Priority = InformationNeed.NeedToKnow, ResultText = "Minder eenzaamheid onder 75-plussers",
            StoriesAbout = "Wat de huiskamer voor hen veranderde", StoriesFrom = "Inwoners en vrijwilligers",
            CollectionMethod = "Most Significant Change gesprekken", StoriesUse = "Bespreken in de werkgroep en de gemeenteraad",
        };

        var card = IndicatorCard.Build(view, Language.Dutch);
        var texts = CardQuery.Texts(card);

        foreach (var label in new[] { "Nulmeting", "Streefwaarde", "Richting", "Teller", "Noemer", "Databron" })
        {
            Assert.DoesNotContain(label, texts);
        }

        Assert.DoesNotContain("ontbreekt nog", texts);
        Assert.Contains("Welke verhalen", texts);
        Assert.Contains("Most Significant Change gesprekken", texts);
        Assert.Contains("Van wie", texts);
        Assert.Contains("Wat doet de werkgroep ermee", texts);
        AdaptiveCardSchemaValidator.Instance.AssertValid(card);
    }

    [Fact]
    public void IndicatorCard_VertellenWithoutStoryFields_MarksThemMissing()
    {
        var view = new IndicatorView { ItemId = "i", Version = 1, WerkgroepId = "w", Step = 5, Name = "Verhalen", Measure = IndicatorKind.Vertellen };

        var card = IndicatorCard.Build(view, Language.Dutch);

        Assert.Contains("Welke verhalen", CardQuery.Texts(card));
        Assert.Contains("Hoe verzameld", CardQuery.Texts(card));
        Assert.DoesNotContain("Nulmeting", CardQuery.Texts(card));
    }

    [Fact]
    public void IndicatorCard_EditForm_PrefillsChoicesWithWireValues()
    {
        var card = EditItemForm.Build(SampleViews.Indicator(SampleViews.Participant, complete: true), [], Language.Dutch);

        Assert.Equal(CardValues.Tellen, (string?)CardQuery.Input(card, CardInputs.Measure)!["value"]);
        Assert.Equal(CardValues.Outcome, (string?)CardQuery.Input(card, CardInputs.Level)!["value"]);
        Assert.Equal(CardValues.Decrease, (string?)CardQuery.Input(card, CardInputs.Direction)!["value"]);
        Assert.Equal(CardValues.NeedToKnow, (string?)CardQuery.Input(card, CardInputs.Priority)!["value"]);
        Assert.Equal(CardValues.True, (string?)CardQuery.Input(card, CardInputs.ExistingRegistration)!["value"]);
        Assert.Equal(3, (long)CardQuery.ExecuteActions(card, CardVerbs.UpdateItem).Single()["data"]!["itemVersion"]!);
    }

    [Fact]
    public void ActivityAndQualityAgreement_CarryKindAndVersion()
    {
        var activity = ActivityCard.Build(SampleViews.Activity(SampleViews.Moderator), Language.Dutch);
        var agreement = QualityAgreementCard.Build(SampleViews.QualityAgreement(SampleViews.Participant), Language.Dutch);

        Assert.Equal(CardValues.Activity, (string?)CardQuery.ExecuteActions(activity, CardVerbs.AcceptItem).Single()["data"]!["itemKind"]);
        var update = CardQuery.DialogOpeners(agreement, CardVerbs.ShowEditForm).Single();
        Assert.Equal(CardValues.QualityAgreement, (string?)update["data"]!["itemKind"]);
        Assert.Equal(1, (long)update["data"]!["itemVersion"]!);
        Assert.Empty(CardQuery.ExecuteActions(agreement, CardVerbs.AcceptItem));
    }

    [Fact]
    public void ProposeForm_FromNote_PrefillsTextAndCarriesSourceNoteVersion()
    {
        var view = SampleViews.ProposeForm(FormalItemKind.Result, fromNote: true);

        var card = ProposeForm.Build(view, Language.Dutch);
        var propose = CardQuery.ExecuteActions(card, CardVerbs.ProposeItem).Single();

        Assert.Equal(view.PrefillText, (string?)CardQuery.Input(card, CardInputs.ResultText)!["value"]);
        Assert.Equal("note-0001", (string?)propose["data"]!["sourceNoteId"]);
        Assert.Equal(2, (long)propose["data"]!["sourceNoteVersion"]!);
        Assert.Equal(CardValues.Result, (string?)propose["data"]!["itemKind"]);
    }

    [Fact]
    public void ProposeForm_Indicator_OffersResultsToLinkTo()
    {
        var card = ProposeForm.Build(SampleViews.ProposeForm(FormalItemKind.Indicator), Language.Dutch);

        var results = CardQuery.Input(card, CardInputs.ResultId)!;

        Assert.Equal("res-001", (string?)results["choices"]![0]!["value"]);
        Assert.True((bool)CardQuery.Input(card, CardInputs.IndicatorName)!["isRequired"]!);
    }

    [Fact]
    public void ProposeForm_OpenedFromResult_PreselectsThatResult()
    {
        var view = SampleViews.ProposeForm(FormalItemKind.Indicator) with { SelectedResultId = "res-001" };

        var card = ProposeForm.Build(view, Language.Dutch);

        Assert.Equal("res-001", (string?)CardQuery.Input(card, CardInputs.ResultId)!["value"]);
    }

    [Fact]
    public void ResultCard_ProposeIndicator_CarriesTheResultId()
    {
        var card = ResultCard.Build(SampleViews.Result(SampleViews.Participant), Language.Dutch);

        var propose = CardQuery.DialogOpeners(card, CardVerbs.ShowProposeForm).Single();

        Assert.Equal(CardValues.Indicator, (string?)propose["data"]!["itemKind"]);
        Assert.Equal("res-001", (string?)propose["data"]!["itemId"]);
    }

    [Fact]
    public void ProposeForm_Cancel_DoesNotValidateInputs()
    {
        var card = ProposeForm.Build(SampleViews.ProposeForm(FormalItemKind.Activity), Language.Dutch);

        var cancel = CardQuery.ExecuteActions(card, CardVerbs.ShowStep).Single();

        Assert.Equal("none", (string?)cancel["associatedInputs"]);
    }
}

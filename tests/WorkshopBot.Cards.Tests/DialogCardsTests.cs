using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

// The propose form shown in a Teams dialog: the same fields and the same command verb as the inline form,
// submitted with Action.Submit (task/submit), without the inline form's navigation.
public sealed class DialogCardsTests
{
    [Fact]
    public void Open_IsAnActionSubmitThatFetchesATask()
    {
        var opener = DialogCards.Open("Resultaat voorstellen", CardVerbs.ShowProposeForm, new JsonObject { [CardDataKeys.WerkgroepId] = "wg-1" });

        Assert.Equal("Action.Submit", (string?)opener["type"]);
        Assert.Equal("task/fetch", (string?)opener["data"]!["msteams"]!["type"]);
        Assert.Equal(CardVerbs.ShowProposeForm, (string?)opener["data"]!["verb"]);
        Assert.Equal("wg-1", (string?)opener["data"]![CardDataKeys.WerkgroepId]);
    }

    [Fact]
    public void FromForm_ProposeForm_SubmitsTheInlineFormsCommandAndDropsCancel()
    {
        var form = ProposeForm.Build(SampleViews.ProposeForm(FormalItemKind.Result, fromNote: true), Language.Dutch);

        var dialog = DialogCards.FromForm(form, extraData: new JsonObject { [CardDataKeys.CardMessageId] = "1700000000001" });

        Assert.Empty(CardQuery.ExecuteActions(dialog));
        var submit = Assert.Single(CardQuery.OfType(dialog, "Action.Submit"));
        var inline = CardQuery.ExecuteActions(form, CardVerbs.ProposeItem).Single();
        Assert.Equal(CardVerbs.ProposeItem, (string?)submit["data"]!["verb"]);
        foreach (var (key, value) in inline["data"]!.AsObject())
        {
            Assert.Equal(value?.ToJsonString(), submit["data"]![key]?.ToJsonString());
        }

        Assert.Equal("1700000000001", (string?)submit["data"]![CardDataKeys.CardMessageId]);
        Assert.Equal(CardQuery.Inputs(form).Select(i => (string?)i["id"]), CardQuery.Inputs(dialog).Select(i => (string?)i["id"]));
        Assert.Null(dialog["refresh"]);
    }

    [Fact]
    public void FromForm_WithTypedValuesAndError_PutsEveryTypedValueBackAndShowsTheError()
    {
        var form = ProposeForm.Build(SampleViews.ProposeForm(FormalItemKind.Result), Language.Dutch);
        var typed = new Dictionary<string, string> { [CardInputs.ResultText] = "  ", [CardInputs.TargetGroup] = "ouderen <75+>" };

        var dialog = DialogCards.FromForm(form, typed, "Vul de tekst of naam in.");

        Assert.Equal("ouderen <75+>", (string?)CardQuery.Input(dialog, CardInputs.TargetGroup)!["value"]);
        Assert.Equal("  ", (string?)CardQuery.Input(dialog, CardInputs.ResultText)!["value"]);
        Assert.Contains("Vul de tekst of naam in", CardQuery.AllText(dialog));
        Assert.Null(CardQuery.Input(form, CardInputs.TargetGroup)!["value"]);
    }

    [Fact]
    public void Title_IsTheFormsHeading()
    {
        var form = ProposeForm.Build(SampleViews.ProposeForm(FormalItemKind.Activity), Language.Dutch);

        Assert.Equal("Activiteit voorstellen", DialogCards.Title(form));
    }

    [Theory]
    [InlineData(Language.Dutch)]
    [InlineData(Language.English)]
    public void FromForm_EveryProposeKind_ValidatesAgainstAdaptiveCard15Schema(Language language)
    {
        foreach (var kind in Enum.GetValues<FormalItemKind>())
        {
            var dialog = DialogCards.FromForm(ProposeForm.Build(SampleViews.ProposeForm(kind), language), error: "Fout");

            var errors = AdaptiveCardSchemaValidator.Instance.Validate(dialog);

            Assert.True(errors.Count == 0, $"{kind}: " + string.Join("\n", errors.Take(10)));
        }
    }
}

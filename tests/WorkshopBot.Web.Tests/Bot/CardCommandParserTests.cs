using System.Text.Json;
using WorkshopBot.Application.Commands;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Items;
using WorkshopBot.Web.Bot;
using Xunit;

namespace WorkshopBot.Web.Tests.Bot;

public sealed class CardCommandParserTests
{
    [Fact]
    public void Parse_MoveFromTheCard_ReadsThePerNoteInput()
    {
        var json = $$"""{"{{CardDataKeys.WerkgroepId}}":"wg-1","{{CardDataKeys.NoteId}}":"n-fatima","{{CardInputs.MoveToStep("n-fatima")}}":"1"}""";

        var command = CardCommandParser.Parse(CommandVerbs.MoveNote, Data(json));

        Assert.Equal(new MoveNote("n-fatima", 1) { CardWerkgroepId = "wg-1" }, command);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void Parse_StartVotingFromTheCard_ReadsTheShowCountsToggle(string? toggle, bool expected)
    {
        var showCounts = toggle is null ? "" : $$""","{{CardInputs.VotingShowCounts}}":"{{toggle}}" """;
        var json = $$"""{"{{CardDataKeys.Step}}":3,"{{CardInputs.VotingDots}}":"4"{{showCounts}}}""";

        var command = CardCommandParser.Parse(CommandVerbs.StartVoting, Data(json));

        Assert.Equal(new StartVoting(3, 4, expected) { CardStep = 3 }, command);
    }

    // Issue 12: a vertellen indicator's sheet (which stories, from whom, how collected, what the werkgroep
    // does with them) is read from the edit form like every other field.
    [Fact]
    public void Parse_UpdateIndicator_ReadsTheStoryFields()
    {
        var json = $$"""
            {"{{CardDataKeys.WerkgroepId}}":"wg-1","{{CardDataKeys.ItemId}}":"ind-7","{{CardDataKeys.ItemKind}}":"indicator","{{CardDataKeys.ItemVersion}}":4,
             "{{CardInputs.IndicatorName}}":" Verhalen van bezoekers ","{{CardInputs.Measure}}":"vertellen",
             "{{CardInputs.StoriesAbout}}":"Wat de huiskamer veranderde","{{CardInputs.StoriesFrom}}":"Bezoekers en vrijwilligers",
             "{{CardInputs.CollectionMethod}}":"Most Significant Change","{{CardInputs.StoriesUse}}":"  ","{{CardInputs.Frequency}}":"Twee keer per jaar",
             "{{CardInputs.Baseline}}":"12 bezoekers (2025)"}
            """;

        var command = Assert.IsType<EditItem>(CardCommandParser.Parse(CommandVerbs.UpdateItem, Data(json)));

        var indicator = command.Draft.Indicator!;
        Assert.Equal(("ind-7", 4), (command.ItemId, command.ExpectedVersion));
        Assert.Equal("Verhalen van bezoekers", indicator.Name);
        Assert.Equal(IndicatorKind.Vertellen, indicator.IndicatorKind);
        Assert.Equal("Wat de huiskamer veranderde", indicator.StoriesAbout);
        Assert.Equal("Bezoekers en vrijwilligers", indicator.StoriesFrom);
        Assert.Equal("Most Significant Change", indicator.CollectionMethod);
        Assert.Null(indicator.StoriesUse);
        Assert.Equal("Twee keer per jaar", indicator.Frequency);
        // A count field the sheet carried unshown in the action's data is kept, not wiped.
        Assert.Equal("12 bezoekers (2025)", indicator.Baseline);
    }

    [Fact]
    public void Parse_MergeFromTheMultiSelect_SplitsTheIds()
    {
        var json = $$"""{"{{CardInputs.MergeTargetNoteId}}":"n-1","{{CardInputs.MergeSourceNoteIds}}":"n-2,n-3"}""";

        var command = Assert.IsType<MergeNotes>(CardCommandParser.Parse(CommandVerbs.MergeNotes, Data(json)));

        Assert.Equal(["n-2", "n-3"], command.SourceNoteIds);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(7)]
    public void Parse_CardStepOutsideTheCompass_LeavesCardStepUnset(int step)
    {
        var command = CardCommandParser.Parse(CommandVerbs.StopTimer, Data($$"""{"{{CardDataKeys.Step}}":{{step}}}"""));

        Assert.NotNull(command);
        Assert.Null(command.CardStep);
    }

    [Fact]
    public void Parse_PromoteWithoutKind_IsNull()
    {
        Assert.Null(CardCommandParser.Parse(CommandVerbs.PromoteNote, Data("""{"noteId":"n-1"}""")));
    }

    [Fact]
    public void Parse_ProposeActivity_CarriesTheStepAndTheDraft()
    {
        var json = $$"""{"{{CardDataKeys.ItemKind}}":"activity","{{CardDataKeys.Step}}":3,"{{CardInputs.ActivityName}}":" Koffieochtenden ","{{CardInputs.Owner}}":"Welzijn; GGD"}""";

        var command = Assert.IsType<ProposeItem>(CardCommandParser.Parse(CommandVerbs.ProposeItem, Data(json)));

        Assert.Equal(3, command.Step);
        Assert.Equal(FormalItemKind.Activity, command.Draft.Kind);
        Assert.Equal("Koffieochtenden", command.Draft.Activity!.What);
        Assert.Equal(["Welzijn", "GGD"], command.Draft.Activity.Organisations);
    }

    private static CardData Data(string json) => new(JsonDocument.Parse(json).RootElement);
}

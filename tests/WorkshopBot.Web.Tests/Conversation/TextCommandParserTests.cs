using WorkshopBot.Web.Conversation;
using Xunit;

namespace WorkshopBot.Web.Tests.Conversation;

public sealed class TextCommandParserTests
{
    [Theory]
    [InlineData("help", TextCommandKind.Help)]
    [InlineData("  Hulp ", TextCommandKind.Help)]
    [InlineData("bord", TextCommandKind.Board)]
    [InlineData("Board", TextCommandKind.Board)]
    [InlineData("traject", TextCommandKind.Traject)]
    [InlineData("werkgroep", TextCommandKind.Werkgroep)]
    [InlineData("samenvatting", TextCommandKind.Summary)]
    [InlineData("beoordelaar <at>Jan</at> (Welzijn)", TextCommandKind.Reviewer)]
    [InlineData("reviewer <at>Jan</at>", TextCommandKind.Reviewer)]
    [InlineData("voortgang", TextCommandKind.Monitoring)]
    [InlineData("Monitoring", TextCommandKind.Monitoring)]
    [InlineData("progress", TextCommandKind.Monitoring)]
    public void Parse_Keyword_ReturnsCommand(string text, TextCommandKind expected)
    {
        var command = TextCommandParser.Parse(text);

        Assert.Equal(expected, command.Kind);
    }

    [Theory]
    [InlineData("organisatie Welzijn Neder-Betuwe", "Welzijn Neder-Betuwe")]
    [InlineData("Organisatie: MEE Gelderse Poort ", "MEE Gelderse Poort")]
    [InlineData("organisation Sociaal Team", "Sociaal Team")]
    [InlineData("organisatie", "")]
    public void Parse_Organisation_CarriesTheName(string text, string expected)
    {
        var command = TextCommandParser.Parse(text);

        Assert.Equal(TextCommandKind.Organisation, command.Kind);
        Assert.Equal(expected, command.Argument);
    }

    [Fact]
    public void Parse_StepWithNumber_CarriesStep()
    {
        var command = TextCommandParser.Parse("stap 3");

        Assert.Equal(TextCommandKind.Step, command.Kind);
        Assert.Equal(3, command.Step);
    }

    [Fact]
    public void Parse_StepWithoutNumber_HasNoStep()
    {
        var command = TextCommandParser.Parse("stap drie");

        Assert.Equal(TextCommandKind.Step, command.Kind);
        Assert.Null(command.Step);
    }

    [Fact]
    public void Parse_NewNoteWithSeveralLines_KeepsAllLines()
    {
        var command = TextCommandParser.Parse("nieuwe notitie Koffieochtend in Dodewaard\nBuurtbus voor ouderen");

        Assert.Equal(TextCommandKind.NewNote, command.Kind);
        Assert.Equal("Koffieochtend in Dodewaard\nBuurtbus voor ouderen", command.Argument);
    }

    [Fact]
    public void Parse_WordThatMerelyStartsWithKeyword_IsUnknown()
    {
        var command = TextCommandParser.Parse("helpdesk bellen");

        Assert.Equal(TextCommandKind.Unknown, command.Kind);
        Assert.Equal("helpdesk bellen", command.Argument);
    }

    [Fact]
    public void Parse_Empty_IsUnknown()
    {
        Assert.Equal(TextCommandKind.Unknown, TextCommandParser.Parse("   ").Kind);
    }
}

using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Web.Conversation;
using Xunit;

namespace WorkshopBot.Web.Tests.Conversation;

public sealed class ReviewerCommandTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "WorkshopBot" };

    [Fact]
    public void Parse_MentionWithOrganisation_PersonFromEntityAndOrganisationFromBrackets()
    {
        var activity = Message("<at>Jan Jansen</at> (Welzijn Neder-Betuwe)", Mention("29:jan", "Jan Jansen"));

        var command = ReviewerCommand.Parse(activity, "<at>Jan Jansen</at> (Welzijn Neder-Betuwe)");

        Assert.NotNull(command);
        Assert.Equal("29:jan", command.Person.Id);
        Assert.Equal("Welzijn Neder-Betuwe", command.Organisation);
    }

    [Fact]
    public void Parse_MentionedNameCarriesSuffix_OrganisationFromName()
    {
        var activity = Message("<at>Jan (GGD)</at>", Mention("29:jan", "Jan (GGD)"));

        var command = ReviewerCommand.Parse(activity, "<at>Jan (GGD)</at>");

        Assert.Equal("GGD", command?.Organisation);
    }

    [Fact]
    public void Parse_MentionOnly_NoOrganisation()
    {
        var activity = Message("<at>Jan Jansen</at>", Mention("29:jan", "Jan Jansen"));

        var command = ReviewerCommand.Parse(activity, "<at>Jan Jansen</at>");

        Assert.NotNull(command);
        Assert.Null(command.Organisation);
    }

    [Fact]
    public void Parse_OnlyTheBotMentioned_Null()
    {
        var activity = Message("Jan Jansen (Welzijn)", Entity.Mention(Bot, "<at>WorkshopBot</at>"));

        var command = ReviewerCommand.Parse(activity, "Jan Jansen (Welzijn)");

        Assert.Null(command);
    }

    [Fact]
    public void Parse_NoMention_Null()
    {
        var command = ReviewerCommand.Parse(Message("Jan Jansen"), "Jan Jansen");

        Assert.Null(command);
    }

    private static Entity Mention(string id, string name) => Entity.Mention(new ChannelAccount { Id = id, Name = name }, $"<at>{name}</at>");

    private static Activity Message(string text, params Entity[] entities) =>
        Activity.CreateMessage("beoordelaar " + text) with { Recipient = Bot, Entities = entities };
}

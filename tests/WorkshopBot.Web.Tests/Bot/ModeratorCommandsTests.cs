using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Web.Bot;
using Xunit;

namespace WorkshopBot.Web.Tests.Bot;

public sealed class ModeratorCommandsTests
{
    [Theory]
    [InlineData("comoderator <at>Kees Hulp</at>", ModeratorCommandKind.CoModerator)]
    [InlineData("Co-moderator <at>Kees</at>", ModeratorCommandKind.CoModerator)]
    [InlineData("overdragen <at>Kees</at>", ModeratorCommandKind.HandOver)]
    [InlineData("hand over <at>Kees</at>", ModeratorCommandKind.HandOver)]
    [InlineData("  OVERDRAGEN", ModeratorCommandKind.HandOver)]
    public void Parse_ModeratorCommand_IsRecognised(string text, ModeratorCommandKind expected)
    {
        Assert.Equal(expected, ModeratorCommands.Parse(text));
    }

    [Theory]
    [InlineData("organisatie Welzijn")]
    [InlineData("comoderators zijn handig")]
    [InlineData("notitie overdragen aan de grote groep")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_OtherText_IsNotAModeratorCommand(string? text)
    {
        Assert.Null(ModeratorCommands.Parse(text));
    }

    [Fact]
    public void MentionedPeople_BotAndPersonMentioned_ReturnsOnlyThePersonOnce()
    {
        var kees = new ChannelAccount { Id = "29:kees", Name = "Kees Hulp", AadObjectId = "oid-kees" };
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>WorkshopBot</at> comoderator <at>Kees Hulp</at>",
            Recipient = ChannelAccount.Create("28:bot", "WorkshopBot"),
            Entities =
            [
                Entity.Mention(ChannelAccount.Create("28:bot", "WorkshopBot"), "<at>WorkshopBot</at>"),
                Entity.Mention(kees, "<at>Kees Hulp</at>"),
                Entity.Mention(kees, "<at>Kees Hulp</at>"),
            ],
        };

        var mentioned = ModeratorCommands.MentionedPeople(activity);

        Assert.Equal("oid-kees", Assert.Single(mentioned).AadObjectId);
        Assert.Equal(ModeratorCommandKind.CoModerator, ModeratorCommands.Parse(activity.GetTextWithoutBotMention()));
    }
}

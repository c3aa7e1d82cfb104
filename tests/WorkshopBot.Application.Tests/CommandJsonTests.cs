using System.Text.Json;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Application.Tests;

// The board posts the command records themselves; the same pipeline as the cards applies them.
public sealed class CommandJsonTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData("castVote", """{"noteId":"n-1"}""", typeof(CastVote))]
    [InlineData("openStep", """{"step":2}""", typeof(OpenStep))]
    [InlineData("mergeNotes", """{"targetNoteId":"n-1","sourceNoteIds":["n-2","n-3"]}""", typeof(MergeNotes))]
    [InlineData("promoteNote", """{"noteId":"n-1","kind":"qualityAgreement"}""", typeof(PromoteNote))]
    [InlineData("setCluster", """{"noteId":"n-1","label":null}""", typeof(SetCluster))]
    [InlineData("renameCluster", """{"step":3,"label":"Ontmoeting","newLabel":"Samen"}""", typeof(RenameCluster))]
    public void Parse_KnownVerb_GivesItsCommand(string verb, string json, Type expected)
    {
        var command = CommandJson.Parse(verb, JsonDocument.Parse(json).RootElement);

        Assert.IsType(expected, command);
    }

    [Fact]
    public void Parse_AddNotes_ReadsStepTextAndTheCardFields()
    {
        var json = """{"step":3,"text":"Buurthuis langer open\nVervoer","cardWerkgroepId":"w-1","unknown":1}""";

        var command = CommandJson.Parse(CommandVerbs.AddNotes, JsonDocument.Parse(json).RootElement);

        Assert.Equal(new AddNotes(3, "Buurthuis langer open\nVervoer") { CardWerkgroepId = "w-1" }, command);
    }

    // Older board pages send no showCounts: the round then hides the counts.
    [Theory]
    [InlineData("""{"step":2,"dots":3}""", false)]
    [InlineData("""{"step":2,"dots":3,"showCounts":false}""", false)]
    [InlineData("""{"step":2,"dots":3,"showCounts":true}""", true)]
    public void Parse_StartVoting_ReadsShowCountsDefaultingToHidden(string json, bool expected)
    {
        var command = Assert.IsType<StartVoting>(CommandJson.Parse(CommandVerbs.StartVoting, JsonDocument.Parse(json).RootElement));

        Assert.Equal(new StartVoting(2, 3, expected), command);
    }

    [Theory]
    [InlineData("vote", """{"noteId":"n-1"}""")]
    [InlineData("setStepState", """{"step":2,"state":"open"}""")]
    [InlineData("openStep", """{"step":"twee"}""")]
    [InlineData("promoteNote", """{"noteId":"n-1","kind":"wish"}""")]
    [InlineData("castVote", """[1,2]""")]
    public void Parse_UnknownVerbOrWrongData_IsNull(string verb, string json)
    {
        Assert.Null(CommandJson.Parse(verb, JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void Parse_MergeNotes_KeepsTheSourceList()
    {
        var command = (MergeNotes)CommandJson.Parse("mergeNotes", JsonDocument.Parse("""{"targetNoteId":"n-1","sourceNoteIds":["n-2"]}""").RootElement)!;

        Assert.Equal("n-1", command.TargetNoteId);
        Assert.Equal(["n-2"], command.SourceNoteIds);
    }

    [Fact]
    public async Task BoardMoveOfSomeoneElsesNote_IsRefusedForAParticipant()
    {
        var app = new ApplicationFixture();
        var werkgroep = await app.SeedAsync(1, 2);
        await app.Handler.ExecuteAsync(new AddNotes(2, "Maatjesproject"), Board(werkgroep, "29:fatima", "op-a"), Ct);
        var noteId = (await app.Workshops.GetWerkgroepAsync(werkgroep.Id, Ct))!.NotesInStep(2).Single().Id;

        var byJan = await app.Handler.ExecuteAsync(Parse("moveNote", $$"""{"noteId":"{{noteId}}","toStep":1}"""), Board(werkgroep, "29:jan", "op-b"), Ct);
        var byFatima = await app.Handler.ExecuteAsync(Parse("moveNote", $$"""{"noteId":"{{noteId}}","toStep":1}"""), Board(werkgroep, "29:fatima", "op-c"), Ct);

        Assert.Equal(DomainErrorCodes.NotAuthor, byJan.Error?.Code);
        Assert.Equal(1, byFatima.Value!.Werkgroep.FindNote(noteId)!.Step);
    }

    [Fact]
    public async Task BoardSetOrganisation_OwnWithoutUserId_SomeoneElsesOnlyForModerators()
    {
        var app = new ApplicationFixture();
        var werkgroep = await app.SeedAsync(1);
        await app.Handler.ExecuteAsync(new AddNotes(1, "Eerste notitie"), Board(werkgroep, "29:fatima", "op-a"), Ct);

        var own = await app.Handler.ExecuteAsync(Parse("setOrganisation", """{"organisation":"Welzijn Neder-Betuwe"}"""), Board(werkgroep, "29:jan", "op-b"), Ct);
        var other = await app.Handler.ExecuteAsync(Parse("setOrganisation", """{"userId":"29:fatima","organisation":"GGD"}"""), Board(werkgroep, "29:jan", "op-c"), Ct);
        var byModerator = await app.Handler.ExecuteAsync(Parse("setOrganisation", """{"userId":"29:fatima","organisation":"GGD"}"""), Board(werkgroep, TestWorkshop.Moderator.UserId, "op-d"), Ct);

        Assert.Equal("Welzijn Neder-Betuwe", own.Value!.Werkgroep.FindMember("29:jan")!.Organisation);
        Assert.Equal(DomainErrorCodes.NotModerator, other.Error?.Code);
        Assert.Equal("GGD", byModerator.Value!.Werkgroep.FindMember("29:fatima")!.Organisation);
    }

    private static WerkgroepCommand Parse(string verb, string json) => CommandJson.Parse(verb, JsonDocument.Parse(json).RootElement)!;

    private static CommandContext Board(Domain.Werkgroepen.Werkgroep werkgroep, string userId, string key) =>
        new(new Caller(userId, userId), WerkgroepTarget.Authorized(werkgroep), key, Domain.Localization.Language.Dutch);
}

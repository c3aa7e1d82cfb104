using System.Net;
using System.Text.Json.Nodes;
using WorkshopBot.Application.Errors;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 2: bad input gets a clear 4xx or a friendly Dutch message, never a 500, and stores nothing.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostBadInputTests(AzuriteFixture azurite) : HostBenchTest(azurite, checkCardsAtEnd: true)
{
    [Fact]
    public async Task Post_MalformedJson_Returns400()
    {
        var (conversation, werkgroepId) = await StartAsync();
        var json = Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, "Half")).ToJsonString();

        var reply = await Bench.PostRawAsync(json[..(json.Length / 2)], Bench.ValidToken(), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Empty(await Bench.NotesAsync(werkgroepId, Ct));
    }

    [Fact]
    public async Task Post_MissingType_Returns400()
    {
        var (conversation, werkgroepId) = await StartAsync();
        var invoke = Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, "Zonder type"));
        invoke.Remove("type");

        var reply = await Bench.PostRawAsync(invoke.ToJsonString(), Bench.ValidToken(), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Empty(await Bench.NotesAsync(werkgroepId, Ct));
    }

    [Fact]
    public async Task Post_TwoMegabyteBody_Returns413()
    {
        var (conversation, werkgroepId) = await StartAsync();
        var invoke = Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, new string('x', 2 * 1024 * 1024)));

        var reply = await Bench.PostRawAsync(invoke.ToJsonString(), Bench.ValidToken(), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Empty(await Bench.NotesAsync(werkgroepId, Ct));
    }

    [Fact]
    public async Task Post_DeeplyNestedJson_Returns400()
    {
        var (conversation, werkgroepId) = await StartAsync();
        var json = Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, "Genest")).ToJsonString();
        var nested = json[..^1] + ",\"extra\":" + new string('[', 5000) + new string(']', 5000) + "}";

        var reply = await Bench.PostRawAsync(nested, Bench.ValidToken(), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Empty(await Bench.NotesAsync(werkgroepId, Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public async Task Invoke_EmptyNote_AnswersDutchEmptyNoteErrorAndStoresNothing(string text)
    {
        var (conversation, werkgroepId) = await StartAsync();

        var reply = await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, text)), Ct);

        AssertRefused(reply, DomainErrorCodes.EmptyText, Dutch(DomainErrorCodes.EmptyText));
        Assert.Empty(await Bench.NotesAsync(werkgroepId, Ct));
    }

    [Fact]
    public async Task Invoke_TenThousandCharacterNote_AnswersDutchTooLongErrorAndStoresNothing()
    {
        var (conversation, werkgroepId) = await StartAsync();

        var reply = await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, new string('a', 10_000))), Ct);

        var message = ErrorCatalog.MessageFor(new DomainError(DomainErrorCodes.NoteTooLong, "") { Limit = WorkshopLimits.NoteMaxLength }, Language.Dutch);
        AssertRefused(reply, DomainErrorCodes.NoteTooLong, message);
        Assert.Contains("500", reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(await Bench.NotesAsync(werkgroepId, Ct));
    }

    [Fact]
    public async Task Invoke_NoteWithHalfASurrogatePair_AnswersDutchErrorNot500AndStoresNothing()
    {
        var (conversation, werkgroepId) = await StartAsync();
        var json = Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, "PLACEHOLDER")).ToJsonString()
            .Replace("PLACEHOLDER", "Idee \\ud800 half", StringComparison.Ordinal);

        var reply = await Bench.PostRawAsync(json, Bench.ValidToken(), Ct);

        AssertRefused(reply, DomainErrorCodes.EmptyText, Dutch(DomainErrorCodes.EmptyText));
        Assert.Empty(await Bench.NotesAsync(werkgroepId, Ct));
    }

    [Fact]
    public async Task Invoke_UnknownVerb_AnswersDutchMessageAndChangesNothing()
    {
        var (conversation, werkgroepId) = await StartAsync();
        var before = await Bench.WerkgroepAsync(werkgroepId, Ct);

        var reply = await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User("Sanne"), "wisAlles", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct);

        Assert.True(reply.IsError, reply.ToString());
        Assert.Equal(400, reply.InvokeStatus);
        Assert.Contains("Deze knop ken ik (nog) niet", reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(before.Version, (await Bench.WerkgroepAsync(werkgroepId, Ct)).Version);
    }

    [Fact]
    public async Task SubmitFromOlderClient_UnknownVerbInEnglish_PostsAnEnglishErrorCard()
    {
        var (conversation, werkgroepId) = await StartAsync();
        var message = Bench.Message(conversation, HostBench.User("Sanne"), "");
        message["locale"] = "en-US";
        message["value"] = new JsonObject { ["verb"] = "wisAlles", ["werkgroepId"] = werkgroepId };

        await Bench.PostAsync(message, Ct);

        var card = Assert.Single(Bench.ConnectorCards(), c => CardQuery.AllText(c).Contains("I do not know this button", StringComparison.Ordinal));
        Assert.Contains("That did not work", CardQuery.AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Dat lukte niet", CardQuery.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_CardOfAnotherWerkgroep_IsRefusedAndNeitherBoardChanges()
    {
        var (conversation, werkgroepId) = await StartAsync();
        var (otherConversation, otherWerkgroepId) = await StartAsync();

        // A card copied from the other chat (its werkgroep id) clicked here…
        var foreignCard = await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(otherWerkgroepId, "Verkeerde kaart")), Ct);

        // …and this werkgroep's card replayed from the other conversation.
        var foreignConversation = await Bench.PostAsync(Bench.Invoke(otherConversation, HostBench.User("Sanne"), "lockStep", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct);

        AssertRefused(foreignCard, DomainErrorCodes.WrongWerkgroep, Dutch(DomainErrorCodes.WrongWerkgroep));
        AssertRefused(foreignConversation, DomainErrorCodes.WrongWerkgroep, Dutch(DomainErrorCodes.WrongWerkgroep));
        foreach (var id in new[] { werkgroepId, otherWerkgroepId })
        {
            var werkgroep = await Bench.WerkgroepAsync(id, Ct);
            Assert.Empty(werkgroep.Notes);
            Assert.Equal(StepStatus.Open, werkgroep.StepStateOf(3).Status);
        }
    }

    [Fact]
    public async Task Invoke_ParticipantLocksStep_IsRefusedAsNotModeratorAndStepStaysOpen()
    {
        var (conversation, werkgroepId) = await StartAsync();
        var sanne = HostBench.User("Sanne");
        var joined = await Bench.PostAsync(Bench.Invoke(conversation, sanne, "addNotes", HostBench.NoteData(werkgroepId, "Eerst een notitie")), Ct);
        Assert.True(joined.IsCard, joined.ToString());

        var reply = await Bench.PostAsync(Bench.Invoke(conversation, sanne, "lockStep", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct);

        AssertRefused(reply, DomainErrorCodes.NotModerator, Dutch(DomainErrorCodes.NotModerator));
        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.Equal(StepStatus.Open, werkgroep.StepStateOf(3).Status);
        Assert.Single(werkgroep.Notes);
    }

    private static string Dutch(string code) => ErrorCatalog.MessageFor(new DomainError(code, ""), Language.Dutch);

    private static void AssertRefused(HostReply reply, string code, string dutchMessage)
    {
        Assert.True(reply.IsError, reply.ToString());
        Assert.Equal(400, reply.InvokeStatus);
        Assert.Equal(code, reply.ErrorCode);
        Assert.Equal(dutchMessage, reply.ErrorMessage);
    }

    private async Task<(string Conversation, string WerkgroepId)> StartAsync()
    {
        var conversation = HostBench.NewConversationId();
        return (conversation, await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct));
    }
}

using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Application.Tests;

public sealed class WerkgroepCommandHandlerTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly ApplicationFixture _app = new();

    [Fact]
    public async Task Execute_AddNotesInChat_StoresOneNotePerLineAndAnswersWithTheStep()
    {
        var werkgroep = await _app.SeedAsync(3);

        var result = await _app.Handler.ExecuteAsync(new AddNotes(3, "Koffieochtenden\nMaatjesproject"), ApplicationFixture.InChat(werkgroep, "29:sanne", "Sanne (Welzijn)"), Ct);

        Assert.True(result.IsSuccess);
        Assert.True(result.Value.HasChanges);
        Assert.Equal(3, result.Value.Step);
        Assert.Equal(["Koffieochtenden", "Maatjesproject"], result.Value.Werkgroep.NotesInStep(3).Select(n => n.Text));
        Assert.Equal("Welzijn", result.Value.Werkgroep.FindMember("29:sanne")!.Organisation);
    }

    [Fact]
    public async Task Execute_GuestWithOrganisationInDisplayName_StoresTheNameWithoutIt()
    {
        var werkgroep = await _app.SeedAsync(3);

        var result = await _app.Handler.ExecuteAsync(new AddNotes(3, "Gezondheidsmonitor"), ApplicationFixture.InChat(werkgroep, "0b7e9a52-3c1d-4e8f-a6b2-9d4c5e6f7a81", "Fatma Yilmaz (GGD Gelderland-Zuid)"), Ct);

        Assert.True(result.IsSuccess);
        var member = result.Value.Werkgroep.FindMember("0b7e9a52-3c1d-4e8f-a6b2-9d4c5e6f7a81")!;
        Assert.Equal("Fatma Yilmaz", member.Name);
        Assert.Equal("GGD Gelderland-Zuid", member.Organisation);
        Assert.Equal("Fatma Yilmaz", Assert.Single(result.Value.Werkgroep.NotesInStep(3)).AuthorName);
    }

    [Fact]
    public async Task Execute_TypedNoteWithoutStep_GoesToTheOpenStep()
    {
        var werkgroep = await _app.SeedAsync(2);

        var result = await _app.Handler.ExecuteAsync(new AddNotes(null, "Buurtlunch"), ApplicationFixture.InChat(werkgroep, "29:sanne", "Sanne"), Ct);

        Assert.True(result.IsSuccess);
        Assert.Single(result.Value.Werkgroep.NotesInStep(2));
    }

    [Fact]
    public async Task Execute_RedeliveredCommand_AddsNothingTwice()
    {
        var werkgroep = await _app.SeedAsync(3);
        var context = ApplicationFixture.InChat(werkgroep, "29:sanne", "Sanne", operationKey: "same-delivery");

        await _app.Handler.ExecuteAsync(new AddNotes(3, "Buurtlunch"), context, Ct);
        var again = await _app.Handler.ExecuteAsync(new AddNotes(3, "Buurtlunch"), context, Ct);

        Assert.True(again.IsSuccess);
        Assert.False(again.Value.HasChanges);
        Assert.Single(again.Value.Werkgroep.NotesInStep(3));
    }

    [Fact]
    public async Task Execute_CardOfAnotherWerkgroep_IsRefusedAndChangesNothing()
    {
        var werkgroep = await _app.SeedAsync(3);
        var command = new AddNotes(3, "Verkeerde kaart") { CardWerkgroepId = "wg-elders" };

        var result = await _app.Handler.ExecuteAsync(command, ApplicationFixture.InChat(werkgroep, "29:sanne", "Sanne"), Ct);

        Assert.False(result.IsSuccess);
        Assert.Equal(DomainErrorCodes.WrongWerkgroep, result.Error.Code);
        Assert.Empty((await _app.Workshops.GetWerkgroepAsync(werkgroep.Id, Ct))!.NotesInStep(3));
    }

    [Fact]
    public async Task Execute_CallerFromAnotherTenant_IsRefused()
    {
        var werkgroep = await _app.SeedAsync(3);

        var result = await _app.Handler.ExecuteAsync(new AddNotes(3, "Van buiten"), ApplicationFixture.InChat(werkgroep, "29:sanne", "Sanne", tenant: "other-tenant"), Ct);

        Assert.Equal(DomainErrorCodes.WrongWerkgroep, result.Error?.Code);
    }

    [Fact]
    public async Task Execute_ConversationWithoutWerkgroep_SaysSo()
    {
        var context = new CommandContext(new Caller("29:sanne", "Sanne"), WerkgroepTarget.Conversation("19:nothing@thread.v2"), "op-1", Language.Dutch);

        var result = await _app.Handler.ExecuteAsync(new AddNotes(3, "Hallo"), context, Ct);

        Assert.Equal(DomainErrorCodes.NoWerkgroep, result.Error?.Code);
    }

    [Fact]
    public async Task Execute_ParticipantOpensAStep_IsRefusedAsNotModerator()
    {
        var werkgroep = await _app.SeedAsync(3);

        var result = await _app.Handler.ExecuteAsync(new OpenStep(2), ApplicationFixture.InChat(werkgroep, "29:sanne", "Sanne"), Ct);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
    }

    [Fact]
    public async Task Execute_StaleItemForm_IsRefusedAndKeepsTheNewerText()
    {
        var werkgroep = await _app.SeedAsync(2);
        var moderator = ApplicationFixture.InChat(werkgroep, TestWorkshop.Moderator.UserId, TestWorkshop.Moderator.DisplayName, "op-propose");
        var proposed = await _app.Handler.ExecuteAsync(new ProposeItem(2, ItemDraft.Of(new ResultDraft { Statement = "Minder eenzame ouderen" })), moderator, Ct);
        var itemId = proposed.Value!.Item!.Id;
        var edit = (string text) => new EditItem(itemId, 1, ItemDraft.Of(new ResultDraft { Statement = text }));

        var first = await _app.Handler.ExecuteAsync(edit("In 2028 voelt 10% minder 75-plussers zich eenzaam"), moderator with { OperationKey = "op-edit-1" }, Ct);
        var stale = await _app.Handler.ExecuteAsync(edit("Oude tekst"), moderator with { OperationKey = "op-edit-2" }, Ct);

        Assert.True(first.IsSuccess);
        Assert.Equal(DomainErrorCodes.StaleItem, stale.Error?.Code);
        var stored = (Result)(await _app.Workshops.GetWerkgroepAsync(werkgroep.Id, Ct))!.FindItem(FormalItemKind.Result, itemId)!;
        Assert.Equal("In 2028 voelt 10% minder 75-plussers zich eenzaam", stored.Statement);
    }

    [Theory]
    [InlineData(2, ResultLevel.Samenleving)]
    [InlineData(5, ResultLevel.Voorziening)]
    public async Task Execute_ProposeResult_TakesTheLevelOfItsStep(int step, ResultLevel expected)
    {
        var werkgroep = await _app.SeedAsync(step);

        var result = await _app.Handler.ExecuteAsync(
            new ProposeItem(step, ItemDraft.Of(new ResultDraft { Statement = "Ouderen kennen hun buren" })),
            ApplicationFixture.InChat(werkgroep, "29:sanne", "Sanne"), Ct);

        var item = Assert.IsType<Result>(result.Value!.Werkgroep.FindItem(FormalItemKind.Result, result.Value.Item!.Id));
        Assert.Equal(expected, item.Level);
    }

    [Fact]
    public async Task Execute_ProposeWithoutText_AsksForTheText()
    {
        var werkgroep = await _app.SeedAsync(3);

        var result = await _app.Handler.ExecuteAsync(new ProposeItem(3, ItemDraft.Of(new PlannedActivityDraft { What = " " })), ApplicationFixture.InChat(werkgroep, "29:sanne", "Sanne"), Ct);

        Assert.Equal(DomainErrorCodes.ItemTextRequired, result.Error?.Code);
    }

    [Fact]
    public async Task Execute_EditActivityFromAFormWithoutOrganisations_KeepsThem()
    {
        var werkgroep = await _app.SeedAsync(3);
        var moderator = ApplicationFixture.InChat(werkgroep, TestWorkshop.Moderator.UserId, TestWorkshop.Moderator.DisplayName, "op-act");
        var proposed = await _app.Handler.ExecuteAsync(
            new ProposeItem(3, ItemDraft.Of(new PlannedActivityDraft { What = "Koffieochtenden", Organisations = ["Welzijn"] })), moderator, Ct);

        var edited = await _app.Handler.ExecuteAsync(
            new EditItem(proposed.Value!.Item!.Id, 1, ItemDraft.Of(new PlannedActivityDraft { What = "Wekelijkse koffieochtenden" })), moderator with { OperationKey = "op-act-2" }, Ct);

        var activity = Assert.IsType<PlannedActivity>(edited.Value!.Werkgroep.FindItem(FormalItemKind.Activity, proposed.Value.Item.Id));
        Assert.Equal("Wekelijkse koffieochtenden", activity.What);
        Assert.Equal(["Welzijn"], activity.Organisations);
    }

    [Fact]
    public async Task Execute_PromoteNote_MakesTheItemWithAnIdFromTheDelivery()
    {
        var werkgroep = await _app.SeedAsync(3);
        var moderator = ApplicationFixture.InChat(werkgroep, TestWorkshop.Moderator.UserId, TestWorkshop.Moderator.DisplayName, "op-note");
        var added = await _app.Handler.ExecuteAsync(new AddNotes(3, "Maatjesproject"), moderator, Ct);
        var noteId = added.Value!.Werkgroep.NotesInStep(3).Single().Id;

        var promoted = await _app.Handler.ExecuteAsync(new PromoteNote(noteId, FormalItemKind.Activity), moderator with { OperationKey = "op-promote" }, Ct);

        Assert.Equal(new ItemRef(FormalItemKind.Activity, "act-op-promote"), promoted.Value!.Item);
        Assert.NotNull(promoted.Value.Werkgroep.FindItem(FormalItemKind.Activity, "act-op-promote"));
    }

    [Fact]
    public async Task Execute_StartTimer_IsAnnouncedInTheCardsConversation()
    {
        var werkgroep = await _app.SeedAsync(3);
        var moderator = ApplicationFixture.InChat(werkgroep, TestWorkshop.Moderator.UserId, TestWorkshop.Moderator.DisplayName) with { AnnounceIn = "19:meeting;messageid=7" };

        var result = await _app.Handler.ExecuteAsync(new StartTimer(5), moderator, Ct);

        Assert.True(result.IsSuccess);
        var watched = Assert.Single(await _app.Timers.ListDueAsync(TestWorkshop.Now.AddMinutes(5), Ct));
        Assert.Equal(new RunningTimer(werkgroep.Id, "19:meeting;messageid=7", TestWorkshop.Now.AddMinutes(5), Language.Dutch), watched);
        Assert.Empty(await _app.Timers.ListDueAsync(TestWorkshop.Now.AddMinutes(4), Ct));
    }

    [Fact]
    public async Task Execute_TwentyParticipantsAtOnce_LoseNoNote()
    {
        var app = new ApplicationFixture(WorkshopWriteOptions.GroupCommit);
        var werkgroep = await app.SeedAsync(3);

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            app.Handler.ExecuteAsync(new AddNotes(3, $"Idee {i}"), ApplicationFixture.InChat(werkgroep, $"29:p{i}", $"Deelnemer {i}", $"op-{i}"), Ct))));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(20, (await app.Workshops.GetWerkgroepAsync(werkgroep.Id, Ct))!.NotesInStep(3).Count);
    }

    [Fact]
    public async Task Execute_WerkgroepTheBoardAuthorised_IsChangedWithoutAnotherLookup()
    {
        var werkgroep = await _app.SeedAsync(3);
        var context = new CommandContext(new Caller("29:sanne", "Sanne"), WerkgroepTarget.Authorized(werkgroep), "op-1", Language.Dutch);

        var result = await _app.Handler.ExecuteAsync(new AddNotes(3, "Vanaf het bord"), context, Ct);

        Assert.True(result.IsSuccess);
        Assert.Single(result.Value.Werkgroep.NotesInStep(3));
    }
}

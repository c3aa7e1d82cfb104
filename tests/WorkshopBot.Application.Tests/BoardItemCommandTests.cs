using System.Text.Json;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Application.Tests;

// Issue 16: the board edits, links and accepts formal items with the cards' own commands — updateItem is
// EditItem, acceptItem is AcceptItem — so the same pipeline and role checks apply as for a card click.
public sealed class BoardItemCommandTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly Domain.Actor Fatma = TestWorkshop.Participant(1, "GGD Gelderland-Zuid");

    [Fact]
    public void Parse_UpdateItem_GivesTheCardsEditItemWithTheDraftOfItsKind()
    {
        var command = Parse("updateItem", """
            {"itemId":"ind-1","expectedVersion":3,"draft":{"kind":"indicator","indicator":{"name":"Verhalen van ouderen","resultId":"res-1",
             "indicatorKind":"vertellen","storiesFrom":"Deelnemers","existingRegistration":"no","need":"needToKnow"}}}
            """);

        var edit = Assert.IsType<EditItem>(command);
        Assert.Equal(("ind-1", 3, FormalItemKind.Indicator), (edit.ItemId, edit.ExpectedVersion, edit.Draft.Kind));
        var sheet = edit.Draft.Indicator!;
        Assert.Equal(("Verhalen van ouderen", "res-1", IndicatorKind.Vertellen, "Deelnemers"), (sheet.Name, sheet.ResultId, sheet.IndicatorKind, sheet.StoriesFrom));
        Assert.Equal((ExistingRegistration.No, InformationNeed.NeedToKnow), (sheet.ExistingRegistration, sheet.Need));
    }

    [Theory]
    [InlineData("""{"itemId":"r-1","expectedVersion":1,"draft":{"kind":"result"}}""")]
    [InlineData("""{"itemId":"r-1","expectedVersion":1,"draft":{"kind":"wish","wish":{}}}""")]
    [InlineData("""{"itemId":"r-1","expectedVersion":1,"draft":{"result":{"statement":"x"}}}""")]
    [InlineData("""{"itemId":"r-1","expectedVersion":1,"draft":{"kind":"activity","activity":{"what":"x","formality":"sometimes"}}}""")]
    // Found by the board fuzz test: no draft at all, or a list sent as null, used to reach the edit (a 500).
    [InlineData("""{"itemId":"r-1","expectedVersion":1}""")]
    [InlineData("""{"itemId":"a-1","expectedVersion":1,"draft":{"kind":"activity","activity":{"what":"x","organisations":null}}}""")]
    public void Parse_UpdateItemWithoutAFittingDraft_IsRefused(string json)
    {
        Assert.Null(CommandJson.Parse("updateItem", JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public async Task BoardLink_ActivityToAResult_KeepsWhatTheFormDidNotShow()
    {
        var app = new ApplicationFixture();
        var (werkgroep, resultId, activityId) = await SeedItemsAsync(app);
        var activity = werkgroep.Activities.Single();

        var linked = await app.Handler.ExecuteAsync(
            Update(activityId, activity.ItemVersion, "activity", new { what = activity.What, resultIds = new[] { resultId } }),
            Board(werkgroep, TestWorkshop.Moderator.UserId, "op-link"),
            Ct);

        var after = linked.Value!.Werkgroep.Activities.Single();
        Assert.Equal([resultId], after.ResultIds);
        Assert.Equal(activity.Organisations, after.Organisations);
        Assert.Equal(activity.ItemVersion + 1, after.ItemVersion);
    }

    [Fact]
    public async Task BoardAccept_PartnerIsRefused_ModeratorAccepts_ThenOnlyTheModeratorMayEdit()
    {
        var app = new ApplicationFixture();
        var (werkgroep, resultId, _) = await SeedItemsAsync(app);

        var byPartner = await app.Handler.ExecuteAsync(Parse("acceptItem", $$"""{"kind":"result","itemId":"{{resultId}}"}"""), Board(werkgroep, Fatma.UserId, "op-a"), Ct);
        var byModerator = await app.Handler.ExecuteAsync(Parse("acceptItem", $$"""{"kind":"result","itemId":"{{resultId}}"}"""), Board(werkgroep, TestWorkshop.Moderator.UserId, "op-b"), Ct);
        var accepted = byModerator.Value!.Werkgroep;
        var version = accepted.Results.Single().ItemVersion;
        var editByPartner = await app.Handler.ExecuteAsync(
            Update(resultId, version, "result", new { statement = "Anders geformuleerd" }),
            Board(accepted, Fatma.UserId, "op-c"),
            Ct);

        Assert.Equal(DomainErrorCodes.NotModerator, byPartner.Error?.Code);
        Assert.Equal(ItemStatus.Vastgesteld, accepted.Results.Single().Status);
        Assert.Equal(DomainErrorCodes.ItemVastgesteld, editByPartner.Error?.Code);
        Assert.NotEqual("Anders geformuleerd", (await app.Workshops.GetWerkgroepAsync(werkgroep.Id, Ct))!.Results.Single().Statement);
    }

    [Fact]
    public async Task BoardPark_PartnerIsRefused_ModeratorParks_ThenBringsItBackToDraft()
    {
        var app = new ApplicationFixture();
        var (werkgroep, resultId, _) = await SeedItemsAsync(app);
        var park = Parse("parkItem", $$"""{"kind":"result","itemId":"{{resultId}}"}""");

        var byPartner = await app.Handler.ExecuteAsync(park, Board(werkgroep, Fatma.UserId, "op-park-a"), Ct);
        var byModerator = await app.Handler.ExecuteAsync(park, Board(werkgroep, TestWorkshop.Moderator.UserId, "op-park-b"), Ct);
        var parked = (await app.Workshops.GetWerkgroepAsync(werkgroep.Id, Ct))!;
        var unparked = await app.Handler.ExecuteAsync(
            Parse("unparkItem", $$"""{"kind":"result","itemId":"{{resultId}}"}"""), Board(parked, TestWorkshop.Moderator.UserId, "op-park-c"), Ct);

        Assert.Equal(new ParkItem(FormalItemKind.Result, resultId), park);
        Assert.Equal(DomainErrorCodes.NotModerator, byPartner.Error?.Code);
        Assert.Equal(new ItemRef(FormalItemKind.Result, resultId), byModerator.Value!.Item);
        Assert.Equal(ItemStatus.Geparkeerd, parked.Results.Single().Status);
        Assert.Equal(NoteStatus.Geparkeerd, parked.FindNote(parked.Results.Single().SourceNoteId!)!.Status);
        Assert.Equal(ItemStatus.Concept, unparked.Value!.Werkgroep.Results.Single().Status);
    }

    // Step 2 open with a result and step 3 with an activity, both promoted by the moderator from Fatma's notes.
    private static async Task<(Werkgroep Werkgroep, string ResultId, string ActivityId)> SeedItemsAsync(ApplicationFixture app)
    {
        var werkgroep = await app.SeedAsync(2, 3);
        await app.Handler.ExecuteAsync(new AddNotes(2, "Minder eenzame 75-plussers in Kesteren"), Board(werkgroep, Fatma.UserId, "op-n1"), Ct);
        await app.Handler.ExecuteAsync(new AddNotes(3, "Wekelijkse buurtlunch in Dodewaard"), Board(werkgroep, Fatma.UserId, "op-n2"), Ct);
        await app.Handler.ExecuteAsync(new SetOrganisation(null, Fatma.Organisation), Board(werkgroep, Fatma.UserId, "op-org"), Ct);
        var stored = (await app.Workshops.GetWerkgroepAsync(werkgroep.Id, Ct))!;
        await app.Handler.ExecuteAsync(new PromoteNote(stored.NotesInStep(2).Single().Id, FormalItemKind.Result), Board(stored, TestWorkshop.Moderator.UserId, "op-p1"), Ct);
        var promoted = await app.Handler.ExecuteAsync(new PromoteNote(stored.NotesInStep(3).Single().Id, FormalItemKind.Activity), Board(stored, TestWorkshop.Moderator.UserId, "op-p2"), Ct);
        var after = promoted.Value!.Werkgroep;
        return (after, after.Results.Single().Id, after.Activities.Single().Id);
    }

    private static WerkgroepCommand Parse(string verb, string json) => CommandJson.Parse(verb, JsonDocument.Parse(json).RootElement)!;

    // The body the board page posts for updateItem (items.js): the item, the version it showed, the whole draft.
    private static WerkgroepCommand Update(string itemId, int version, string kind, object draft) =>
        Parse("updateItem", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["itemId"] = itemId,
            ["expectedVersion"] = version,
            ["draft"] = new Dictionary<string, object> { ["kind"] = kind, [kind] = draft },
        }));

    private static CommandContext Board(Werkgroep werkgroep, string userId, string key) =>
        new(new Caller(userId, userId == Fatma.UserId ? Fatma.DisplayName : TestWorkshop.Moderator.DisplayName), WerkgroepTarget.Authorized(werkgroep), key, Language.Dutch);
}

using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

// Issue 16: the moderator parks a formal item (sets it aside, not deleted) and brings it back to draft.
public sealed class WerkgroepParkingTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Anna = TestWorkshop.Participant(1, "Welzijn Rivierenland");

    // A result promoted from note n-2, an indicator promoted from n-2b and linked to it, an activity linked to it.
    private readonly Werkgroep _board = TestWorkshop.Werkgroep()
        .WithOpenStep(2)
        .WithOpenStep(3)
        .AddNote(Anna, "n-2", 2, "Minder eenzame ouderen in 2028", Now).Ok()
        .AddNote(Anna, "n-2b", 2, "Aandeel ouderen dat zich eenzaam voelt", Now).Ok()
        .PromoteToResult(Moderator, "n-2", "r-1", null, Now).Ok()
        .PromoteToIndicator(Moderator, "n-2b", "i-1", "r-1", Now).Ok()
        .ProposeActivity(Anna, "a-1", new PlannedActivityDraft { What = "Wekelijkse buurtkamer", ResultIds = ["r-1"] }, Now).Ok();

    [Fact]
    public void ParkItem_Moderator_SetsItemAndSourceNoteAsideAndKeepsEveryLink()
    {
        var change = _board.ParkItem(Moderator, FormalItemKind.Result, "r-1", Now.AddMinutes(5));

        var parked = change.Ok();
        var result = parked.Results.Single();
        Assert.Equal(ItemStatus.Geparkeerd, result.Status);
        Assert.Equal(2, result.ItemVersion);
        Assert.Equal("Minder eenzame ouderen in 2028", result.Statement);
        Assert.Equal(NoteStatus.Geparkeerd, parked.FindNote("n-2")!.Status);
        Assert.True(parked.FindNote("n-2")!.IsActive);
        // Set aside, not deleted: the indicator and activity stay linked and keep their own status.
        Assert.Equal("r-1", parked.Indicators.Single().ResultId);
        Assert.Equal(ItemStatus.Concept, parked.Indicators.Single().Status);
        Assert.Equal(["r-1"], parked.Activities.Single().ResultIds);
        Assert.Equal(NoteStatus.Voorstel, parked.FindNote("n-2b")!.Status);
        Assert.Equal(WorkshopEventKinds.ItemParked, Assert.Single(change.Value.Events).Kind);
    }

    [Fact]
    public void ParkItem_Participant_IsRefusedAndNothingChanges()
    {
        var refused = _board.ParkItem(Anna, FormalItemKind.Result, "r-1", Now);

        Assert.Equal(DomainErrorCodes.NotModerator, refused.Error?.Code);
        Assert.Equal(DomainErrorCodes.NotModerator, _board.ParkItem(Moderator, FormalItemKind.Result, "r-1", Now).Ok()
            .UnparkItem(Anna, FormalItemKind.Result, "r-1", Now).Error?.Code);
    }

    [Fact]
    public void ParkItem_Twice_ChangesNothingTheSecondTime()
    {
        var parked = _board.ParkItem(Moderator, FormalItemKind.Indicator, "i-1", Now).Ok();

        var again = parked.ParkItem(Moderator, FormalItemKind.Indicator, "i-1", Now.AddMinutes(1));

        Assert.True(again.IsSuccess);
        Assert.False(again.Value.HasChanges);
        Assert.Equal(2, again.Value.Aggregate.Indicators.Single().ItemVersion);
    }

    [Fact]
    public void ParkedItem_CannotBeVastgesteld_AndOnlyTheModeratorEditsIt()
    {
        var parked = _board.ParkItem(Moderator, FormalItemKind.Result, "r-1", Now).Ok();
        var draft = new ResultDraft { Statement = "Later bekijken" };

        Assert.Equal(DomainErrorCodes.ItemParked, parked.MarkVastgesteld(Moderator, FormalItemKind.Result, "r-1", Now).Error?.Code);
        Assert.Equal(DomainErrorCodes.ItemParked, parked.EditResult(Anna, "r-1", 2, draft, Now).Error?.Code);
        Assert.Equal("Later bekijken", parked.EditResult(Moderator, "r-1", 2, draft, Now).Ok().Results.Single().Statement);
    }

    [Fact]
    public void UnparkItem_BringsItBackToDraft_AndTheNoteBackToVoorstel()
    {
        var vastgesteld = _board.MarkVastgesteld(Moderator, FormalItemKind.Result, "r-1", Now).Ok();
        var parked = vastgesteld.ParkItem(Moderator, FormalItemKind.Result, "r-1", Now.AddMinutes(1)).Ok();

        var back = parked.UnparkItem(Moderator, FormalItemKind.Result, "r-1", Now.AddMinutes(2)).Ok();

        // Parking took the vaststelling away: the group agrees on it again when it comes back.
        Assert.Null(parked.Results.Single().VastgesteldAt);
        Assert.Equal(ItemStatus.Concept, back.Results.Single().Status);
        Assert.Equal(NoteStatus.Voorstel, back.FindNote("n-2")!.Status);
        Assert.Equal(4, back.Results.Single().ItemVersion);
        Assert.True(back.MarkVastgesteld(Moderator, FormalItemKind.Result, "r-1", Now.AddMinutes(3)).IsSuccess);
    }

    [Fact]
    public void UnparkItem_NotParked_ChangesNothing()
    {
        var unchanged = _board.UnparkItem(Moderator, FormalItemKind.Activity, "a-1", Now);

        Assert.True(unchanged.IsSuccess);
        Assert.False(unchanged.Value.HasChanges);
    }

    [Fact]
    public void ParkItem_UnknownItem_IsNotFound_AndLockedStepIsRefused()
    {
        Assert.Equal(DomainErrorCodes.NotFound, _board.ParkItem(Moderator, FormalItemKind.Result, "r-x", Now).Error?.Code);

        var locked = _board.LockStep(Moderator, 3, Now).Ok();
        var refused = locked.ParkItem(Moderator, FormalItemKind.Activity, "a-1", Now);

        Assert.Equal(DomainErrorCodes.StepLocked, refused.Error?.Code);
        Assert.Equal(3, refused.Error?.Step);
    }
}

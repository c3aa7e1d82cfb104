using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

public sealed class WerkgroepStepTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Anna = TestWorkshop.Participant(1);

    [Fact]
    public void Start_ByTrajectModerator_BindsConversationAndMakesStarterModeratorAndMember()
    {
        var traject = TestWorkshop.Traject();
        var starter = new Actor("29:co", "Coen", "Sociaal team");
        traject = traject.AddModerator(Moderator, new Person(starter.UserId, starter.DisplayName), Now).Ok();

        var result = Werkgroep.Start(traject, "w-9", "Werkgroep armoede", new ConversationBinding("19:abc@thread.v2", ConversationKind.Channel), starter, Now);

        var werkgroep = result.Ok();
        Assert.Equal("19:abc@thread.v2", werkgroep.Conversation!.ConversationId);
        Assert.True(werkgroep.IsModerator(Moderator.UserId));
        Assert.True(werkgroep.IsModerator(starter.UserId));
        Assert.Equal([starter.UserId], werkgroep.Members.Select(m => m.UserId).ToArray());
        Assert.All(werkgroep.Steps, s => Assert.Equal(StepStatus.Closed, s.Status));
        Assert.Equal(1, werkgroep.Version);
    }

    [Fact]
    public void Start_ByNonModerator_IsRefused()
    {
        var result = Werkgroep.Start(TestWorkshop.Traject(), "w-9", "Werkgroep", new ConversationBinding("19:x", ConversationKind.GroupChat), Anna, Now);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
    }

    [Theory]
    [InlineData(StepStatus.Closed, DomainErrorCodes.StepClosed)]
    [InlineData(StepStatus.Locked, DomainErrorCodes.StepLocked)]
    public void AddNote_StepNotOpen_IsRefusedWithStepNumber(StepStatus status, string code)
    {
        var werkgroep = TestWorkshop.Werkgroep();
        if (status == StepStatus.Locked)
        {
            werkgroep = werkgroep.LockStep(Moderator, 4, Now).Ok();
        }

        var result = werkgroep.AddNote(Anna, "n-1", 4, "Training voor vrijwilligers", Now);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(4, result.Error?.Step);
    }

    [Fact]
    public void OpenStep_ThenAddNote_NoteLandsInStep()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);

        var result = werkgroep.AddNote(Anna, "n-1", 3, "Buurtkamer", Now);

        Assert.Equal(3, result.Ok().CurrentStep);
        Assert.Equal(["Buurtkamer"], result.Ok().NotesInStep(3).Select(n => n.Text).ToArray());
    }

    [Fact]
    public void OpenStep_AlreadyOpen_TellsSomeoneElseDidIt()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);

        var result = werkgroep.OpenStep(Moderator, 3, Now);

        Assert.Equal(DomainErrorCodes.StepAlreadyOpen, result.Error?.Code);
        Assert.Equal(3, result.Error?.Step);
    }

    [Fact]
    public void CloseStep_OpenStep_RefusesFurtherNotes()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);

        var closed = werkgroep.CloseStep(Moderator, 3, Now).Ok();

        Assert.Equal(DomainErrorCodes.StepClosed, closed.AddNote(Anna, "n-1", 3, "Te laat", Now).Error?.Code);
    }

    [Fact]
    public void LockStep_ClosesVotingOnThatStepAndFreezesNotes()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);
        werkgroep = werkgroep.AddNote(Anna, "n-1", 3, "Buurtkamer", Now).Ok();
        werkgroep = werkgroep.StartVoting(Moderator, 3, 3, Now).Ok();

        var locked = werkgroep.LockStep(Moderator, 3, Now).Ok();

        Assert.False(locked.Voting!.IsOpen);
        Assert.Equal(DomainErrorCodes.StepLocked, locked.EditNote(Anna, "n-1", "Anders", Now).Error?.Code);
        Assert.Equal(DomainErrorCodes.StepLocked, locked.DeleteNote(Anna, "n-1", Now).Error?.Code);
    }

    [Fact]
    public void LockedStep_ReopenedByModerator_AcceptsNotesAgain()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);
        werkgroep = werkgroep.LockStep(Moderator, 3, Now).Ok();

        var reopened = werkgroep.OpenStep(Moderator, 3, Now).Ok();

        Assert.True(reopened.AddNote(Anna, "n-1", 3, "Toch nog", Now).IsSuccess);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void OpenStep_OutsideOneToSix_IsInvalidStep(int step)
    {
        var result = TestWorkshop.Werkgroep().OpenStep(Moderator, step, Now);

        Assert.Equal(DomainErrorCodes.InvalidStep, result.Error?.Code);
    }

    // Issue 12: "Stille brainstorm starten" on a closed step needed a second click to open the step, and
    // until then everyone who wrote was told the step was closed.
    [Fact]
    public void StartSilent_ClosedStep_OpensItSoTheGroupCanWriteAtOnce()
    {
        var werkgroep = TestWorkshop.Werkgroep();

        var change = werkgroep.StartSilent(TestWorkshop.Moderator, 4, Now).Value;

        var state = change.Aggregate.StepStateOf(4);
        Assert.Equal(StepStatus.Open, state.Status);
        Assert.True(state.Silent);
        Assert.Equal(4, change.Aggregate.CurrentStep);
        Assert.Equal([WorkshopEventKinds.StepOpened, WorkshopEventKinds.SilentStarted], change.Events.Select(e => e.Kind).ToArray());
        Assert.True(change.Aggregate.AddNote(Anna, "n-1", 4, "Stil idee", Now).IsSuccess);
    }

    [Fact]
    public void StartSilent_LockedStep_IsRefused()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(4).LockStep(TestWorkshop.Moderator, 4, Now).Ok();

        Assert.Equal(DomainErrorCodes.StepLocked, werkgroep.StartSilent(TestWorkshop.Moderator, 4, Now).Error?.Code);
    }

    [Fact]
    public void ModeratorOnlyOperations_ByParticipant_AreRefused()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);
        werkgroep = werkgroep.AddNote(Anna, "n-1", 3, "Buurtkamer", Now).Ok();
        werkgroep = werkgroep.AddNote(Anna, "n-2", 3, "Buurtkamer!", Now).Ok();

        DomainResult<Change<Werkgroep>>[] attempts =
        [
            werkgroep.OpenStep(Anna, 4, Now),
            werkgroep.CloseStep(Anna, 3, Now),
            werkgroep.LockStep(Anna, 3, Now),
            werkgroep.StartSilent(Anna, 3, Now),
            werkgroep.StartTimer(Anna, 5, Now),
            werkgroep.StartVoting(Anna, 3, 3, Now),
            werkgroep.MergeNotes(Anna, "n-1", ["n-2"], Now),
            werkgroep.SetCluster(Anna, "n-1", "Ontmoeting", Now),
            werkgroep.PromoteToResult(Anna, "n-1", "r-1", null, Now),
            werkgroep.PromoteToActivity(Anna, "n-1", "a-1", Now),
            werkgroep.AddModerator(Anna, Anna.UserId, Now),
        ];

        Assert.All(attempts, result => Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code));
    }

    [Fact]
    public void AddModerator_Member_BecomesCoModeratorWhoCanLock()
    {
        var werkgroep = TestWorkshop.Werkgroep().Join(Anna, Now).Ok();

        var withCo = werkgroep.AddModerator(Moderator, Anna.UserId, Now).Ok();

        Assert.True(withCo.LockStep(Anna, 2, Now).IsSuccess);
    }

    [Fact]
    public void AddModerator_NotAMember_IsRefused()
    {
        var result = TestWorkshop.Werkgroep().AddModerator(Moderator, "29:stranger", Now);

        Assert.Equal(DomainErrorCodes.NotMember, result.Error?.Code);
    }

    [Fact]
    public void HandOverModerator_ToMember_ActingModeratorStepsDown()
    {
        var werkgroep = TestWorkshop.Werkgroep().Join(Anna, Now).Ok();

        var handedOver = werkgroep.HandOverModerator(Moderator, Anna.UserId, Now).Ok();

        Assert.True(handedOver.IsModerator(Anna.UserId));
        Assert.False(handedOver.IsModerator(Moderator.UserId));
        Assert.Equal(DomainErrorCodes.NotModerator, handedOver.OpenStep(Moderator, 2, Now).Error?.Code);
    }

    [Fact]
    public void StartTimer_Moderator_EndsAfterMinutes()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3);

        var timer = werkgroep.StartTimer(Moderator, 7, Now).Ok().Timer!;

        Assert.Equal(Now.AddMinutes(7), timer.EndsAt);
        Assert.Equal(3, timer.Step);
    }

    [Fact]
    public void ClearTimer_NoTimer_IsRefused()
    {
        Assert.Equal(DomainErrorCodes.NoTimer, TestWorkshop.Werkgroep().ClearTimer(Moderator, Now).Error?.Code);
    }
}

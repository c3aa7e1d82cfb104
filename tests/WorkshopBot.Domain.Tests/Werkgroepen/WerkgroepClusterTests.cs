using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

// Renaming and merging clusters from the board wall: one command for a whole group of notes.
public sealed class WerkgroepClusterTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Anna = TestWorkshop.Participant(1, "Welzijn Rivierenland");

    private readonly Werkgroep _board = TestWorkshop.Werkgroep().WithOpenStep(3).WithOpenStep(2)
        .AddNote(Anna, "n-1", 3, "Koffieochtenden", Now).Ok()
        .AddNote(Anna, "n-2", 3, "Maatjesproject", Now).Ok()
        .AddNote(Anna, "n-3", 3, "Huisbezoeken", Now).Ok()
        .AddNote(Anna, "n-4", 2, "Minder eenzaamheid", Now).Ok()
        .SetCluster(Moderator, "n-1", "Ontmoeting", Now).Ok()
        .SetCluster(Moderator, "n-2", "Ontmoeting", Now).Ok()
        .SetCluster(Moderator, "n-3", "Signaleren", Now).Ok()
        .SetCluster(Moderator, "n-4", "Ontmoeting", Now).Ok();

    [Fact]
    public void RenameCluster_Moderator_RenamesEveryNoteOfThatStepOnly()
    {
        var change = _board.RenameCluster(Moderator, 3, "Ontmoeting", " Elkaar ontmoeten ", Now).Value;

        var renamed = change.Aggregate;
        Assert.Equal("Elkaar ontmoeten", renamed.FindNote("n-1")!.Cluster);
        Assert.Equal("Elkaar ontmoeten", renamed.FindNote("n-2")!.Cluster);
        Assert.Equal("Signaleren", renamed.FindNote("n-3")!.Cluster);
        Assert.Equal("Ontmoeting", renamed.FindNote("n-4")!.Cluster);
        Assert.Equal(WorkshopEventKinds.ClusterRenamed, Assert.Single(change.Events).Kind);
        Assert.Equal(_board.Version + 1, renamed.Version);
    }

    [Fact]
    public void RenameCluster_ToAnExistingLabel_MergesTheTwoClusters()
    {
        var merged = _board.RenameCluster(Moderator, 3, "Signaleren", "Ontmoeting", Now).Ok();

        Assert.Equal(3, merged.NotesInStep(3).Count(n => n.Cluster == "Ontmoeting"));
    }

    [Fact]
    public void RenameCluster_ToEmpty_DissolvesTheCluster()
    {
        var dissolved = _board.RenameCluster(Moderator, 3, "Ontmoeting", "  ", Now).Ok();

        Assert.Null(dissolved.FindNote("n-1")!.Cluster);
        Assert.Null(dissolved.FindNote("n-2")!.Cluster);
        Assert.Equal("Signaleren", dissolved.FindNote("n-3")!.Cluster);
    }

    [Fact]
    public void RenameCluster_Participant_IsRefusedAndNothingChanges()
    {
        var result = _board.RenameCluster(Anna, 3, "Ontmoeting", "Iets anders", Now);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
        Assert.Equal("Ontmoeting", _board.FindNote("n-1")!.Cluster);
    }

    [Fact]
    public void RenameCluster_UnknownLabel_IsNotFound()
    {
        var result = _board.RenameCluster(Moderator, 3, "Bestaat niet", "Iets", Now);

        Assert.Equal(DomainErrorCodes.NotFound, result.Error?.Code);
    }

    [Fact]
    public void RenameCluster_TooLongLabel_IsRefusedWithTheLimit()
    {
        var result = _board.RenameCluster(Moderator, 3, "Ontmoeting", new string('x', WorkshopLimits.ClusterLabelMaxLength + 1), Now);

        Assert.Equal(DomainErrorCodes.TextTooLong, result.Error?.Code);
        Assert.Equal(WorkshopLimits.ClusterLabelMaxLength, result.Error?.Limit);
    }

    [Fact]
    public void RenameCluster_LockedStep_IsRefused()
    {
        var locked = _board.LockStep(Moderator, 3, Now).Ok();

        var result = locked.RenameCluster(Moderator, 3, "Ontmoeting", "Iets", Now);

        Assert.Equal(DomainErrorCodes.StepLocked, result.Error?.Code);
    }

    [Fact]
    public void RenameCluster_SameLabel_ChangesNothing()
    {
        var change = _board.RenameCluster(Moderator, 3, "Ontmoeting", "Ontmoeting", Now).Value;

        Assert.Same(_board, change.Aggregate);
        Assert.Empty(change.Events);
    }
}

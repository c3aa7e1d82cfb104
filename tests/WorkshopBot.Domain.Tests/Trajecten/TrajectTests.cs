using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Trajecten;

public sealed class TrajectTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Anna = TestWorkshop.Participant(1);

    [Fact]
    public void Create_MakesCreatorModeratorAndEmitsEvent()
    {
        var change = Traject.Create("t-1", " Eenzaamheid ", "Neder-Betuwe", "Eenzaamheid", "tenant", null, Moderator, Now).Value;

        Assert.Equal("Eenzaamheid", change.Aggregate.Name);
        Assert.True(change.Aggregate.IsModerator(Moderator.UserId));
        Assert.Equal(1, change.Aggregate.Version);
        var created = Assert.Single(change.Events);
        Assert.Equal((WorkshopEventKinds.TrajectCreated, Moderator.UserId, 1), (created.Kind, created.ActorId, created.Sequence));
    }

    [Fact]
    public void Create_WithAmbitions_KeepsThem()
    {
        Ambition[] ambitions = [new("amb-1", "Ouderen wonen langer thuis", [new SubGoal("amb-1-1", "minder eenzaamheid")])];

        var traject = Traject.Create("t-1", "Eenzaamheid", "Neder-Betuwe", "Eenzaamheid", "tenant", null, Moderator, Now, ambitions).Ok();

        Assert.Equal(ambitions, traject.Ambitions);
    }

    [Fact]
    public void Edit_ByModerator_ChangesNameThemeAndAmbitionsAndEmitsEvent()
    {
        var traject = TestWorkshop.Traject();

        var change = traject.Edit(Moderator, " Samen sterk ", "Mantelzorg", [new("amb-1", "Mantelzorgers houden het vol", [])], Now.AddHours(1)).Value;

        Assert.Equal(("Samen sterk", "Mantelzorg", "Mantelzorgers houden het vol"), (change.Aggregate.Name, change.Aggregate.Theme, Assert.Single(change.Aggregate.Ambitions).Text));
        Assert.Equal(WorkshopEventKinds.TrajectEdited, Assert.Single(change.Events).Kind);
        Assert.Equal(traject.Version + 1, change.Aggregate.Version);
    }

    [Fact]
    public void Edit_ByParticipant_IsRefused()
    {
        var result = TestWorkshop.Traject().Edit(Anna, "Overgenomen", "", [], Now);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
    }

    [Fact]
    public void Edit_SameValues_IsUnchanged()
    {
        var traject = TestWorkshop.Traject();

        var change = traject.Edit(Moderator, traject.Name, traject.Theme, traject.Ambitions, Now).Value;

        Assert.False(change.HasChanges);
    }

    [Fact]
    public void Edit_EmptyAmbition_IsRefused()
    {
        var result = TestWorkshop.Traject().Edit(Moderator, "Naam", "", [new("amb-1", " ", [])], Now);

        Assert.Equal(DomainErrorCodes.EmptyText, result.Error?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a#b")]
    public void Create_IdUnfitForStorageKeys_IsRefused(string id)
    {
        Assert.Equal(DomainErrorCodes.InvalidId, Traject.Create(id, "Naam", "Tiel", "Thema", "tenant", null, Moderator, Now).Error?.Code);
    }

    [Fact]
    public void HandOverModerator_ToSuccessor_OldModeratorLosesRole()
    {
        var traject = TestWorkshop.Traject().HandOverModerator(Moderator, new Person(Anna.UserId, Anna.DisplayName), Now).Ok();

        Assert.True(traject.IsModerator(Anna.UserId));
        Assert.False(traject.IsModerator(Moderator.UserId));
        Assert.Equal(DomainErrorCodes.NotModerator, traject.AddReviewer(Moderator, new Reviewer("29:r", "Rob", null), Now).Error?.Code);
    }

    [Fact]
    public void AddReviewer_Moderator_AddsOnce()
    {
        var reviewer = new Reviewer("29:r", "Rob", "Adviesraad Sociaal Domein");
        var traject = TestWorkshop.Traject().AddReviewer(Moderator, reviewer, Now).Ok();

        Assert.False(traject.AddReviewer(Moderator, reviewer, Now).Value.HasChanges);
        Assert.Equal([reviewer], traject.Reviewers.ToArray());
    }
}

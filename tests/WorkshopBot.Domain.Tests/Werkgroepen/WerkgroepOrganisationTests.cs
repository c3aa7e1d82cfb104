using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

public sealed class WerkgroepOrganisationTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;

    // Teams gave no "(Organisation)" suffix, so these two start without one.
    private static readonly Actor Fatima = new("29:fatima", "Fatima el Amrani");
    private static readonly Actor Jan = new("29:jan", "Jan Jansen");

    private readonly Werkgroep _board = TestWorkshop.Werkgroep().WithOpenStep(3)
        .AddNote(Fatima, "n-1", 3, "Maatjesproject", Now).Ok()
        .AddNote(Jan, "n-2", 3, "Koffieochtenden", Now).Ok();

    [Fact]
    public void SetOrganisation_OwnOrganisation_GivesMemberItsColourAndEarlierNotesFollow()
    {
        var change = _board.SetOrganisation(Fatima, Fatima.UserId, "  MEE Gelderse Poort ", Now.AddMinutes(5)).Value;

        var board = change.Aggregate;
        var member = board.FindMember(Fatima.UserId)!;
        Assert.Equal("MEE Gelderse Poort", member.Organisation);
        Assert.Equal(OrganisationPalette.ColourFor("MEE Gelderse Poort"), member.Colour);
        Assert.Equal("MEE Gelderse Poort", board.OrganisationOf(board.FindNote("n-1")!));
        Assert.Null(board.OrganisationOf(board.FindNote("n-2")!));
        var audit = Assert.Single(change.Events);
        Assert.Equal(WorkshopEventKinds.OrganisationSet, audit.Kind);
        Assert.Equal(Fatima.UserId, audit.ActorId);
        Assert.Equal(Now.AddMinutes(5), audit.At);
    }

    [Fact]
    public void SetOrganisation_ParticipantSetsSomeoneElses_IsRefused()
    {
        var result = _board.SetOrganisation(Jan, Fatima.UserId, "Welzijn Neder-Betuwe", Now);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
    }

    [Fact]
    public void SetOrganisation_ModeratorSetsParticipants_IsAccepted()
    {
        var board = _board.SetOrganisation(Moderator, Jan.UserId, "Welzijn Neder-Betuwe", Now).Ok();

        Assert.Equal("Welzijn Neder-Betuwe", board.FindMember(Jan.UserId)!.Organisation);
    }

    [Fact]
    public void SetOrganisation_ModeratorForNonMember_IsNotMember()
    {
        var result = _board.SetOrganisation(Moderator, "29:nobody", "Elders", Now);

        Assert.Equal(DomainErrorCodes.NotMember, result.Error?.Code);
    }

    [Fact]
    public void SetOrganisation_NewcomerSetsOwn_JoinsWithIt()
    {
        var sanne = new Actor("29:sanne", "Sanne Visser");

        var change = _board.SetOrganisation(sanne, sanne.UserId, "Sociaal Team", Now).Value;

        Assert.Equal("Sociaal Team", change.Aggregate.FindMember(sanne.UserId)!.Organisation);
        Assert.Equal([WorkshopEventKinds.MemberJoined, WorkshopEventKinds.OrganisationSet], change.Events.Select(e => e.Kind).ToArray());
    }

    [Fact]
    public void SetOrganisation_SameAgain_ChangesNothing()
    {
        var board = _board.SetOrganisation(Fatima, Fatima.UserId, "MEE Gelderse Poort", Now).Ok();

        var again = board.SetOrganisation(Fatima, Fatima.UserId, "MEE Gelderse Poort", Now);

        Assert.True(again.IsSuccess);
        Assert.False(again.Value.HasChanges);
        Assert.Same(board, again.Value.Aggregate);
    }

    [Fact]
    public void SetOrganisation_Empty_ClearsOrganisationAndColour()
    {
        var board = _board.SetOrganisation(Fatima, Fatima.UserId, "MEE Gelderse Poort", Now).Ok();

        var cleared = board.SetOrganisation(Fatima, Fatima.UserId, "  ", Now).Ok();

        Assert.Null(cleared.FindMember(Fatima.UserId)!.Organisation);
        Assert.Equal(OrganisationPalette.Unknown, cleared.FindMember(Fatima.UserId)!.Colour);
    }

    [Fact]
    public void SetOrganisation_151Characters_IsRefusedWithLimit()
    {
        var result = _board.SetOrganisation(Fatima, Fatima.UserId, new string('o', 151), Now);

        Assert.Equal(DomainErrorCodes.TextTooLong, result.Error?.Code);
        Assert.Equal(WorkshopLimits.OrganisationMaxLength, result.Error?.Limit);
    }

    [Fact]
    public void PromoteToActivity_AfterOrganisationSet_NamesAuthorsCurrentOrganisation()
    {
        var board = _board.SetOrganisation(Fatima, Fatima.UserId, "MEE Gelderse Poort", Now).Ok();

        var promoted = board.PromoteToActivity(Moderator, "n-1", "act-1", Now).Ok();

        Assert.Equal(["MEE Gelderse Poort"], promoted.FindItem(FormalItemKind.Activity, "act-1") is PlannedActivity a ? a.Organisations.ToArray() : []);
    }
}

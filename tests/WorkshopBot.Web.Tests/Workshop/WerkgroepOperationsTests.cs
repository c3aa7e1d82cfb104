using System.Text.Json;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.Web.Bot;
using WorkshopBot.Web.Workshop;
using Xunit;

namespace WorkshopBot.Web.Tests.Workshop;

public sealed class WerkgroepOperationsTests
{
    private static readonly Actor Jan = new("29:jan", "Jan Jansen");
    private static readonly Actor Fatima = new("29:fatima", "Fatima el Amrani");

    private readonly Werkgroep _board = TestWorkshop.Werkgroep().WithOpenStep(1).WithOpenStep(2)
        .AddNote(Jan, "n-jan", 2, "Regie versterken", TestWorkshop.Now).Ok()
        .AddNote(Fatima, "n-fatima", 2, "Maatjesproject", TestWorkshop.Now).Ok();

    [Fact]
    public void For_BoardMoveOfOwnNote_MovesIt()
    {
        var moved = Run("moveNote", """{"noteId":"n-jan","toStep":1}""", Jan).Ok();

        Assert.Equal(1, moved.FindNote("n-jan")!.Step);
    }

    [Fact]
    public void For_CardMoveOfSomeoneElsesNote_IsRefusedForAParticipant()
    {
        var json = $$"""{"{{CardDataKeys.NoteId}}":"n-fatima","{{CardInputs.MoveToStep("n-fatima")}}":"1"}""";

        var result = Run(CardVerbs.MoveNote, json, Jan);

        Assert.Equal(DomainErrorCodes.NotAuthor, result.Error?.Code);
    }

    [Fact]
    public void For_SetOrganisationWithoutUserId_SetsTheCallersOwn()
    {
        var board = Run("setOrganisation", """{"organisation":"Welzijn Neder-Betuwe"}""", Jan).Ok();

        Assert.Equal("Welzijn Neder-Betuwe", board.FindMember(Jan.UserId)!.Organisation);
        Assert.Equal("Welzijn Neder-Betuwe", board.OrganisationOf(board.FindNote("n-jan")!));
    }

    [Fact]
    public void For_SetOrganisationOfSomeoneElse_IsModeratorOnly()
    {
        var json = """{"userId":"29:fatima","organisation":"Welzijn Neder-Betuwe"}""";

        var byParticipant = Run("setOrganisation", json, Jan);
        var byModerator = Run("setOrganisation", json, TestWorkshop.Moderator).Ok();

        Assert.Equal(DomainErrorCodes.NotModerator, byParticipant.Error?.Code);
        Assert.Equal("Welzijn Neder-Betuwe", byModerator.FindMember(Fatima.UserId)!.Organisation);
    }

    private DomainResult<Change<Werkgroep>> Run(string verb, string json, Actor actor)
    {
        var operation = WerkgroepOperations.For(verb, new CardData(JsonDocument.Parse(json).RootElement), actor, "op-1");
        Assert.NotNull(operation);
        return operation(_board, TestWorkshop.Now);
    }
}

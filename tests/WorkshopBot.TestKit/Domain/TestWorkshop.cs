using WorkshopBot.Domain;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using Xunit;

namespace WorkshopBot.TestKit.Domain;

// Ready-made actors, trajecten and werkgroepen for tests.
public static class TestWorkshop
{
    public static DateTimeOffset Now { get; } = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(1));

    public static Actor Moderator { get; } = new("29:moderator", "Mirjam de Vries", "Gemeente Neder-Betuwe");

    public static Actor Participant(int number = 1, string organisation = "Welzijn Rivierenland") =>
        new($"29:participant-{number}", $"Deelnemer {number}", organisation);

    public static Traject Traject(string id = "t-1", ChannelRef? largeGroupChannel = null) =>
        WorkshopBot.Domain.Trajecten.Traject
            .Create(id, "Eenzaamheid 2026", "Neder-Betuwe", "Eenzaamheid", "tenant-1", largeGroupChannel, Moderator, Now)
            .Ok();

    public static Werkgroep Werkgroep(string id = "w-1", string trajectId = "t-1", string? conversationId = null) =>
        WorkshopBot.Domain.Werkgroepen.Werkgroep
            .Start(Traject(trajectId), id, "Werkgroep ontmoeting", new ConversationBinding(conversationId ?? $"19:meeting_{id}@thread.v2", ConversationKind.Meeting), Moderator, Now)
            .Ok();

    public static Werkgroep WithOpenStep(this Werkgroep werkgroep, int step) =>
        werkgroep.OpenStep(Moderator, step, Now).Ok();

    // Members join by acting. Setting one's own organisation to the one they bring is the smallest such act,
    // for tests that need a member and nothing else.
    public static DomainResult<Change<Werkgroep>> Join(this Werkgroep werkgroep, Actor actor, DateTimeOffset now) =>
        werkgroep.SetOrganisation(actor, actor.UserId, actor.Organisation, now);

    // The new aggregate of a change that must succeed.
    public static T Ok<T>(this DomainResult<Change<T>> result)
    {
        Assert.True(result.IsSuccess, $"Expected success but got '{result.Error?.Code}': {result.Error?.Message}");
        return result.Value.Aggregate;
    }
}

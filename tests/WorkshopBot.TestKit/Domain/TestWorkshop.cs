using WorkshopBot.Domain;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using Xunit;

namespace WorkshopBot.TestKit.Domain;

// Ready-made actors, trajecten and werkgroepen for tests.
public static class TestWorkshop
{
    public static DateTimeOffset Now { get; } = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(1));

    // Realistic, distinct ids as Teams sends them: the stable user id is the Entra object id (a GUID); the
    // Teams id is the user's MRI ("29:1…"). A test that mixes them up (lists object ids in refresh.userIds,
    // looks a member up by MRI) fails instead of passing by accident.
    public const string ModeratorObjectId = "5f0b3c2e-8a4d-4e61-9d2b-7c1a2e3f4b50";
    public const string ModeratorTeamsId = "29:1Mz8qR4tVxW2nB7kL0pHs5dYfGc3jUa9eTiO6wN1rQmXbE";

    public static Actor Moderator { get; } = new(ModeratorObjectId, "Mirjam de Vries", "Gemeente Neder-Betuwe", ModeratorTeamsId);

    public static Actor Participant(int number = 1, string organisation = "Welzijn Rivierenland") =>
        new(ParticipantObjectId(number), $"Deelnemer {number}", organisation, ParticipantTeamsId(number));

    public static string ParticipantObjectId(int number) =>
        $"0c6f4a1e-2b3d-4c5e-8f90-{number.ToString("D12", System.Globalization.CultureInfo.InvariantCulture)}";

    public static string ParticipantTeamsId(int number) =>
        $"29:1pT{number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)}kW8vXq2LmN5rB7sD3fH9gJ0cZ4yA6eU1iOzR";

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

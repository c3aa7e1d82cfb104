using System.Text.Json;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Privacy;
using Xunit;
using static WorkshopBot.Domain.Tests.Monitoring.MonitoringFixture;

namespace WorkshopBot.Domain.Tests.Monitoring;

// The right to be forgotten in step 6 (WerkgroepMonitoring.Privacy): owner rows and asks go, figures and
// texts stay under the pseudonym, names inside texts are replaced, and a second run changes nothing.
public sealed class MonitoringForgetTests
{
    private const string JanTeamsId = "29:1Yk2jan0Cd";

    private static readonly MonitoringPeriod Q3 = new(MonitoringFrequency.Quarterly, 2026, 3);

    private static WerkgroepMonitoring Cycle() => WerkgroepMonitoring.Empty("t-1", "w-1") with
    {
        Version = 4,
        Owners =
        [
            new DataOwner(Eenzaamheid.Id, Jan.UserId, Jan.DisplayName, Jan.Organisation, JanTeamsId, Q3.FirstDay, Now),
            new DataOwner(Ervaringen.Id, Fatima.UserId, Fatima.DisplayName, Fatima.Organisation, "29:1Zp9fatima0Ef", Q3.FirstDay, Now),
        ],
        Asks = [new DueAsk(Eenzaamheid.Id, Q3.Key, Jan.UserId, Now, Now, 2)],
        Measurements =
        [
            new Measurement { Id = "m-1", IndicatorId = Eenzaamheid.Id, Period = Q3, Value = 22m, EnteredById = Jan.UserId, EnteredByName = Jan.DisplayName, EnteredByOrganisation = Jan.Organisation, EnteredAt = Now, Note = "Telling door Jan Bakker" },
        ],
        Stories =
        [
            new Story { Id = "s-1", Text = "Een mantelzorger vond weer aansluiting.", Perspective = StoryPerspective.Professional, Period = Q3, IndicatorIds = [Ervaringen.Id], AddedById = Fatima.UserId, AddedByName = Fatima.DisplayName, AddedAt = Now },
        ],
        Reflections =
        [
            new Reflection { Id = "r-1", WhatWeSee = "Jan Bakker ziet minder eenzaamheid.", WhatItMeans = "De huiskamer werkt.", WhatWeChange = "Vaker open.", RecordedById = Marieke.UserId, RecordedByName = Marieke.DisplayName, RecordedAt = Now },
        ],
        Actions = [new ImprovementAction { Id = "a-1", ReflectionId = "r-1", Text = "Tweede ochtend", OwnerName = Jan.DisplayName, Due = new DateOnly(2027, 3, 1), CreatedAt = Now }],
    };

    [Fact]
    public void Forget_ByTeamsIdOnly_RemovesOwnershipAndAsksAndLeavesNoIdOrNameButKeepsTheFigures()
    {
        var cycle = Cycle();
        var person = new PersonIds([JanTeamsId]).With(cycle.KnownIdsOf(new PersonIds([JanTeamsId])));

        var change = cycle.Forget(person, [], Now.AddDays(1));

        var forgotten = change.Aggregate;
        var json = JsonSerializer.Serialize(forgotten);
        Assert.DoesNotContain(Jan.UserId, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(JanTeamsId, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Jan Bakker", json, StringComparison.Ordinal);
        Assert.Equal([Ervaringen.Id], forgotten.Owners.Select(o => o.IndicatorId));
        Assert.Empty(forgotten.Asks);
        Assert.Equal((22m, person.Pseudonym, "Welzijn Neder-Betuwe"), (forgotten.Measurements[0].Value, forgotten.Measurements[0].EnteredByName, forgotten.Measurements[0].EnteredByOrganisation));
        Assert.Equal(person.Pseudonym + " ziet minder eenzaamheid.", forgotten.Reflections[0].WhatWeSee);
        Assert.Equal(person.Pseudonym, forgotten.Actions[0].OwnerName);
        Assert.Equal(Fatima.DisplayName, forgotten.Stories[0].AddedByName);
        var e = Assert.Single(change.Events);
        Assert.Equal((WorkshopEventKinds.PersonForgotten, SystemActors.Operator.UserId, 5), (e.Kind, e.ActorId, forgotten.Version));
        Assert.DoesNotContain(Jan.UserId, e.Details, StringComparison.Ordinal);

        Assert.False(forgotten.Forget(person, [Jan.DisplayName], Now.AddDays(2)).HasChanges);
    }

    [Fact]
    public void Forget_SomeoneNotInTheCycle_ChangesNothing()
    {
        var change = Cycle().Forget(new PersonIds([Outsider.UserId]), [Outsider.DisplayName], Now);

        Assert.False(change.HasChanges);
        Assert.Empty(change.Events);
    }
}

using System.Text.Json.Nodes;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.IntegrationTests.RealHost;

// What the monitoring tests on the real host start from: the definitions the workshop made in steps 3 and 5
// (a quarterly indicator with an owner organisation, and an activity), and a data owner's personal chat.
internal static class MonitoringSeed
{
    public const string IndicatorId = "ind-eenzaam";

    public static Task DefinitionsAsync(HostBench bench, string werkgroepId, CancellationToken cancellationToken) =>
        bench.Workshops.UpdateWerkgroepAsync(
            werkgroepId,
            (w, now) => new Change<Werkgroep>(
                w with
                {
                    Version = w.Version + 1,
                    Indicators =
                    [
                        new Indicator
                        {
                            Id = IndicatorId,
                            Name = "Inwoners die zich eenzaam voelen",
                            Frequency = "per kwartaal",
                            OwnerOrganisation = "Welzijn Neder-Betuwe",
                            Baseline = "24%",
                            Target = "18%",
                            Direction = IndicatorDirection.Down,
                            ExistingRegistration = ExistingRegistration.No,
                            Need = InformationNeed.NeedToKnow,
                        },
                    ],
                    Activities = [new PlannedActivity { Id = "act-koffie", What = "Koffieochtend in de bibliotheek" }],
                },
                [new WorkshopEvent(w.TrajectId, w.Id, w.Version + 1, "test-seed", "test", "test", now, "indicator and activity")]),
            cancellationToken);

    // The activity as Teams sends it from a 1:1 chat with the bot.
    public static JsonObject Personal(JsonObject activity)
    {
        activity["conversation"]!["conversationType"] = "personal";
        activity["conversation"]!["isGroup"] = false;
        return activity;
    }
}

using WorkshopBot.Application.Projections;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Cards.Tests;

// A werkgroep with a quarterly indicator owned by a partner, two values (one corrected), a story linked to
// the indicator and one linked only to its result, and a reflection with two improvement actions (one owned
// by the partner, one by someone outside, marked done), as the monitoring cards show it on Monday 14 December 2026.
internal static class SampleMonitoring
{
    public static readonly DateTimeOffset Now = new(2026, 12, 14, 9, 0, 0, TimeSpan.Zero);

    private static readonly Indicator Eenzaamheid = new()
    {
        Id = "ind-eenzaam",
        Name = "Inwoners die zich eenzaam voelen <script>",
        Definition = "Aandeel inwoners van 18+ dat zich (zeer) eenzaam voelt",
        ResultId = "res-ontmoeting",
        Frequency = "per kwartaal",
        OwnerOrganisation = "Welzijn Neder-Betuwe",
        ExistingRegistration = ExistingRegistration.No,
        Need = InformationNeed.NeedToKnow,
        Baseline = "24%",
        Target = "18%",
        Direction = IndicatorDirection.Down,
    };

    private static readonly Indicator Wachttijd = new()
    {
        Id = "ind-wacht",
        Name = "Wachttijd cliëntondersteuning",
        Frequency = "per maand",
        OwnerOrganisation = "MEE cliëntondersteuning",
        Need = InformationNeed.NeedToKnow,
    };

    public static Werkgroep Werkgroep()
    {
        var owner = TestWorkshop.Participant(1, "Welzijn Neder-Betuwe");
        return TestWorkshop.Werkgroep().Join(owner, TestWorkshop.Now).Ok() with
        {
            Results = [new Result { Id = "res-ontmoeting", Statement = "Inwoners ontmoeten elkaar <b>vaker</b>" }],
            Indicators = [Eenzaamheid, Wachttijd],
            Activities = [new PlannedActivity { Id = "act-koffie", What = "Koffieochtend in de bibliotheek" }],
        };
    }

    public static MonitoringView View()
    {
        var werkgroep = Werkgroep();
        var scope = MonitoringScope.Of(werkgroep);
        var owner = TestWorkshop.Participant(1, "Welzijn Neder-Betuwe");
        var monitoring = WerkgroepMonitoring.Empty(werkgroep.TrajectId, werkgroep.Id)
            .AssignDataOwner(scope, TestWorkshop.Moderator, Eenzaamheid.Id, owner.UserId, new DateOnly(2026, 1, 1), Now).Ok()
            .RecordMeasurement(scope, owner, "m-1", Eenzaamheid.Id, "2026-Q1", new(23m, null, null, "Monitor", null), Now).Ok()
            .RecordMeasurement(scope, owner, "m-2", Eenzaamheid.Id, "2026-Q1", new(22m, null, null, "Monitor", "telfout"), Now).Ok()
            .AddStory(scope, owner, "s-1", new("Een vrijwilliger ziet nieuwe gezichten.", StoryPerspective.Vrijwilliger, "2026-Q2", null, [Eenzaamheid.Id], [], false, false), Now).Ok()
            .AddStory(scope, owner, "s-2", new("Buren nemen elkaar mee naar de soos.", StoryPerspective.Inwoner, "2026-Q3", null, [], ["res-ontmoeting"], false, false), Now).Ok()
            .RecordReflection(
                scope,
                TestWorkshop.Moderator,
                "rf-1",
                "2026-Q3",
                "Minder eenzaamheid.",
                "",
                "",
                [
                    new("Koffieochtend ook op zaterdag", ["act-koffie"], "", new DateOnly(2027, 3, 1), owner.UserId),
                    new("Folder bij de huisarts", ["act-koffie"], "Piet de Buurtcoach", new DateOnly(2027, 2, 1)),
                ],
                Now).Ok()
            .MarkActionDone(scope, TestWorkshop.Moderator, "rf-1-a2", Now).Ok();
        return MonitoringProjection.Of(werkgroep, monitoring, Now);
    }

    public static DueCardView Due(bool fraction = false) => new(
        "w-1",
        "Werkgroep ontmoeting",
        Eenzaamheid.Id,
        Eenzaamheid.Name,
        Eenzaamheid.Definition,
        Eenzaamheid.Baseline,
        Eenzaamheid.Target,
        "Gezondheidsmonitor",
        fraction,
        [new(MonitoringFrequency.Quarterly, 2026, 2), new(MonitoringFrequency.Quarterly, 2026, 3)]);

    public static string OwnerId => TestWorkshop.Participant(1, "Welzijn Neder-Betuwe").UserId;

    public static StoryFormView StoryForm() => new(
        "w-1",
        [new("res-ontmoeting", "Inwoners ontmoeten elkaar vaker")],
        [new(Eenzaamheid.Id, Eenzaamheid.Name), new(Wachttijd.Id, Wachttijd.Name)]);

    public static ReflectionFormView ReflectionForm() => new(
        "w-1",
        View(),
        [new("act-koffie", "Koffieochtend in de bibliotheek")],
        [new(OwnerId, "Deelnemer 1 (Welzijn Neder-Betuwe)")]);
}

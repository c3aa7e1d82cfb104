using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Monitoring;

// A werkgroep in Neder-Betuwe with one moderator, two partners and three indicators.
internal static class MonitoringFixture
{
    public static readonly Actor Marieke = new("6f1c2a4e-1b7d-4c55-9a61-0d2b3c4d5e01", "Marieke de Vries", "Gemeente Neder-Betuwe");
    public static readonly Actor Jan = new("0b9e8d7c-2a3b-4c5d-8e9f-1a2b3c4d5e02", "Jan Bakker", "Welzijn Neder-Betuwe");
    public static readonly Actor Fatima = new("c3d4e5f6-7a8b-4c9d-9e0f-1a2b3c4d5e03", "Fatima El Amrani", "MEE cliëntondersteuning");
    public static readonly Actor Outsider = new("d4e5f6a7-8b9c-4d0e-8f1a-2b3c4d5e6f04", "Iemand Anders");

    // Monday 14 December 2026, 10:00 in Amsterdam.
    public static readonly DateTimeOffset Now = new(2026, 12, 14, 9, 0, 0, TimeSpan.Zero);

    public static readonly Indicator Eenzaamheid = new()
    {
        Id = "i-eenzaam",
        Name = "Inwoners die zich eenzaam voelen",
        Frequency = "per kwartaal",
        OwnerOrganisation = "Welzijn Neder-Betuwe",
        ExistingRegistration = ExistingRegistration.No,
        Need = InformationNeed.NeedToKnow,
        Baseline = "24%",
        Target = "18%",
        Direction = IndicatorDirection.Down,
    };

    public static readonly Indicator Bereik = new()
    {
        Id = "i-bereik",
        Name = "Bereik ontmoetingsplekken",
        Frequency = "per maand",
        OwnerOrganisation = "Welzijn Neder-Betuwe",
        ExistingRegistration = ExistingRegistration.Yes,
        Need = InformationNeed.NeedToKnow,
    };

    public static readonly Indicator Ervaringen = new()
    {
        Id = "i-verhalen",
        Name = "Ervaringen van mantelzorgers",
        IndicatorKind = IndicatorKind.Vertellen,
        Frequency = "per half jaar",
        OwnerOrganisation = "MEE cliëntondersteuning",
        ExistingRegistration = ExistingRegistration.No,
        Need = InformationNeed.NiceToKnow,
    };

    public static MonitoringScope Scope { get; } = new(
        new HashSet<string> { Marieke.UserId },
        new Dictionary<string, Member>
        {
            [Marieke.UserId] = new(Marieke.UserId, Marieke.DisplayName, Marieke.Organisation, "#000", Now, "29:1Xq7marieke0Ab"),
            [Jan.UserId] = new(Jan.UserId, Jan.DisplayName, Jan.Organisation, "#111", Now, "29:1Yk2jan0Cd"),
            [Fatima.UserId] = new(Fatima.UserId, Fatima.DisplayName, Fatima.Organisation, "#222", Now, "29:1Zp9fatima0Ef"),
        },
        new Dictionary<string, Indicator> { [Eenzaamheid.Id] = Eenzaamheid, [Bereik.Id] = Bereik, [Ervaringen.Id] = Ervaringen },
        new HashSet<string> { "r-ontmoeting" },
        new HashSet<string> { "a-koffie", "a-buurtcoach" });

    public static WerkgroepMonitoring Empty => WerkgroepMonitoring.Empty("t-nb", "w-eenzaamheid");

    // Jan owns the quarterly indicator since 1 April 2026 (so Q2 and Q3 have ended by Now).
    public static WerkgroepMonitoring WithOwner() =>
        Empty.AssignDataOwner(Scope, Marieke, Eenzaamheid.Id, Jan.UserId, new DateOnly(2026, 4, 1), Now).Ok();

    public static string Code<T>(this DomainResult<T> result)
    {
        Assert.False(result.IsSuccess);
        return result.Error!.Code;
    }
}

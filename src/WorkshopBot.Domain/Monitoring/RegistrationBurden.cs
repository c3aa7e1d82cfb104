using WorkshopBot.Domain.Items;

namespace WorkshopBot.Domain.Monitoring;

// The registration burden of the monitoring, per partner organisation: which indicators it delivers,
// whether each is already registered (no extra work) or asks a new registration, and how many new
// registrations a year that means (the frequency's periods per year; an unrecognised frequency counts
// as once a year). Neder-Betuwe's demand: no extra registration without need, so every overview can be
// limited to need-to-know indicators.
public static class RegistrationBurden
{
    public static IReadOnlyList<OrganisationBurden> Of(IEnumerable<Indicator> indicators, IReadOnlyList<DataOwner> owners, NeedFilter filter)
    {
        var lines = indicators
            .Where(i => filter == NeedFilter.All || i.Need == InformationNeed.NeedToKnow)
            .Select(i =>
            {
                var owner = owners.FirstOrDefault(o => o.IndicatorId == i.Id);
                var frequency = MonitoringFrequencies.Parse(i.Frequency);
                return new BurdenLine(
                    i.Id,
                    i.Name,
                    owner?.Organisation ?? i.OwnerOrganisation ?? "",
                    owner?.Name,
                    i.ExistingRegistration,
                    frequency,
                    i.Need,
                    i.ExistingRegistration == ExistingRegistration.Yes ? 0 : frequency?.PeriodsPerYear() ?? 1);
            });

        return [.. lines
            .GroupBy(l => l.Organisation, StringComparer.OrdinalIgnoreCase)
            .Select(g => new OrganisationBurden(
                g.First().Organisation,
                [.. g.OrderBy(l => l.IndicatorName, StringComparer.CurrentCulture)],
                g.Count(l => l.ExistingRegistration != ExistingRegistration.Yes),
                g.Sum(l => l.NewRegistrationsPerYear)))
            .OrderByDescending(o => o.NewRegistrationsPerYear)
            .ThenBy(o => o.Organisation, StringComparer.CurrentCulture)];
    }
}

public enum NeedFilter
{
    All,
    NeedToKnowOnly,
}

// One indicator in the overview. NewRegistrationsPerYear is 0 when it is already registered; an unknown
// answer counts as new (it must be asked, not assumed away).
public sealed record BurdenLine(
    string IndicatorId,
    string IndicatorName,
    string Organisation,
    string? OwnerName,
    ExistingRegistration ExistingRegistration,
    MonitoringFrequency? Frequency,
    InformationNeed? Need,
    int NewRegistrationsPerYear);

public sealed record OrganisationBurden(string Organisation, IReadOnlyList<BurdenLine> Lines, int NewRegistrations, int NewRegistrationsPerYear);

using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Domain.Monitoring;

// What the monitoring rules need to know of the werkgroep, taken from its stored state (never from card
// data): who moderates, who is a member (a partner), and which indicators, results and activities exist.
public sealed record MonitoringScope(
    IReadOnlySet<string> ModeratorIds,
    IReadOnlyDictionary<string, Member> Members,
    IReadOnlyDictionary<string, Indicator> Indicators,
    IReadOnlySet<string> ResultIds,
    IReadOnlySet<string> ActivityIds)
{
    public static MonitoringScope Of(Werkgroep werkgroep) => new(
        werkgroep.Moderators.Select(m => m.UserId).ToHashSet(StringComparer.Ordinal),
        werkgroep.Members.ToDictionary(m => m.UserId, StringComparer.Ordinal),
        werkgroep.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal),
        werkgroep.Results.Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
        werkgroep.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal));

    public bool IsModerator(string userId) => ModeratorIds.Contains(userId);

    public bool IsPartner(string userId) => IsModerator(userId) || Members.ContainsKey(userId);
}

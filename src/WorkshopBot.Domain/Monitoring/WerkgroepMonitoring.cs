using WorkshopBot.Domain.Audit;

namespace WorkshopBot.Domain.Monitoring;

// The improvement cycle (step 6) of one werkgroep: data owners, measurements, stories, reflections and
// improvement actions. Its own aggregate, stored apart from the werkgroep (IMonitoringStore), because it
// grows with every period long after the workshop and must not contend with the board's writes. Roles
// and the indicators come from the werkgroep's stored state (MonitoringScope), never from card data.
// Every operation that carries a caller-made id does nothing the second time (a redelivered card).
public sealed partial record WerkgroepMonitoring
{
    public const int TextMaxLength = 2_000;
    public const int ShortTextMaxLength = 200;
    public const int MaxMeasurements = 5_000;
    public const int MaxStories = 2_000;

    public string WerkgroepId { get; init; } = "";

    public string TrajectId { get; init; } = "";

    public IReadOnlyList<DataOwner> Owners { get; init; } = [];

    public IReadOnlyList<Measurement> Measurements { get; init; } = [];

    public IReadOnlyList<Story> Stories { get; init; } = [];

    public IReadOnlyList<Reflection> Reflections { get; init; } = [];

    public IReadOnlyList<ImprovementAction> Actions { get; init; } = [];

    public IReadOnlyList<DueAsk> Asks { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }

    public int Version { get; init; }

    public static WerkgroepMonitoring Empty(string trajectId, string werkgroepId) => new() { TrajectId = trajectId, WerkgroepId = werkgroepId };

    public DataOwner? OwnerOf(string indicatorId) => Owners.FirstOrDefault(o => o.IndicatorId == indicatorId);

    public Measurement? Current(string indicatorId, string periodKey) =>
        Measurements.FirstOrDefault(m => m.IndicatorId == indicatorId && m.Period.Key == periodKey && m.IsCurrent);

    // Every measurement of the period, the current one last.
    public IReadOnlyList<Measurement> History(string indicatorId, string periodKey) =>
        [.. Measurements.Where(m => m.IndicatorId == indicatorId && m.Period.Key == periodKey).OrderBy(m => m.EnteredAt).ThenBy(m => m.IsCurrent)];

    public IReadOnlyList<Measurement> CurrentMeasurements(string indicatorId) =>
        [.. Measurements.Where(m => m.IndicatorId == indicatorId && m.IsCurrent).OrderBy(m => m.Period.FirstDay)];

    private Change<WerkgroepMonitoring> Changed(WerkgroepMonitoring next, Actor actor, DateTimeOffset now, params (string Kind, string Details)[] events)
    {
        int sequence = Version + 1;
        var saved = next with { Version = sequence, UpdatedAt = now };
        return new Change<WerkgroepMonitoring>(
            saved,
            [.. events.Select(e => new WorkshopEvent(TrajectId, WerkgroepId, sequence, e.Kind, actor.UserId, actor.DisplayName, now, e.Details))]);
    }

    private static DomainError Invalid(string code, string message) => new(code, message);
}

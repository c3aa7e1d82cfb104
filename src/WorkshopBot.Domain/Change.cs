using WorkshopBot.Domain.Audit;

namespace WorkshopBot.Domain;

// The outcome of a successful state change: the new aggregate and the audit events it emitted.
// No events means nothing changed (e.g. a redelivered AddNote with a known note id); callers skip saving.
public sealed record Change<T>(T Aggregate, IReadOnlyList<WorkshopEvent> Events)
{
    public bool HasChanges => Events.Count > 0;

    public static Change<T> Unchanged(T aggregate) => new(aggregate, []);
}

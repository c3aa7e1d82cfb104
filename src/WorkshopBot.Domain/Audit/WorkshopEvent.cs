namespace WorkshopBot.Domain.Audit;

// One audit entry. Sequence is the aggregate version the change produced; several events of one change
// share it. Details is short and never repeats note text.
public sealed record WorkshopEvent(
    string TrajectId,
    string AggregateId,
    int Sequence,
    string Kind,
    string ActorId,
    string ActorName,
    DateTimeOffset At,
    string Details);

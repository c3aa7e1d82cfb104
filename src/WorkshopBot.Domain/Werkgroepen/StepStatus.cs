namespace WorkshopBot.Domain.Werkgroepen;

// Closed: not (yet) open for notes. Open: notes welcome. Locked: agreed, frozen for everything but reading.
public enum StepStatus
{
    Closed,
    Open,
    Locked,
}

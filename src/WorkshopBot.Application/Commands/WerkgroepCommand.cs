namespace WorkshopBot.Application.Commands;

// A change to one werkgroep, from any surface: a card's Action.Execute, a dialog submit, the board's
// JSON or a typed chat command. CardWerkgroepId is the werkgroep the card or page was showing; the
// pipeline refuses the command when it is not the werkgroep it is bound to (a foreign or stale card).
// CardStep is the step the card showed, so the answer shows that step again.
public abstract record WerkgroepCommand
{
    public string? CardWerkgroepId { get; init; }

    public int? CardStep { get; init; }
}

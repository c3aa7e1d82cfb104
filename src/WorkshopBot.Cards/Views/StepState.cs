namespace WorkshopBot.Cards.Views;

// Locked: closed and kept closed (e.g. after the group agreed); only a moderator can reopen it.
public enum StepState
{
    Open,
    Closed,
    Locked,
}

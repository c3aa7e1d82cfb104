using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Application.Werkgroepen;

// Everything a command needs besides its own data. OperationKey is deterministic per delivered activity
// or idempotency key, so ids made from it repeat on a redelivery and the domain treats the retry as done.
// AnnounceIn is the conversation where a started timer is announced (the card's thread); without it the
// werkgroep's own conversation.
public sealed record CommandContext(Caller Caller, WerkgroepTarget Target, string OperationKey, Language Language)
{
    public string? AnnounceIn { get; init; }
}

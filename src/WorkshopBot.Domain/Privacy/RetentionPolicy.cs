namespace WorkshopBot.Domain.Privacy;

// How long personal data outside the werkgroepen is kept (docs/privacy.md). Configurable in the
// "Retention" section of the host and with the CLI's purge options; these are the defaults.
// - ProcessedActivities: the dedupe rows with the stored invoke answers (cards with names); Teams
//   redelivers within minutes, so a week is plenty.
// - ConversationReferences: where the bot may post; a conversation silent this long is forgotten, and
//   the next activity in it stores it again.
// - AuditDetails: after this, audit events keep their kind and time but lose the actor's name and the
//   details, and the actor id becomes its pseudonym.
public sealed record RetentionPolicy
{
    public const string Section = "Retention";

    public TimeSpan ProcessedActivities { get; init; } = TimeSpan.FromDays(7);

    public TimeSpan ConversationReferences { get; init; } = TimeSpan.FromDays(180);

    public TimeSpan AuditDetails { get; init; } = TimeSpan.FromDays(730);

    public int MaxRowsPerKind { get; init; } = 5_000;
}

public sealed record RetentionReport(int ProcessedActivitiesDeleted, int ConversationReferencesDeleted, int AuditEventsBlanked);

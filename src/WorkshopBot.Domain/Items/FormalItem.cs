namespace WorkshopBot.Domain.Items;

// What results, indicators, activities and quality agreements share: identity, status, the optimistic
// ItemVersion a card sends back when it edits, and the note it was promoted from.
public abstract record FormalItem
{
    public string Id { get; init; } = "";

    public ItemStatus Status { get; init; } = ItemStatus.Concept;

    public int ItemVersion { get; init; } = 1;

    public string? SourceNoteId { get; init; }

    public string CreatedById { get; init; } = "";

    public string CreatedByName { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? VastgesteldAt { get; init; }

    public abstract FormalItemKind Kind { get; }

    // The compass step the item belongs to; a locked step freezes its items.
    public abstract int CompassStep { get; }

    // Names (camelCase, as the draft properties) of the definition-sheet fields that are still empty.
    public abstract IReadOnlyList<string> MissingFields();
}

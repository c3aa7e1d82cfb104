namespace WorkshopBot.Domain.Summaries;

// One line of "what changed since the last version": Label is the item's own text (statement, name).
public sealed record SummaryChange(SummaryItemKind Item, SummaryChangeKind Change, string Label);

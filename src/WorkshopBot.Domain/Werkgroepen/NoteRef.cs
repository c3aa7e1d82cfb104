using WorkshopBot.Domain.Items;

namespace WorkshopBot.Domain.Werkgroepen;

// Which formal item a note was promoted to.
public sealed record NoteRef(FormalItemKind Kind, string ItemId);

using WorkshopBot.Domain.Items;

namespace WorkshopBot.Application.Werkgroepen;

public sealed record ItemRef(FormalItemKind Kind, string Id);

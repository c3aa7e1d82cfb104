using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Projections;

// Who proposed an item, with the organisation they have now (as notes are coloured by it).
public sealed record PersonProjection(string Name, string? Organisation)
{
    public static PersonProjection? ProposerOf(Werkgroep werkgroep, FormalItem item) =>
        string.IsNullOrEmpty(item.CreatedByName)
            ? null
            : new PersonProjection(item.CreatedByName, werkgroep.FindMember(item.CreatedById)?.Organisation);
}

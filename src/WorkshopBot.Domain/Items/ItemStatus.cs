namespace WorkshopBot.Domain.Items;

// Concept: still being formulated. Vastgesteld: accepted by the moderator on behalf of the group.
// Geparkeerd: set aside by the moderator to come back to; kept with its links, not deleted (Werkgroep.Parking).
public enum ItemStatus
{
    Concept,
    Vastgesteld,
    Geparkeerd,
}

namespace WorkshopBot.Domain.Items;

// Concept: still being formulated. Vastgesteld: accepted by the moderator on behalf of the group.
public enum ItemStatus
{
    Concept,
    Vastgesteld,
}

namespace WorkshopBot.Domain.Items;

// Step 4 quality conditions.
public enum ConditionKind
{
    Training,
    Methode,
    Kennis,
    Organisatie,
}

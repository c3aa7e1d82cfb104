namespace WorkshopBot.Domain.Items;

public enum Formality
{
    Formal,
    Informal,
}

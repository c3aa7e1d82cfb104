namespace WorkshopBot.Domain.Items;

public enum InformationNeed
{
    NeedToKnow,
    NiceToKnow,
}

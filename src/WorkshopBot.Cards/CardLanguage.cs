namespace WorkshopBot.Cards;

public enum CardLanguage
{
    Dutch = 0,
    English = 1,
}

namespace WorkshopBot.Cards.Localization;

public sealed record HelpCommand(string Command, string Explanation);

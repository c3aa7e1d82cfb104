namespace WorkshopBot.Coaching.Text;

internal sealed record Phrase(string Entry, TokenPattern[] Parts);

namespace WorkshopBot.Coaching.Rules;

internal readonly record struct Span(int Start, int End);

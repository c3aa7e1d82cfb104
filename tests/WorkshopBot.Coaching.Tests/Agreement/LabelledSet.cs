namespace WorkshopBot.Coaching.Tests.Agreement;

public sealed record LabelledSet(string Id, int Step, IReadOnlyList<string> Indicators, IReadOnlyDictionary<string, string> Expected);

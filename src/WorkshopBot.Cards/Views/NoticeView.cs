namespace WorkshopBot.Cards.Views;

public sealed record NoticeView(NoticeSeverity Severity, string Message, string? Title = null, string? LinkTitle = null, string? LinkUrl = null);

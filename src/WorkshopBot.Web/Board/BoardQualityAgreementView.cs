namespace WorkshopBot.Web.Board;

public sealed record BoardQualityAgreementView(string Id, string Condition, string Description, string? Owner);

namespace WorkshopBot.Cards.Views;

public sealed record WerkgroepLineView(string WerkgroepId, string Name, int? CurrentStep, StepState? CurrentStepState, int MemberCount, string? BoardUrl);

using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Cards.Views;

public sealed record WerkgroepLineView(string WerkgroepId, string Name, int? CurrentStep, StepStatus? CurrentStepState, int MemberCount, string? BoardUrl);

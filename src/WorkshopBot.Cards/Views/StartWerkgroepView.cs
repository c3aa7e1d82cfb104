namespace WorkshopBot.Cards.Views;

public sealed record StartWerkgroepView(IReadOnlyList<TrajectOption> Trajects, string? SelectedTrajectId = null, string? WerkgroepName = null, string? Organisation = null, string? Error = null);

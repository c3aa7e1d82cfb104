namespace WorkshopBot.Cards.Views;

// A werkgroep on the traject overview with the step it is at now.
public sealed record TrajectWerkgroepView(string Name, int CurrentStep);

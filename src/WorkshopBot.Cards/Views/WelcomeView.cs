namespace WorkshopBot.Cards.Views;

// InChannel: the traject form only makes sense in a team channel (the large group lives there).
public sealed record WelcomeView(bool InChannel, string? UserName = null);

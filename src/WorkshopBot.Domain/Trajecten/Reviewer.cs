namespace WorkshopBot.Domain.Trajecten;

// A partner in the large group who reviews summaries (akkoord / vraag / bezwaar).
public sealed record Reviewer(string UserId, string Name, string? Organisation)
{
    // How the bot names a reviewer to the moderator: "Name (Organisation)", the way Teams shows partners.
    public string NameWithOrganisation() => Organisation is { } organisation ? $"{Name} ({organisation})" : Name;
}

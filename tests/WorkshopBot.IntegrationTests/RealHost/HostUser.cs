namespace WorkshopBot.IntegrationTests.RealHost;

// A Teams user: the "29:" id, display name and Entra object id (the bot's user key).
internal sealed record HostUser(string Id, string Name, string AadObjectId);

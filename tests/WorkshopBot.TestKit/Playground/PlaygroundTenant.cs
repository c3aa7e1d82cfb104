namespace WorkshopBot.TestKit.Playground;

// The mock tenant as GET /_internal/v1/testConfig reports it (the loaded .m365agentsplayground.yml).
public sealed record PlaygroundTenant(
    string TenantId,
    PlaygroundBotAccount Bot,
    PlaygroundUser CurrentUser,
    IReadOnlyList<PlaygroundUser> Users,
    string PersonalChatId,
    IReadOnlyList<PlaygroundGroupChat> GroupChats,
    IReadOnlyList<PlaygroundTeam> Teams,
    string Locale)
{
    public PlaygroundGroupChat GroupChat => GroupChats[0];

    public PlaygroundTeam Team => Teams[0];

    public IReadOnlyList<PlaygroundUser> AllUsers => [CurrentUser, .. Users];

    // Finds a user by the start of the display name, e.g. "Sanne" or "Pieter Bakker".
    public PlaygroundUser UserNamed(string namePrefix) =>
        AllUsers.FirstOrDefault(u => u.Name.StartsWith(namePrefix, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No Playground user whose name starts with '{namePrefix}'.", nameof(namePrefix));

    public PlaygroundUser User(string id) =>
        AllUsers.FirstOrDefault(u => u.Id == id)
        ?? throw new ArgumentException($"No Playground user with id '{id}'.", nameof(id));
}

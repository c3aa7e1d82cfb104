namespace WorkshopBot.BotProtocol.Schema;

// installationUpdate.action values; Teams adds "-upgrade" variants when an app is updated.
public static class InstallationActions
{
    public const string Add = "add";
    public const string Remove = "remove";
    public const string AddUpgrade = "add-upgrade";
    public const string RemoveUpgrade = "remove-upgrade";
}

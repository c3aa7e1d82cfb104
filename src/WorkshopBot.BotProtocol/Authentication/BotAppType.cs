namespace WorkshopBot.BotProtocol.Authentication;

// Values of the MicrosoftAppType configuration key, as in the Bot Framework templates.
public enum BotAppType
{
    SingleTenant,
    MultiTenant,
    UserAssignedMSI,
}

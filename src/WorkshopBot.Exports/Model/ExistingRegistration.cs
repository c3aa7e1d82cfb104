namespace WorkshopBot.Exports.Model;

// Whether a partner already registers this; "No" means extra registration burden.
public enum ExistingRegistration
{
    Unknown,
    Yes,
    No,
}

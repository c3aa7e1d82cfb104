namespace WorkshopBot.Domain.Items;

// Whether partners already register this; a new registration costs them time.
public enum ExistingRegistration
{
    Unknown,
    Yes,
    No,
}

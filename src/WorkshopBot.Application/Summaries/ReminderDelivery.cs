namespace WorkshopBot.Application.Summaries;

public enum ReminderDelivery
{
    Delivered,

    // Teams will never deliver to this user (app not installed, bot blocked): stop reminding them.
    Unreachable,

    // Not delivered this time (the host logged why); the reminder stays claimed.
    Failed,
}

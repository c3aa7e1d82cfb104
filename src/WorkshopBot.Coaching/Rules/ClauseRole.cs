namespace WorkshopBot.Coaching.Rules;

internal enum ClauseRole
{
    Main,
    Means,
    Purpose,
}

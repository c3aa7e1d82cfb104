namespace WorkshopBot.Coaching.Rules;

internal enum ClauseRole
{
    Main,
    Means,
    Purpose,

    // Round 9: the first part of "context; result" ("Bij het Taalcafé oefenen statushouders Nederlands; over twee jaar …").
    Context,
}

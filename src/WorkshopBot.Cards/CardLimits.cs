namespace WorkshopBot.Cards;

public static class CardLimits
{
    // Teams runs refresh automatically for at most 60 listed users.
    public const int MaxRefreshUserIds = 60;

    // A bot message may be about 100 KB; we promise the integrator < 80 KB per card.
    public const int MaxCardBytes = 80_000;

    // What builders aim for, leaving room for the activity envelope around the card.
    public const int TargetCardBytes = 72_000;

    public const int MaxNoteLength = 500;

    public const int MaxNewNotesInputLength = 5_000;
}

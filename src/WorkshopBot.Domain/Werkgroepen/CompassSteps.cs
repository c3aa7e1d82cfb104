namespace WorkshopBot.Domain.Werkgroepen;

// The six steps of Movisie's Kwaliteitskompas with their Dutch names (domain terms, kept in Dutch).
public static class CompassSteps
{
    // Where a werkgroep without a current step starts: step 3 (activiteiten) is where most sessions begin.
    public const int DefaultStep = 3;
    public const int First = 1;
    public const int Last = 6;

    public static IReadOnlyList<int> All { get; } = [1, 2, 3, 4, 5, 6];

    public static bool IsValid(int step) => step is >= First and <= Last;

    public static string DutchName(int step) => step switch
    {
        1 => "Monitoring & ambities",
        2 => "Maatschappelijk resultaat",
        3 => "Activiteiten",
        4 => "Input / kwaliteit",
        5 => "Outcome",
        6 => "Verbetercyclus",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "The compass has steps 1 to 6."),
    };
}

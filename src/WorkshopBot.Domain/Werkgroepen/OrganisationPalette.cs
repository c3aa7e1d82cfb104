namespace WorkshopBot.Domain.Werkgroepen;

// Sticky-note colours by organisation. The colour must be the same on every server and after every
// restart, so it comes from a fixed hash (FNV-1a) of the normalised name, not string.GetHashCode.
public static class OrganisationPalette
{
    public const string Unknown = "#E1DFDD";

    // Light pastel backgrounds that keep dark text readable (contrast ≥ 7:1 with #242424).
    public static IReadOnlyList<string> Colours { get; } =
    [
        "#FFF4B3", "#C7E9F9", "#D8F0C8", "#FBD3D3", "#E5D8F5", "#FFDDB8",
        "#C9F0EA", "#F5D5EC", "#E0E9C4", "#D4DEF7", "#F2E2C4", "#CDEFD9",
    ];

    public static string ColourFor(string? organisation)
    {
        if (string.IsNullOrWhiteSpace(organisation))
        {
            return Unknown;
        }

        uint hash = 2166136261;
        foreach (char c in organisation.Trim().ToUpperInvariant())
        {
            hash = (hash ^ c) * 16777619;
        }

        return Colours[(int)(hash % (uint)Colours.Count)];
    }
}

namespace WorkshopBot.Application.Identity;

// Teams shows people from partner organisations as "Name (Organisation)". Until someone tells the
// bot their organisation, that suffix is the best source for colouring their notes.
public static class DisplayNames
{
    private static readonly string[] NotAnOrganisation = ["guest", "gast", "extern", "external"];

    public static string? Organisation(string? displayName)
    {
        var name = displayName?.Trim() ?? "";
        var open = name.LastIndexOf('(');
        if (open <= 0 || !name.EndsWith(')'))
        {
            return null;
        }

        var organisation = name[(open + 1)..^1].Trim();
        return organisation.Length == 0 || NotAnOrganisation.Contains(organisation, StringComparer.OrdinalIgnoreCase)
            ? null
            : organisation;
    }
}

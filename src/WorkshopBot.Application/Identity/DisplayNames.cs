namespace WorkshopBot.Application.Identity;

// Teams shows people from partner organisations as "Name (Organisation)". Until someone tells the
// bot their organisation, that suffix is the best source for colouring their notes. The bot keeps the
// two apart (Split) wherever a Teams name comes in, so every surface that shows "name (organisation)"
// shows the organisation once.
public static class DisplayNames
{
    private static readonly string[] NotAnOrganisation = ["guest", "gast", "extern", "external"];

    public static string? Organisation(string? displayName) => Split(displayName).Organisation;

    // "Fatma Yilmaz (GGD Gelderland-Zuid)" -> ("Fatma Yilmaz", "GGD Gelderland-Zuid"). A suffix that is
    // no organisation ("(Gast)") stays part of the name.
    public static PersonName Split(string? displayName)
    {
        var name = displayName?.Trim() ?? "";
        var open = name.LastIndexOf('(');
        if (open <= 0 || !name.EndsWith(')'))
        {
            return new PersonName(name, null);
        }

        var organisation = name[(open + 1)..^1].Trim();
        return organisation.Length == 0 || NotAnOrganisation.Contains(organisation, StringComparer.OrdinalIgnoreCase)
            ? new PersonName(name, null)
            : new PersonName(name[..open].TrimEnd(), organisation);
    }
}

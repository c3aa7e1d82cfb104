using WorkshopBot.Application.Identity;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Application.Summaries;

// Which organisation a member of the large group speaks for, so "which partners have not responded"
// covers everyone on the roster. In order: what the person told the bot in a werkgroep
// ("organisatie …"), the "Name (Organisation)" suffix Teams shows, and the organisation a colleague
// with the same mail domain shows. A mail domain is no organisation: it only links colleagues, is never
// shown, and a public mail service (gmail.com) links no one. Unknown stays unknown (null).
public static class ReviewerOrganisations
{
    private const string GuestMarker = "#EXT#";
    private const string MicrosoftTenantSuffix = ".onmicrosoft.com";

    private static readonly HashSet<string> PublicMailDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "outlook.nl", "hotmail.com", "hotmail.nl", "live.com", "live.nl",
        "msn.com", "icloud.com", "me.com", "yahoo.com", "proton.me", "protonmail.com", "ziggo.nl", "kpnmail.nl",
        "planet.nl", "home.nl", "xs4all.nl", "telfort.nl", "caiway.nl", "zeelandnet.nl",
    };

    // knownByUser: organisations people set themselves, by user id (Entra object id).
    public static IReadOnlyList<Reviewer> Reviewers(IReadOnlyList<RosterMember> members, IReadOnlyDictionary<string, string> knownByUser)
    {
        var byDomain = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in members)
        {
            if (DisplayNames.Organisation(member.Name) is { } shown && HomeDomain(member) is { } domain)
            {
                byDomain.TryAdd(domain, shown);
            }
        }

        var reviewers = new List<Reviewer>();
        foreach (var member in members)
        {
            var id = member.UserId;
            if (string.IsNullOrEmpty(id) || reviewers.Any(r => r.UserId == id))
            {
                continue;
            }

            var shown = DisplayNames.Split(member.Name);
            var organisation = knownByUser.GetValueOrDefault(id)
                ?? shown.Organisation
                ?? (HomeDomain(member) is { } domain ? byDomain.GetValueOrDefault(domain) : null);
            reviewers.Add(new Reviewer(id, shown.Name.Length > 0 ? shown.Name : id, organisation));
        }

        return reviewers;
    }

    // Guests carry their home address inside the host tenant's UPN ("jan_welzijn-nb.nl#EXT#@gemeente.onmicrosoft.com"),
    // so the mail address comes first and the guest UPN is unpacked. Null for a public mail service.
    public static string? HomeDomain(RosterMember member) =>
        (Domain(member.Email) ?? Domain(member.UserPrincipalName)) is { } domain && !PublicMailDomains.Contains(domain) ? domain : null;

    public static string? Domain(string? address)
    {
        var value = address?.Trim() ?? "";
        var guest = value.IndexOf(GuestMarker, StringComparison.OrdinalIgnoreCase);
        string domain;
        if (guest > 0)
        {
            var local = value[..guest];
            var underscore = local.LastIndexOf('_');
            domain = underscore < 0 ? "" : local[(underscore + 1)..];
        }
        else
        {
            var at = value.LastIndexOf('@');
            domain = at < 0 ? "" : value[(at + 1)..];
        }

        domain = domain.Trim().ToLowerInvariant();
        if (domain.EndsWith(MicrosoftTenantSuffix, StringComparison.Ordinal))
        {
            // "gemeente.onmicrosoft.com": the tenant name is the readable part.
            domain = domain[..^MicrosoftTenantSuffix.Length];
        }

        return domain.Length == 0 || !domain.All(c => char.IsLetterOrDigit(c) || c is '.' or '-') ? null : domain;
    }
}

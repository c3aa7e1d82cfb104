using WorkshopBot.Application.Identity;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Application.Summaries;

// Which organisation a member of the large group speaks for, so "which partners have not responded"
// covers everyone on the roster. In order: what the person told the bot in a werkgroep
// ("organisatie …"), the "Name (Organisation)" suffix Teams shows, the organisation a colleague
// with the same mail domain shows, and else the mail domain itself.
public static class ReviewerOrganisations
{
    private const string GuestMarker = "#EXT#";
    private const string MicrosoftTenantSuffix = ".onmicrosoft.com";

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

            var domain = HomeDomain(member);
            var organisation = knownByUser.GetValueOrDefault(id)
                ?? DisplayNames.Organisation(member.Name)
                ?? (domain is null ? null : byDomain.GetValueOrDefault(domain) ?? domain);
            reviewers.Add(new Reviewer(id, member.Name ?? id, organisation));
        }

        return reviewers;
    }

    // Guests carry their home address inside the host tenant's UPN ("jan_welzijn-nb.nl#EXT#@gemeente.onmicrosoft.com"),
    // so the mail address comes first and the guest UPN is unpacked.
    public static string? HomeDomain(RosterMember member) =>
        Domain(member.Email) ?? Domain(member.UserPrincipalName);

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

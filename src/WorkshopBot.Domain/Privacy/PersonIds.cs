using System.Security.Cryptography;
using System.Text;
using WorkshopBot.Domain.Audit;

namespace WorkshopBot.Domain.Privacy;

// One person as the stores know them: their Entra object id and their Teams id (MRI), whichever the
// operator named and whatever the werkgroepen add to it (a member row holds both). Pseudonym is the
// stable stand-in for a forgotten person: the same for every record and every run, so the audit still
// shows that one person did several things, and a second run of "forget" changes nothing.
public sealed class PersonIds
{
    private readonly HashSet<string> _ids;

    // The pseudonym derives from the first id the operator named; ids found later keep it.
    public PersonIds(IEnumerable<string> ids)
        : this(ids, null)
    {
    }

    private PersonIds(IEnumerable<string> ids, string? pseudonym)
    {
        var list = ids.Where(id => !string.IsNullOrWhiteSpace(id)).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A person needs at least one id.", nameof(ids));
        }

        _ids = new HashSet<string>(list, StringComparer.OrdinalIgnoreCase);
        Pseudonym = pseudonym ?? PseudonymFor(list[0]);
    }

    public string Pseudonym { get; }

    public IReadOnlyCollection<string> All => _ids;

    public bool Matches(string? id) => id is not null && _ids.Contains(id);

    // The pseudonym is a hash, not a secret: someone who already knows the object id can tell it is this
    // person (see docs/privacy.md). It holds no name and cannot be turned back into the id.
    public static string PseudonymFor(string id) =>
        "vergeten-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("workshopbot-person:" + id.ToLowerInvariant())))[..12];

    public PersonIds With(IEnumerable<string?> more) => new(_ids.Concat(more.OfType<string>()), Pseudonym);

    // Free text that names the person by id (audit details such as "member 29:… removed").
    public string Scrub(string text) =>
        _ids.Aggregate(text, (current, id) => current.Replace(id, Pseudonym, StringComparison.OrdinalIgnoreCase));

    public bool IsMentionedIn(string text) => _ids.Any(id => text.Contains(id, StringComparison.OrdinalIgnoreCase));

    // An audit event of this person (or naming them) with names and ids replaced by the pseudonym.
    public WorkshopEvent Forget(WorkshopEvent e) => Matches(e.ActorId) || IsMentionedIn(e.Details)
        ? e with
        {
            ActorId = Matches(e.ActorId) ? Pseudonym : e.ActorId,
            ActorName = Matches(e.ActorId) ? Pseudonym : e.ActorName,
            Details = Scrub(e.Details),
        }
        : e;

    public bool IsAbout(WorkshopEvent e) => Matches(e.ActorId) || IsMentionedIn(e.Details);
}

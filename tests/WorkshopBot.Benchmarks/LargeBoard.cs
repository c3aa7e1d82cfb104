using WorkshopBot.Domain;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Benchmarks;

// A werkgroep built through the real domain operations (not hand-made records), so the benchmarks see the
// same shapes a busy workshop produces: 25 participants from 5 organisations, notes of realistic length in
// batches of 50, and a voting round with 5 dots each.
public static class LargeBoard
{
    public const int Step = 2;

    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(1));

    public static readonly Actor Moderator = new("29:moderator", "Mirjam de Vries", "Gemeente Neder-Betuwe");

    private static readonly string[] Organisations =
    [
        "Gemeente Neder-Betuwe", "Welzijn Rivierenland", "Zorgcentrum De Linde", "GGD Gelderland-Zuid", "Bibliotheek Rivierenland",
    ];

    private static readonly string[] Phrases =
    [
        "Meer ontmoetingsplekken in de kernen voor 75-plussers die alleen wonen",
        "Mantelzorgers sneller in beeld bij de huisarts en het sociaal team",
        "Koffieochtenden ook op zaterdag, want dan komen de kinderen mee",
        "Minder eenzaamheid onder jongeren na de middelbare school",
        "Vrijwilligers van de bibliotheek helpen met digitale vaardigheden",
    ];

    public static Traject Traject() =>
        WorkshopBot.Domain.Trajecten.Traject.Create("t-bench", "Eenzaamheid 2026", "Neder-Betuwe", "Eenzaamheid", "tenant-1", null, Moderator, Now)
            .Value.Aggregate;

    public static Actor Participant(int number) =>
        new($"29:participant-{number}", $"Deelnemer {number}", Organisations[number % Organisations.Length]);

    public static Werkgroep Empty(string id = "w-bench") =>
        Werkgroep.Start(Traject(), id, "Werkgroep ontmoeting", new ConversationBinding($"19:meeting_{id}@thread.v2", ConversationKind.Meeting), Moderator, Now)
            .Value.Aggregate
            .OpenStep(Moderator, Step, Now).Value.Aggregate;

    public static Werkgroep WithNotes(int noteCount) =>
        Operations(noteCount).Aggregate(Empty(), (werkgroep, operation) => Ok(operation(werkgroep, Now)));

    // The operations that fill the board, one domain change each, so the in-process host benchmark can
    // apply them through WorkshopService to the stored werkgroep.
    public static IEnumerable<Func<Werkgroep, DateTimeOffset, DomainResult<Change<Werkgroep>>>> Operations(int noteCount)
    {
        const int participants = 25;
        var batch = 0;
        for (var added = 0; added < noteCount; batch++)
        {
            var lines = Enumerable.Range(added, Math.Min(WorkshopLimits.NotesPerBatch, noteCount - added))
                .Select(i => $"{Phrases[i % Phrases.Length]} (idee {i + 1})")
                .ToList();
            var author = Participant(batch % participants);
            var batchId = $"b{batch}";
            yield return (w, now) => w.AddNotes(author, batchId, Step, lines, now);
            added += lines.Count;
        }

        yield return (w, now) => w.StartVoting(Moderator, Step, 5, now);
        for (var p = 0; p < participants; p++)
        {
            for (var dot = 0; dot < 5; dot++)
            {
                var voter = Participant(p);
                var pick = (p * 7) + (dot * 13);
                yield return (w, now) =>
                {
                    // In id order, not NotesInStep's vote order, so the votes spread as they did before.
                    var notes = w.Notes.Where(n => n.Step == Step && n.IsActive).OrderBy(n => n.Id, StringComparer.Ordinal).ToArray();
                    return w.Vote(voter, notes[pick % notes.Length].Id, now);
                };
            }
        }
    }

    private static Werkgroep Ok(DomainResult<Change<Werkgroep>> result) =>
        result.IsSuccess ? result.Value.Aggregate : throw new InvalidOperationException($"{result.Error!.Code}: {result.Error.Message}");
}

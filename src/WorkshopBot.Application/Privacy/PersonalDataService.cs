using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Privacy;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Privacy;

// Export and erasure of one person's data across every traject, werkgroep, summary and audit row
// (issue 13, finding 6). Aggregates change through WorkshopService (ETags, the one retry policy) and the
// summary and monitoring stores with their ETags; audit and conversation references through
// IPersonalDataStore. What is kept, pseudonymised or removed per kind of data: Werkgroep.Privacy,
// Traject.Privacy, SummaryReviewPrivacy, WerkgroepMonitoring.Privacy and docs/privacy.md.
public sealed class PersonalDataService(
    IWorkshopStore store, ISummaryReviewStore reviews, IMonitoringStore monitoring, IPersonalDataStore personalData, TimeProvider time)
{
    private const int SaveAttempts = 5;

    private readonly WorkshopService _workshops = new(store, time);

    public async Task<PersonalDataExport> ExportAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        var (person, trajecten, cycles) = await LoadAsync(userIds, cancellationToken);
        var names = NamesOf(person, trajecten, cycles);
        var trajectData = new List<TrajectData>();
        var werkgroepData = new List<WerkgroepData>();
        var summaries = new List<SummaryData>();
        var audit = new List<WorkshopEvent>();
        foreach (var (traject, werkgroepen) in trajecten)
        {
            if (traject.Concerns(person))
            {
                trajectData.Add(new TrajectData(
                    traject.Id, traject.Name, traject.Moderators.Any(m => person.Matches(m.UserId)), person.Matches(traject.CreatedById), traject.Reviewers.FirstOrDefault(r => person.Matches(r.UserId))));
            }

            werkgroepData.AddRange(werkgroepen.Where(w => w.Concerns(person)).Select(w => WerkgroepDataOf(w, person)));
            foreach (var review in await personalData.ListSummaryReviewsAsync(traject.Id, cancellationToken))
            {
                var value = review.Value;
                if (value.Concerns(person, names))
                {
                    summaries.Add(new SummaryData(
                        value.TrajectId,
                        value.Id,
                        value.Version,
                        person.Matches(value.PublishedBy.UserId),
                        value.Reviewers.FirstOrDefault(r => person.Matches(r.UserId)),
                        value.Responses.FirstOrDefault(r => person.Matches(r.ReviewerId)),
                        value.Content.Participants.Where(p => names.Contains(p.Name)).Select(p => p.Name).ToArray()));
                }
            }

            audit.AddRange((await store.GetAuditTrailAsync(traject.Id, cancellationToken)).Where(person.IsAbout));
            audit.AddRange((await reviews.GetAuditTrailAsync(traject.Id, cancellationToken)).Where(person.IsAbout));
        }

        var references = await personalData.ConversationReferencesOfAsync(person, cancellationToken);
        var monitoringData = cycles.Select(c => c.Value).Where(m => m.Concerns(person, names)).Select(m => MonitoringDataOf(m, person, names)).ToArray();
        return new PersonalDataExport(
            person.All.Order(StringComparer.Ordinal).ToArray(),
            time.GetUtcNow(),
            trajectData,
            werkgroepData,
            summaries,
            audit.OrderBy(e => e.At).ToArray(),
            references.Select(r => new ConversationReferenceData(r.ConversationId, r.Json)).ToArray(),
            monitoringData);
    }

    // Idempotent: a second run finds nothing that names the person and changes nothing.
    public async Task<ForgetReport> ForgetAsync(IReadOnlyList<string> userIds, bool eraseNotes, CancellationToken cancellationToken)
    {
        var (person, trajecten, cycles) = await LoadAsync(userIds, cancellationToken);
        var names = NamesOf(person, trajecten, cycles);
        int trajectCount = 0, werkgroepCount = 0, summaryCount = 0, auditCount = 0, monitoringCount = 0;
        foreach (var (traject, werkgroepen) in trajecten)
        {
            foreach (var werkgroep in werkgroepen.Where(w => w.Concerns(person)))
            {
                var forgotten = await _workshops.UpdateWerkgroepAsync(werkgroep.Id, (w, now) => w.Forget(person, eraseNotes, now), cancellationToken);
                werkgroepCount += Saved(forgotten, werkgroep.Id);
            }

            if (traject.Concerns(person))
            {
                var forgotten = await _workshops.UpdateTrajectAsync(traject.Id, (t, now) => t.Forget(person, now), cancellationToken);
                trajectCount += Saved(forgotten, traject.Id);
            }

            foreach (var review in await personalData.ListSummaryReviewsAsync(traject.Id, cancellationToken))
            {
                if (review.Value.Concerns(person, names))
                {
                    summaryCount += await ForgetInReviewAsync(traject.Id, review.Value.Id, person, names, cancellationToken);
                }
            }

            foreach (var cycle in cycles.Where(c => c.Value.TrajectId == traject.Id && c.Value.Concerns(person, names)))
            {
                monitoringCount += await ForgetInMonitoringAsync(traject.Id, cycle.Value.WerkgroepId, person, names, cancellationToken);
            }

            // After the aggregates: their own "person-forgotten" events name only the pseudonym.
            auditCount += await personalData.RewriteAuditAsync(traject.Id, person.Forget, cancellationToken);
        }

        int references = await personalData.ForgetConversationReferencesAsync(person, cancellationToken);
        return new ForgetReport(person.Pseudonym, trajectCount, werkgroepCount, summaryCount, auditCount, references, monitoringCount);
    }

    private static int Saved<T>(DomainResult<Change<T>> result, string id) =>
        result.IsSuccess
            ? result.Value.HasChanges ? 1 : 0
            : throw new InvalidOperationException($"{id} could not be changed: {result.Error!.Code} {result.Error.Message}");

    private async Task<int> ForgetInReviewAsync(string trajectId, string reviewId, PersonIds person, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        for (int attempt = 0; attempt < SaveAttempts; attempt++)
        {
            var stored = await reviews.GetAsync(trajectId, reviewId, cancellationToken);
            var change = stored?.Value.Forget(person, names, time.GetUtcNow());
            if (stored is null || change is null || !change.HasChanges)
            {
                return 0;
            }

            if ((await reviews.SaveAsync(change.Aggregate, stored.ETag, change.Events, cancellationToken)).IsSaved)
            {
                return 1;
            }
        }

        throw new InvalidOperationException($"Summary review {reviewId} kept changing; run forget again.");
    }

    private async Task<int> ForgetInMonitoringAsync(string trajectId, string werkgroepId, PersonIds person, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        for (int attempt = 0; attempt < SaveAttempts; attempt++)
        {
            var stored = await monitoring.GetAsync(trajectId, werkgroepId, cancellationToken);
            var change = stored?.Value.Forget(person, names, time.GetUtcNow());
            if (stored is null || change is null || !change.HasChanges)
            {
                return 0;
            }

            if ((await monitoring.SaveAsync(change.Aggregate, stored.ETag, change.Events, cancellationToken)).IsSaved)
            {
                return 1;
            }
        }

        throw new InvalidOperationException($"Monitoring of werkgroep {werkgroepId} kept changing; run forget again.");
    }

    // Every traject with its werkgroepen, and the person with every id the member rows add (the operator
    // may know only the object id or only the Teams id).
    private async Task<(PersonIds Person, IReadOnlyList<(Traject Traject, IReadOnlyList<Werkgroep> Werkgroepen)> Trajecten, IReadOnlyList<Versioned<WerkgroepMonitoring>> Cycles)> LoadAsync(
        IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        var person = new PersonIds(userIds);
        var trajecten = new List<(Traject, IReadOnlyList<Werkgroep>)>();
        foreach (var trajectId in await personalData.ListTrajectIdsAsync(cancellationToken))
        {
            if ((await store.GetTrajectAsync(trajectId, cancellationToken))?.Value is { } traject)
            {
                trajecten.Add((traject, await store.ListWerkgroepenAsync(trajectId, cancellationToken)));
            }
        }

        var cycles = await monitoring.ListAsync(cancellationToken);
        person = person.With(trajecten.SelectMany(t => t.Item2).SelectMany(w => w.KnownIdsOf(person)));
        person = person.With(cycles.SelectMany(c => c.Value.KnownIdsOf(person)));
        return (person, trajecten, cycles);
    }

    // The names the person is listed under (published summaries list participants by name only).
    private static HashSet<string> NamesOf(
        PersonIds person, IReadOnlyList<(Traject Traject, IReadOnlyList<Werkgroep> Werkgroepen)> trajecten, IReadOnlyList<Versioned<WerkgroepMonitoring>> cycles) =>
        trajecten.SelectMany(t => t.Werkgroepen.SelectMany(w => w.Members.Concat(w.FormerMembers)).Where(m => person.Matches(m.UserId)).Select(m => m.Name)
                .Concat(t.Traject.Moderators.Where(m => person.Matches(m.UserId)).Select(m => m.Name))
                .Concat(t.Traject.Reviewers.Where(r => person.Matches(r.UserId)).Select(r => r.Name)))
            .Concat(cycles.SelectMany(c => c.Value.NamesOf(person)))
            .Where(name => name.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

    private static MonitoringData MonitoringDataOf(WerkgroepMonitoring cycle, PersonIds person, IReadOnlyCollection<string> names) => new(
        cycle.TrajectId,
        cycle.WerkgroepId,
        [.. cycle.Owners.Where(o => person.Matches(o.UserId) || person.Matches(o.TeamsId))],
        [.. cycle.Measurements.Where(m => person.Matches(m.EnteredById))],
        [.. cycle.Stories.Where(s => person.Matches(s.AddedById))],
        [.. cycle.Reflections.Where(r => person.Matches(r.RecordedById))],
        [.. cycle.Actions.Where(a => person.Matches(a.OwnerId) || names.Contains(a.OwnerName))]);

    private static WerkgroepData WerkgroepDataOf(Werkgroep werkgroep, PersonIds person)
    {
        var records = werkgroep.Members.Concat(werkgroep.FormerMembers).Where(m => person.Matches(m.UserId) || person.Matches(m.TeamsId)).ToArray();
        var userId = records.FirstOrDefault()?.UserId ?? werkgroep.Moderators.FirstOrDefault(m => person.Matches(m.UserId))?.UserId;
        return new WerkgroepData(
            werkgroep.Id,
            werkgroep.TrajectId,
            werkgroep.Name,
            userId is null ? null : werkgroep.RoleOf(userId),
            userId is not null && werkgroep.HasLeft(userId),
            records,
            werkgroep.Notes.Where(n => person.Matches(n.AuthorId)).ToArray(),
            werkgroep.Notes.SelectMany(n => n.Votes.Where(v => person.Matches(v.UserId)).Select(v => new VoteData(n.Id, v.Round, v.At))).ToArray(),
            werkgroep.Results.Cast<Domain.Items.FormalItem>().Concat(werkgroep.Indicators).Concat(werkgroep.Activities).Concat(werkgroep.QualityAgreements)
                .Where(i => person.Matches(i.CreatedById)).Cast<object>().ToArray());
    }
}

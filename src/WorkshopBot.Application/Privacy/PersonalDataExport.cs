using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Privacy;

// Everything stored about one person (GDPR art. 15/20), as `workshopbot privacy export` writes it as JSON.
public sealed record PersonalDataExport(
    IReadOnlyList<string> UserIds,
    DateTimeOffset ExportedAt,
    IReadOnlyList<TrajectData> Trajecten,
    IReadOnlyList<WerkgroepData> Werkgroepen,
    IReadOnlyList<SummaryData> Summaries,
    IReadOnlyList<WorkshopEvent> Audit,
    IReadOnlyList<ConversationReferenceData> ConversationReferences,
    IReadOnlyList<MonitoringData> Monitoring);

public sealed record TrajectData(string TrajectId, string Name, bool IsModerator, bool CreatedIt, Reviewer? AsReviewer);

public sealed record WerkgroepData(
    string WerkgroepId,
    string TrajectId,
    string Name,
    WerkgroepRole? Role,
    bool LeftOrRemoved,
    IReadOnlyList<Member> MemberRecords,
    IReadOnlyList<Note> Notes,
    IReadOnlyList<VoteData> Votes,
    IReadOnlyList<object> ItemsCreated);

public sealed record VoteData(string NoteId, int Round, DateTimeOffset At);

public sealed record SummaryData(string TrajectId, string ReviewId, int Version, bool PublishedIt, Reviewer? AsReviewer, ReviewResponse? Response, IReadOnlyList<string> ListedAsParticipant);

// Step 6 of one werkgroep: where the person is data owner, what they measured, told or recorded, and
// the improvement actions listed under their name.
public sealed record MonitoringData(
    string TrajectId,
    string WerkgroepId,
    IReadOnlyList<DataOwner> AsDataOwner,
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<Story> Stories,
    IReadOnlyList<Reflection> Reflections,
    IReadOnlyList<ImprovementAction> ImprovementActionsOwned);

public sealed record ConversationReferenceData(string ConversationId, string Json);

// What `workshopbot privacy forget` changed; all zeros on a second run.
public sealed record ForgetReport(string Pseudonym, int Trajecten, int Werkgroepen, int Summaries, int AuditEvents, int ConversationReferences, int Monitoring)
{
    public bool ChangedAnything => Trajecten + Werkgroepen + Summaries + AuditEvents + ConversationReferences + Monitoring > 0;
}

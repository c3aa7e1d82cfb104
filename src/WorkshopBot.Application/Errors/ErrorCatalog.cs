using System.Globalization;
using WorkshopBot.Application.Localization;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Application.Errors;

// The one place where a refusal code gets its HTTP status (board API, invoke error responses) and its
// message for the person who clicked. Every code in DomainErrorCodes has an entry (ErrorCatalogTests).
public static class ErrorCatalog
{
    private const int BadRequest = 400;
    private const int Forbidden = 403;
    private const int NotFound = 404;
    private const int Conflict = 409;
    private const int TooManyRequests = 429;
    private const int Unavailable = 503;

    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal)
    {
        [DomainErrorCodes.NotModerator] = new(Forbidden, (t, _) => t.NotModerator),
        [DomainErrorCodes.NotMember] = new(Forbidden, (t, _) => t.NotMember),
        [DomainErrorCodes.NotAuthor] = new(Forbidden, (t, _) => t.NotAuthor),
        [DomainErrorCodes.LastModerator] = new(Conflict, (t, _) => t.LastModerator),
        [DomainErrorCodes.RemovedMember] = new(Forbidden, (t, _) => t.RemovedMember),
        [DomainErrorCodes.WrongWerkgroep] = new(Forbidden, (t, _) => t.WrongWerkgroep),
        [DomainErrorCodes.NotFound] = new(NotFound, (t, _) => t.NotFound),
        [DomainErrorCodes.NoteRemoved] = new(NotFound, (t, _) => t.NoteRemoved),
        [DomainErrorCodes.NoWerkgroep] = new(NotFound, (t, _) => t.NoWerkgroep),
        [DomainErrorCodes.NoTraject] = new(NotFound, (t, _) => t.NoTraject),
        [DomainErrorCodes.SummaryNotFound] = new(NotFound, (t, _) => t.SummaryNotFound),
        [DomainErrorCodes.InvalidSummary] = new(NotFound, (t, _) => t.SummaryNotFound),
        [DomainErrorCodes.InvalidId] = new(BadRequest, (t, _) => t.Generic),
        [DomainErrorCodes.InvalidValue] = new(BadRequest, (t, _) => t.Generic),
        [DomainErrorCodes.InvalidStep] = new(BadRequest, (t, _) => t.InvalidStep),
        [DomainErrorCodes.EmptyText] = new(BadRequest, (t, _) => t.EmptyText),
        [DomainErrorCodes.NoteTooLong] = new(BadRequest, (t, e) => Fill(t.NoteTooLongFormat, e.Limit)),
        [DomainErrorCodes.TextTooLong] = new(BadRequest, (t, e) => Fill(t.TextTooLongFormat, e.Limit)),
        [DomainErrorCodes.TooManyNotes] = new(BadRequest, (t, e) => Fill(t.TooManyNotesFormat, e.Limit)),
        [DomainErrorCodes.TooManyItems] = new(Conflict, (t, e) => Fill(t.TooManyItemsFormat, e.Limit)),
        [DomainErrorCodes.WerkgroepFull] = new(Conflict, (t, _) => t.WerkgroepFull),
        [DomainErrorCodes.ConfirmationMismatch] = new(BadRequest, (t, _) => t.ConfirmationMismatch),
        [DomainErrorCodes.WrongStep] = new(BadRequest, (t, _) => t.WrongStep),
        [DomainErrorCodes.UnknownVerb] = new(BadRequest, (t, _) => t.UnknownVerb),
        [DomainErrorCodes.MissingItemKind] = new(BadRequest, (t, _) => t.MissingItemKind),
        [DomainErrorCodes.MissingPromoteKind] = new(BadRequest, (t, _) => t.MissingPromoteKind),
        [DomainErrorCodes.NameRequired] = new(BadRequest, (t, _) => t.TrajectNameRequired),
        [DomainErrorCodes.ItemTextRequired] = new(BadRequest, (t, _) => t.ItemTextRequired),
        [DomainErrorCodes.NoCoachSuggestion] = new(BadRequest, (t, _) => t.Generic),
        [DomainErrorCodes.CommentRequired] = new(BadRequest, (t, _) => t.CommentRequired),
        [DomainErrorCodes.DeadlineInPast] = new(BadRequest, (t, _) => t.DeadlineInPast),
        [DomainErrorCodes.InvalidDeadline] = new(BadRequest, (t, _) => t.InvalidDeadline),
        [DomainErrorCodes.NoLargeGroup] = new(Conflict, (t, _) => t.NoLargeGroup),
        [DomainErrorCodes.AlreadyExists] = new(Conflict, (t, _) => t.AlreadyExists),
        [DomainErrorCodes.StepClosed] = new(Conflict, (t, e) => Fill(t.StepClosedFormat, e.Step)),
        [DomainErrorCodes.StepLocked] = new(Conflict, (t, e) => Fill(t.StepLockedFormat, e.Step)),
        [DomainErrorCodes.StepNotOpen] = new(Conflict, (t, e) => Fill(t.StepNotOpenFormat, e.Step)),
        [DomainErrorCodes.StepAlreadyOpen] = new(Conflict, (t, e) => Fill(t.StepAlreadyOpenFormat, e.Step)),
        [DomainErrorCodes.NotSilent] = new(Conflict, (t, _) => t.NotSilent),
        [DomainErrorCodes.AlreadySilent] = new(Conflict, (t, _) => t.AlreadySilent),
        [DomainErrorCodes.NoTimer] = new(Conflict, (t, _) => t.NoTimer),
        [DomainErrorCodes.VotingOpen] = new(Conflict, (t, _) => t.VotingOpen),
        [DomainErrorCodes.VotingClosed] = new(Conflict, (t, _) => t.VotingClosed),
        [DomainErrorCodes.VoteLimit] = new(Conflict, (t, e) => Fill(t.VoteLimitFormat, e.Limit)),
        [DomainErrorCodes.NoVote] = new(Conflict, (t, _) => t.NoVote),
        [DomainErrorCodes.StaleItem] = new(Conflict, (t, _) => t.StaleItem),
        [DomainErrorCodes.ItemVastgesteld] = new(Conflict, (t, _) => t.AlreadyVastgesteld),
        [DomainErrorCodes.AlreadyVastgesteld] = new(Conflict, (t, _) => t.AlreadyVastgesteld),
        [DomainErrorCodes.ItemParked] = new(Conflict, (t, _) => t.ItemParked),
        [DomainErrorCodes.ReviewClosed] = new(Conflict, (t, _) => t.ReviewClosed),
        [DomainErrorCodes.SummaryUnchanged] = new(Conflict, (t, e) => Fill(t.SummaryUnchangedFormat, e.TargetId)),
        [DomainErrorCodes.ReviewSuperseded] = new(Conflict, (t, e) => Fill(t.ReviewSupersededFormat, e.TargetId)),
        [DomainErrorCodes.TooBusy] = new(Unavailable, (t, _) => t.TooBusy),
        [DomainErrorCodes.StorageUnavailable] = new(Unavailable, (t, _) => t.StorageUnavailable),
        [DomainErrorCodes.NotReviewer] = new(Forbidden, (t, _) => t.NotReviewer),
        [DomainErrorCodes.RosterUnavailable] = new(Unavailable, (t, _) => t.RosterUnavailable),
        [DomainErrorCodes.RateLimited] = new(TooManyRequests, (t, _) => t.RateLimited),
        [DomainErrorCodes.NotDataOwner] = new(Forbidden, (t, _) => t.NotDataOwner),
        [DomainErrorCodes.NoFrequency] = new(Conflict, (t, _) => t.NoFrequency),
        [DomainErrorCodes.PeriodNotStarted] = new(BadRequest, (t, _) => t.PeriodNotStarted),
        [DomainErrorCodes.InvalidMeasurement] = new(BadRequest, (t, _) => t.InvalidMeasurement),
        [DomainErrorCodes.ConsentRequired] = new(BadRequest, (t, _) => t.ConsentRequired),
        [DomainErrorCodes.PersonalDataInStory] = new(BadRequest, (t, _) => t.PersonalDataInStory),
        [DomainErrorCodes.StoryLinkRequired] = new(BadRequest, (t, _) => t.StoryLinkRequired),
        [DomainErrorCodes.ActivityRequired] = new(BadRequest, (t, _) => t.ActivityRequired),
        [DomainErrorCodes.NotActionOwner] = new(Forbidden, (t, _) => t.NotActionOwner),
    };

    public static IReadOnlyCollection<string> Codes => Entries.Keys;

    public static bool IsKnown(string code) => Entries.ContainsKey(code);

    // An unknown code is a bug on our side, not the caller's: 500, and the generic "nothing changed".
    public static int StatusOf(string code) => Entries.TryGetValue(code, out var entry) ? entry.Status : 500;

    public static string MessageFor(DomainError error, Language language)
    {
        var text = MessageText.For(language);
        return Entries.TryGetValue(error.Code, out var entry) ? entry.Message(text, error) : text.Generic;
    }

    private static string Fill(string template, object? value) =>
        string.Format(CultureInfo.InvariantCulture, template, value switch
        {
            null => "",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        });

    private sealed record Entry(int Status, Func<MessageText, DomainError, string> Message);
}

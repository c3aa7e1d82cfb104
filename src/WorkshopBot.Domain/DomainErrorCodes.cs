namespace WorkshopBot.Domain;

// Every refusal code of the product, domain and application alike. ErrorCatalog (Application) gives each
// one its HTTP status and its user message; a code without an entry there fails a test.
public static class DomainErrorCodes
{
    public const string NotFound = "not-found";
    public const string AlreadyExists = "already-exists";
    public const string NotModerator = "not-moderator";
    public const string NotMember = "not-member";
    public const string NotAuthor = "not-author";
    public const string LastModerator = "last-moderator";
    public const string RemovedMember = "removed-member";
    public const string WrongWerkgroep = "wrong-werkgroep";
    public const string NoTraject = "no-traject";
    public const string InvalidId = "invalid-id";
    public const string InvalidStep = "invalid-step";
    public const string InvalidValue = "invalid-value";
    public const string StepClosed = "step-closed";
    public const string StepLocked = "step-locked";
    public const string StepAlreadyOpen = "step-already-open";
    public const string StepNotOpen = "step-not-open";
    public const string NotSilent = "not-silent";
    public const string AlreadySilent = "already-silent";
    public const string NoTimer = "no-timer";
    public const string VotingOpen = "voting-open";
    public const string VotingClosed = "voting-closed";
    public const string VoteLimit = "vote-limit";
    public const string NoVote = "no-vote";
    public const string WrongStep = "wrong-step";
    public const string EmptyText = "empty-text";
    public const string NoteTooLong = "note-too-long";
    public const string TextTooLong = "text-too-long";
    public const string TooManyNotes = "too-many-notes";
    public const string TooManyItems = "too-many-items";
    public const string WerkgroepFull = "werkgroep-full";
    public const string NoteRemoved = "note-removed";
    public const string StaleItem = "stale-item";
    public const string ItemVastgesteld = "item-vastgesteld";
    public const string AlreadyVastgesteld = "already-vastgesteld";
    public const string ItemParked = "item-parked";
    public const string TooBusy = "too-busy";

    // Storage could not be reached or did not answer within the turn's budget; nothing was confirmed.
    public const string StorageUnavailable = "storage-unavailable";

    // Summaries and their review in the large group.
    public const string CommentRequired = "comment-required";
    public const string ReviewClosed = "review-closed";
    public const string ReviewSuperseded = "review-superseded";
    public const string DeadlineInPast = "deadline-in-past";
    public const string NoLargeGroup = "no-large-group";
    public const string SummaryNotFound = "summary-not-found";
    public const string SummaryUnchanged = "summary-unchanged";
    public const string InvalidSummary = "invalid-summary";
    public const string InvalidDeadline = "invalid-deadline";
    public const string NotReviewer = "not-reviewer";
    public const string RosterUnavailable = "roster-unavailable";

    // Too many requests from one person or for one werkgroep in a short time (the host's rate limiter).
    public const string RateLimited = "rate-limited";

    // Monitoring (step 6): measurements, stories, data owners and reflections.
    public const string NotDataOwner = "not-data-owner";
    public const string NoFrequency = "no-frequency";
    public const string PeriodNotStarted = "period-not-started";
    public const string InvalidMeasurement = "invalid-measurement";
    public const string ConsentRequired = "consent-required";
    public const string PersonalDataInStory = "personal-data-in-story";
    public const string StoryLinkRequired = "story-link-required";
    public const string ActivityRequired = "activity-required";
    public const string NotActionOwner = "not-action-owner";

    // Refused by the application before the domain is asked.
    public const string NoWerkgroep = "no-werkgroep";
    public const string UnknownVerb = "unknown-verb";
    public const string MissingItemKind = "missing-item-kind";
    public const string MissingPromoteKind = "missing-promote-kind";
    public const string ItemTextRequired = "item-text-required";
    public const string NoCoachSuggestion = "no-coach-suggestion";
    public const string NameRequired = "name-required";
    public const string ConfirmationMismatch = "confirmation-mismatch";
}

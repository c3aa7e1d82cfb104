namespace WorkshopBot.Domain;

public static class DomainErrorCodes
{
    public const string NotFound = "not-found";
    public const string AlreadyExists = "already-exists";
    public const string NotModerator = "not-moderator";
    public const string NotMember = "not-member";
    public const string NotAuthor = "not-author";
    public const string WrongWerkgroep = "wrong-werkgroep";
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
    public const string NoteRemoved = "note-removed";
    public const string StaleItem = "stale-item";
    public const string ItemVastgesteld = "item-vastgesteld";
    public const string AlreadyVastgesteld = "already-vastgesteld";
    public const string TooBusy = "too-busy";
}

namespace WorkshopBot.Domain.Audit;

public static class WorkshopEventKinds
{
    public const string TrajectCreated = "traject-created";
    public const string TrajectEdited = "traject-edited";
    public const string ModeratorAdded = "moderator-added";
    public const string ModeratorHandedOver = "moderator-handed-over";
    public const string ReviewerAdded = "reviewer-added";

    public const string WerkgroepStarted = "werkgroep-started";
    public const string MemberJoined = "member-joined";
    public const string MemberRemoved = "member-removed";
    public const string MemberReadmitted = "member-readmitted";
    public const string LastModeratorLeft = "last-moderator-left";
    public const string OrganisationSet = "organisation-set";
    public const string StepOpened = "step-opened";
    public const string StepClosed = "step-closed";
    public const string StepLocked = "step-locked";
    public const string SilentStarted = "silent-started";
    public const string Revealed = "revealed";
    public const string TimerStarted = "timer-started";
    public const string TimerCleared = "timer-cleared";
    public const string VotingStarted = "voting-started";
    public const string VotingClosed = "voting-closed";
    public const string NoteAdded = "note-added";
    public const string NoteEdited = "note-edited";
    public const string NoteDeleted = "note-deleted";
    public const string Voted = "voted";
    public const string Unvoted = "unvoted";
    public const string NotesMerged = "notes-merged";
    public const string NoteMoved = "note-moved";
    public const string ClusterSet = "cluster-set";
    public const string ClusterRenamed = "cluster-renamed";
    public const string ItemPromoted = "item-promoted";
    public const string ItemProposed = "item-proposed";
    public const string ItemEdited = "item-edited";
    public const string ItemVastgesteld = "item-vastgesteld";
    public const string ItemParked = "item-parked";
    public const string ItemUnparked = "item-unparked";
    public const string WerkgroepCompacted = "werkgroep-compacted";
    public const string PersonForgotten = "person-forgotten";

    // Summary reviews (aggregate id = review id "{scope}-v{n}"). Reviewer events carry user ids
    // only: no names, no comment text.
    public const string SummaryPublished = "summary-published";
    public const string SummaryPosted = "summary-posted";
    public const string SummarySuperseded = "summary-superseded";
    public const string ReviewAnswered = "review-answered";
    public const string ReviewAnswerChanged = "review-answer-changed";
    public const string ReviewDeadlineSet = "review-deadline-set";
    public const string ReviewDeadlineChanged = "review-deadline-changed";
    public const string ReviewersAdded = "reviewers-added";
    public const string RemindersSent = "reminders-sent";
    public const string ReviewerUnreachable = "reviewer-unreachable";
    public const string ReviewClosed = "review-closed";
}

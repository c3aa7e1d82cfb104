namespace WorkshopBot.Application.Localization;

// Chat replies and refusal messages, one table per language (MessageText.Nl.cs, MessageText.En.cs), the
// same mechanism as the cards' CardText: every property is required, so a missing translation does not
// compile. *Format texts are templates filled with invariant formatting (MessageText.Fill).
public sealed partial record MessageText
{
    public required string DoNotUnderstand { get; init; }

    public required string NoWerkgroep { get; init; }

    public required string UnknownVerb { get; init; }

    public required string OrganisationNotSet { get; init; }

    public required string OrganisationCurrentFormat { get; init; }

    public required string OrganisationSavedFormat { get; init; }

    public required string TrajectNameRequired { get; init; }

    public required string TrajectCreatedFormat { get; init; }

    public required string TrajectDeleteConfirmFormat { get; init; }

    public required string TrajectDeletedFormat { get; init; }

    public required string NoTraject { get; init; }

    // A second create in a conversation that has a traject: shown above its overview.
    public required string TrajectExistsNote { get; init; }

    public required string TrajectSaved { get; init; }

    public required string WerkgroepNameRequired { get; init; }

    public required string SummaryPublishedFormat { get; init; }

    public required string SummaryUnchangedFormat { get; init; }

    public required string NoSummaryYet { get; init; }

    public required string NoSummaryYetModerator { get; init; }

    public required string SummaryPublishCancelled { get; init; }

    public required string ChooseReviewAnswer { get; init; }

    public required string CoModeratorOnlyModerator { get; init; }

    public required string HandOverOnlyModerator { get; init; }

    public required string CoModeratorKeyword { get; init; }

    public required string HandOverKeyword { get; init; }

    public required string MentionOnePersonFormat { get; init; }

    public required string NotAMemberYetFormat { get; init; }

    public required string CannotHandOverToSelf { get; init; }

    public required string AlreadyModeratorFormat { get; init; }

    public required string CoModeratorAddedFormat { get; init; }

    public required string HandedOverFormat { get; init; }

    public required string RemoveOnlyModerator { get; init; }

    public required string RemoveKeyword { get; init; }

    public required string MemberRemovedFormat { get; init; }

    public required string LastModerator { get; init; }

    public required string RemovedMember { get; init; }

    public required string ReviewerNeedsMention { get; init; }

    public required string ReviewerForNextFormat { get; init; }

    public required string ReviewerForOneOpenFormat { get; init; }

    public required string ReviewerForManyOpenFormat { get; init; }

    public required string NotModerator { get; init; }

    public required string NotMember { get; init; }

    public required string NotAuthor { get; init; }

    public required string WrongWerkgroep { get; init; }

    public required string NotFound { get; init; }

    public required string StepClosedFormat { get; init; }

    public required string StepLockedFormat { get; init; }

    public required string StepNotOpenFormat { get; init; }

    public required string StepAlreadyOpenFormat { get; init; }

    public required string InvalidStep { get; init; }

    public required string EmptyText { get; init; }

    public required string NoteTooLongFormat { get; init; }

    public required string TextTooLongFormat { get; init; }

    public required string TooManyNotesFormat { get; init; }

    public required string TooManyItemsFormat { get; init; }

    public required string WerkgroepFull { get; init; }

    public required string ConfirmationMismatch { get; init; }

    public required string VotingClosed { get; init; }

    public required string VotingOpen { get; init; }

    public required string VoteLimitFormat { get; init; }

    public required string NoVote { get; init; }

    public required string WrongStep { get; init; }

    public required string StaleItem { get; init; }

    public required string NoteRemoved { get; init; }

    public required string AlreadyVastgesteld { get; init; }

    public required string ItemParked { get; init; }

    public required string NotSilent { get; init; }

    public required string AlreadySilent { get; init; }

    public required string NoTimer { get; init; }

    public required string AlreadyExists { get; init; }

    public required string TooBusy { get; init; }

    public required string StorageUnavailable { get; init; }
    public required string NotReviewer { get; init; }

    public required string RosterUnavailable { get; init; }

    public required string RateLimited { get; init; }

    public required string MissingItemKind { get; init; }

    public required string MissingPromoteKind { get; init; }

    public required string ItemTextRequired { get; init; }

    // A dialog closed after its form was saved.
    public required string DialogSaved { get; init; }

    public required string DialogChangeSaved { get; init; }

    public required string DialogPromoted { get; init; }

    public required string CommentRequired { get; init; }

    public required string ReviewClosed { get; init; }

    public required string ReviewSupersededFormat { get; init; }

    public required string DeadlineInPast { get; init; }

    public required string NoLargeGroup { get; init; }

    public required string SummaryNotFound { get; init; }

    public required string InvalidDeadline { get; init; }

    public required string Generic { get; init; }

    public required string ReplyHeaderFormat { get; init; }

    public required string ReplyAboutObjectionFormat { get; init; }

    public required string ReplyAboutQuestionFormat { get; init; }

    public required string ReplyPosted { get; init; }

    public required string RemindersUnreachableFormat { get; init; }

    public required string DeadlineToBeDecided { get; init; }

    public required string DeadlinePattern { get; init; }
}

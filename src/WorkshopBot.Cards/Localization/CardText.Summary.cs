namespace WorkshopBot.Cards.Localization;

// The summary card and its review round: answers, replies, notifications and reminders.
public sealed partial record CardText
{
    public required string SummaryHeaderFormat { get; init; }

    public required string PublishSummaryAction { get; init; }

    public required string PublishNewVersion { get; init; }

    public required string PreviewHeadingFormat { get; init; }

    public required string PreviewFirstVersion { get; init; }

    public required string PreviewChangesSinceFormat { get; init; }

    public required string PreviewNewRoundFormat { get; init; }

    public required string PreviewChangeLineFormat { get; init; }

    public required string PreviewMoreFormat { get; init; }

    public required string ConfirmPublish { get; init; }

    public required string CancelPublish { get; init; }

    public required string ChangeAdded { get; init; }

    public required string ChangeChanged { get; init; }

    public required string ChangeRemoved { get; init; }

    public required string ItemTitle { get; init; }

    public required string ItemResult { get; init; }

    public required string ItemIndicator { get; init; }

    public required string ItemActivity { get; init; }

    public required string ItemAgreement { get; init; }

    public required string ItemOpenQuestion { get; init; }

    public required string ItemParticipant { get; init; }

    public required string SupersededFormat { get; init; }

    public required string ToVersionFormat { get; init; }

    public required string ResultsHeading { get; init; }

    public required string NoResultsYet { get; init; }

    public required string MoreIndicatorsFormat { get; init; }

    public required string MoreResultsFormat { get; init; }

    public required string BaselineTargetFormat { get; init; }

    public required string SourceFormat { get; init; }

    public required string OwnerFormat { get; init; }

    public required string ActivitiesHeading { get; init; }

    public required string QualityAgreementsHeading { get; init; }

    public required string OpenQuestionsHeading { get; init; }

    public required string OpenCoachingPointsHeading { get; init; }

    public required string ParticipantsFormat { get; init; }

    public required string AndMoreFormat { get; init; }

    public required string ReviewHeading { get; init; }

    public required string ReviewDeadlineFormat { get; init; }

    public required string ChangeDeadline { get; init; }

    public required string AddReviewerHint { get; init; }

    public required string NewDeadlineDate { get; init; }

    public required string NewDeadlineTime { get; init; }

    public required string NewDeadlineRequired { get; init; }

    public required string SaveDeadline { get; init; }

    public required string ReviewClosed { get; init; }

    public required string FinalTally { get; init; }

    public required string TallyAkkoordFormat { get; init; }

    public required string TallyVraagFormat { get; init; }

    public required string TallyBezwaarFormat { get; init; }

    public required string MoreResponsesFormat { get; init; }

    public required string NotYetRespondedFormat { get; init; }

    public required string NeverRespondedFormat { get; init; }

    public required string YourAnswerFormat { get; init; }

    public required string GiveAnswer { get; init; }

    public required string ChangeAnswer { get; init; }

    public required string AnswerAkkoord { get; init; }

    public required string AnswerVraag { get; init; }

    public required string AnswerBezwaar { get; init; }

    public required string QuestionOrObjection { get; init; }

    public required string AnswerLabel { get; init; }

    public required string AnswerRequired { get; init; }

    public required string CommentLabel { get; init; }

    public required string CommentPlaceholder { get; init; }

    public required string CommentRequired { get; init; }

    public required string SendAnswer { get; init; }

    public required string NotificationQuestionFormat { get; init; }

    public required string NotificationObjectionFormat { get; init; }

    public required string NotificationAgreeFormat { get; init; }

    public required string ReplyLabel { get; init; }

    public required string ReplyPlaceholder { get; init; }

    public required string ReplyRequired { get; init; }

    public required string SendReply { get; init; }

    public required string ToTheThread { get; init; }

    public required string ReminderTitle { get; init; }

    public required string ReminderFormat { get; init; }

    public required string ReminderExplanation { get; init; }

    public required string ToTheSummary { get; init; }
}

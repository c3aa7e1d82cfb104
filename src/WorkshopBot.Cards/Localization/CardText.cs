using WorkshopBot.Domain.Localization;
namespace WorkshopBot.Cards.Localization;

// All user-facing card text, one table per language (CardText.Nl.cs, CardText.En.cs). Every
// property is required, so a missing translation does not compile. Templates use {0}, {1}…
// and are filled with invariant formatting; the server may reuse the Notice* texts.
public sealed partial record CardText
{
    public required Language Language { get; init; }

    // Month names for dates ("23 november 2026"), independent of the host's culture data.
    public required IReadOnlyList<string> Months { get; init; }

    public required IReadOnlyList<string> WelcomeFeatures { get; init; }

    public required IReadOnlyList<HelpCommand> HelpCommands { get; init; }

    public required string Help { get; init; }

    public required string CreateTraject { get; init; }

    public required string StartWerkgroep { get; init; }

    public required string Refresh { get; init; }

    public required string OpenBoard { get; init; }

    public required string ViewBoard { get; init; }

    public required string ViewAll { get; init; }

    public required string OpenLink { get; init; }

    public required string Edit { get; init; }

    public required string Save { get; init; }

    public required string Delete { get; init; }

    public required string Submit { get; init; }

    public required string Cancel { get; init; }

    public required string Accept { get; init; }

    public required string AdoptSuggestion { get; init; }

    public required string Yes { get; init; }

    public required string Missing { get; init; }

    public required string ChoosePlaceholder { get; init; }

    public required string FieldRequired { get; init; }

    public required string DateFormat { get; init; }

    public required string DateTimeFormat { get; init; }

    public required string WelcomeTitle { get; init; }

    public required string WelcomeTitleNamedFormat { get; init; }

    public required string WelcomeIntro { get; init; }

    public required string WelcomeFirstStepsHeading { get; init; }

    public required IReadOnlyList<string> WelcomeFirstStepsChannel { get; init; }

    public required IReadOnlyList<string> WelcomeFirstStepsChat { get; init; }

    public required string HelpTitle { get; init; }

    public required string HelpIntro { get; init; }

    public required string HelpFooter { get; init; }

    public required string NoticeInfoTitle { get; init; }

    public required string NoticeWarningTitle { get; init; }

    public required string NoticeErrorTitle { get; init; }

    public required string CreateTrajectTitle { get; init; }

    public required string CreateTrajectIntro { get; init; }

    public required string FieldTrajectName { get; init; }

    public required string TrajectNamePlaceholder { get; init; }

    public required string FieldGemeente { get; init; }

    public required string GemeentePlaceholder { get; init; }

    public required string FieldTheme { get; init; }

    public required string ThemePlaceholder { get; init; }

    public required string FieldAmbitions { get; init; }

    public required string AmbitionsPlaceholder { get; init; }

    public required string TrajectLineFormat { get; init; }

    public required string OpenStepCard { get; init; }

    public required string PublishSummary { get; init; }

    public required string Export { get; init; }

    public required string StartWerkgroepTitle { get; init; }

    public required string StartWerkgroepIntro { get; init; }

    public required string NoTrajectsYet { get; init; }

    public required string FieldTraject { get; init; }

    public required string TrajectRequired { get; init; }

    public required string FieldWerkgroepName { get; init; }

    public required string WerkgroepNamePlaceholder { get; init; }

    public required string FieldOrganisation { get; init; }

    public required string OrganisationPlaceholder { get; init; }

    public required string WerkgroepLineFormat { get; init; }

    public required string StepHeadingFormat { get; init; }

    public required string GoodAnswerFormat { get; init; }

    public required string ExampleFormat { get; init; }

    public required string BadgeOpen { get; init; }

    public required string BadgeClosed { get; init; }

    public required string BadgeLocked { get; init; }

    public required string BadgeSilent { get; init; }

    public required string BadgeTimerFormat { get; init; }

    public required string BadgeVotingFormat { get; init; }

    public required string BadgeVotingDotsLeftFormat { get; init; }

    public required string StepClosedFormat { get; init; }

    public required string StepLockedFormat { get; init; }

    public required string StepClosedModeratorFormat { get; init; }

    public required string StepLockedModeratorFormat { get; init; }

    public required string NoNotesYet { get; init; }

    public required string NoteCountFormat { get; init; }

    public required string NoteOne { get; init; }

    public required string NoteMany { get; init; }

    public required string ParticipantOne { get; init; }

    public required string ParticipantMany { get; init; }

    public required string OwnNotesFormat { get; init; }

    public required string MoreOwnNotesFormat { get; init; }

    public required string EditNoteLabel { get; init; }

    public required string NoteRequired { get; init; }

    public required string SilentHidesNotes { get; init; }

    public required string GroupNotesHeading { get; init; }

    public required string NoCluster { get; init; }

    public required string MoreNotesFormat { get; init; }

    public required string VoteOne { get; init; }

    public required string VoteMany { get; init; }

    // One line per note that was merged into the shown note: {0} is its text.
    public required string MergedNoteFormat { get; init; }

    public required string NotePromoted { get; init; }

    public required string Vote { get; init; }

    public required string RetractVote { get; init; }

    public required string MoveToStepLabel { get; init; }

    public required string Manage { get; init; }

    public required string Move { get; init; }

    public required string PromoteToLabel { get; init; }

    public required string Promote { get; init; }

    public required string NewNotesLabel { get; init; }

    public required string NewNotesPlaceholderFormat { get; init; }

    public required string AddNotes { get; init; }

    public required string ProposeResult { get; init; }

    public required string ProposeIndicator { get; init; }

    public required string ProposeActivity { get; init; }

    public required string ProposeQualityAgreement { get; init; }

    public required string ModeratorHeading { get; init; }

    public required string OpenStep { get; init; }

    public required string CloseStep { get; init; }

    public required string LockStep { get; init; }

    public required string UnlockStep { get; init; }

    public required string StartSilent { get; init; }

    public required string Reveal { get; init; }

    public required string StartTimer { get; init; }

    public required string StopTimer { get; init; }

    public required string TimerMinutesLabel { get; init; }

    public required string MinutesFormat { get; init; }

    public required string Start { get; init; }

    public required string StartVoting { get; init; }

    public required string CloseVoting { get; init; }

    public required string DotsPerPersonLabel { get; init; }

    public required string GoToStep { get; init; }

    public required string GoToStepLabel { get; init; }

    public required string Go { get; init; }

    public required string Merge { get; init; }

    public required string MergeTargetLabel { get; init; }

    public required string MergeTargetRequired { get; init; }

    public required string MergeSourcesLabel { get; init; }

    public required string MergeSourcesRequired { get; init; }

    public required string KindResult { get; init; }

    public required string KindIndicator { get; init; }

    public required string KindActivity { get; init; }

    public required string KindQualityAgreement { get; init; }

    public required string ItemHeaderFormat { get; init; }

    public required string StatusConcept { get; init; }

    public required string StatusVastgesteld { get; init; }

    public required string ProposedByFormat { get; init; }

    public required string MissingFieldsOne { get; init; }

    public required string MissingFieldsMany { get; init; }

    public required string DefinitionSheetComplete { get; init; }

    public required string ExtraRegistration { get; init; }

    public required string ExtraRegistrationWarning { get; init; }

    public required string ForResultFormat { get; init; }

    public required string IndicatorsHeading { get; init; }

    public required string NoIndicatorsYet { get; init; }

    public required string FieldResultText { get; init; }

    public required string ResultPlaceholder { get; init; }

    public required string FieldTargetGroup { get; init; }

    public required string TargetGroupPlaceholder { get; init; }

    public required string FieldBaseline { get; init; }

    public required string FieldTarget { get; init; }

    public required string FieldDeadline { get; init; }

    public required string DeadlinePlaceholder { get; init; }

    public required string FieldResult { get; init; }

    public required string FieldIndicatorName { get; init; }

    public required string FieldDefinition { get; init; }

    public required string FieldNumerator { get; init; }

    public required string FieldDenominator { get; init; }

    public required string FieldMeasure { get; init; }

    public required string MeasureTellen { get; init; }

    public required string MeasureVertellen { get; init; }

    public required string FieldLevel { get; init; }

    public required string LevelInput { get; init; }

    public required string LevelProces { get; init; }

    public required string LevelOutput { get; init; }

    public required string LevelOutcome { get; init; }

    public required string FieldDataSource { get; init; }

    public required string DataSourcePlaceholder { get; init; }

    public required string FieldExistingRegistration { get; init; }

    public required string ExistingRegistrationToggle { get; init; }

    public required string FieldOwner { get; init; }

    public required string FieldFrequency { get; init; }

    public required string FrequencyPlaceholder { get; init; }

    public required string FieldDirection { get; init; }

    public required string DirectionIncrease { get; init; }

    public required string DirectionDecrease { get; init; }

    public required string DirectionMaintain { get; init; }

    public required string FieldPriority { get; init; }

    public required string PriorityNeedToKnow { get; init; }

    public required string PriorityNiceToKnow { get; init; }

    public required string FieldActivityName { get; init; }

    public required string FieldDescription { get; init; }

    public required string FieldAgreementText { get; init; }

    public required string ResultGuidance { get; init; }

    public required string IndicatorGuidance { get; init; }

    public required string ActivityGuidance { get; init; }

    public required string QualityAgreementGuidance { get; init; }

    public required string FromNoteFormat { get; init; }

    public required string CoachHeading { get; init; }

    public required string CoachGood { get; init; }

    public required string CoachMissing { get; init; }

    public required string CoachEvidenceFormat { get; init; }

    public required string CoachTipFormat { get; init; }

    public required string CoachSuggestion { get; init; }

    public required string CoachAdvisory { get; init; }

    public required string RecapTitleFormat { get; init; }

    public required string RecapNotesAdded { get; init; }

    public required string RecapVotes { get; init; }

    public required string RecapParticipants { get; init; }

    public required string RecapSteps { get; init; }

    public required string RecapPromotedHeading { get; init; }

    public required string RecapNothingPromoted { get; init; }

    public required string MoreItemsFormat { get; init; }

    public required string TimerEndedTitle { get; init; }

    public required string TimerEndedFormat { get; init; }

    public required string ToTheStep { get; init; }

    public required string SummaryHeaderFormat { get; init; }

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

    public static CardText For(Language language) => language == Language.English ? English : Dutch;
}

using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Cards.Localization;

// The step card (notes, voting, moderator controls), the compass steps it explains, the timer and
// the meeting recap.
public sealed partial record CardText
{
    // One per compass step, in the order of CompassSteps.All.
    public required IReadOnlyList<CompassStepText> StepTexts { get; init; }

    public CompassStepText Step(int step) => CompassSteps.IsValid(step)
        ? StepTexts[step - CompassSteps.First]
        : throw new ArgumentOutOfRangeException(nameof(step), step, "A compass step is 1 to 6.");

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

    public required string EditNoteTitle { get; init; }

    public required string EditNoteLabel { get; init; }

    public required string NoteRequired { get; init; }

    public required string SilentHidesNotes { get; init; }

    public required string GroupNotesHeading { get; init; }

    public required string NoCluster { get; init; }

    // {0}: how many of the notes the viewer may see the card does not list.
    public required string MoreNotesFormat { get; init; }

    // The step's formal items: heading ({0} is how many), one line per item ({0} kind, {1} title), the rest.
    public required string StepItemsHeadingFormat { get; init; }

    public required string StepItemLineFormat { get; init; }

    public required string MoreStepItemsFormat { get; init; }

    public required string OpenItem { get; init; }

    public required string VoteOne { get; init; }

    public required string VoteMany { get; init; }

    // The viewer's own dots on a note in the open round ({0} is the number); shown also while the totals are hidden.
    public required string OwnDotOne { get; init; }

    public required string OwnDotMany { get; init; }

    // One line per note that was merged into the shown note: {0} is its text.
    public required string MergedNoteFormat { get; init; }

    public required string NotePromoted { get; init; }

    public required string Vote { get; init; }

    public required string RetractVote { get; init; }

    public required string MoveToStepLabel { get; init; }

    public required string MoveNoteTitle { get; init; }

    public required string Move { get; init; }

    public required string PromoteToLabel { get; init; }

    public required string Promote { get; init; }

    public required string NewNotesLabel { get; init; }

    public required string NewNotesPlaceholderFormat { get; init; }

    public required string AddNotes { get; init; }

    public required string ProposeResult { get; init; }

    // Step 6: opens the improvement cycle's overview (measurements, stories, reflections) as a new message.
    public required string OpenMonitoring { get; init; }

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

    // Label and title of the start-voting toggle that lets the moderator see the totals during the round.
    public required string ShowVoteCountsLabel { get; init; }

    public required string ShowVoteCountsTitle { get; init; }

    public required string GoToStep { get; init; }

    public required string GoToStepLabel { get; init; }

    public required string Go { get; init; }

    public required string Merge { get; init; }

    public required string MergeTargetLabel { get; init; }

    public required string MergeTargetRequired { get; init; }

    public required string MergeSourcesLabel { get; init; }

    public required string MergeSourcesRequired { get; init; }

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
}

using WorkshopBot.Domain;

namespace WorkshopBot.Application.Summaries;

// Refusals of the summary use cases made before the review is asked. Codes are in DomainErrorCodes.
public static class SummaryErrors
{
    public static DomainError NotFound { get; } = new(DomainErrorCodes.SummaryNotFound, "The summary does not exist.");

    public static DomainError InvalidSummary { get; } = new(DomainErrorCodes.InvalidSummary, "The card does not name a summary.");

    public static DomainError ForeignCard { get; } = new(DomainErrorCodes.WrongWerkgroep, "The card belongs to a summary of another conversation.");

    public static DomainError NotReviewer { get; } = new(DomainErrorCodes.NotReviewer, "The caller is not in the summary's large group.");

    public static DomainError RosterUnavailable { get; } = new(DomainErrorCodes.RosterUnavailable, "Teams could not confirm the caller's membership of the large group.");

    public static DomainError InvalidDeadline { get; } = new(DomainErrorCodes.InvalidDeadline, "The deadline needs a valid date and time.");

    public static DomainError NoLargeGroup { get; } = new(DomainErrorCodes.NoLargeGroup, "The traject has no large-group channel.");

    // Publishing the same content again would only reset the partners' answers.
    public static DomainError Unchanged(int version) =>
        new(DomainErrorCodes.SummaryUnchanged, "Nothing changed since the last version.") { TargetId = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public static DomainError NoOneMentioned { get; } = new(DomainErrorCodes.InvalidValue, "The mention names nobody.");

    public static DomainError NoReviewAnswer { get; } = new(DomainErrorCodes.InvalidValue, "No review answer chosen.");
}

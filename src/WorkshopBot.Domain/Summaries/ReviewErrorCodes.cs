namespace WorkshopBot.Domain.Summaries;

public static class ReviewErrorCodes
{
    public const string CommentRequired = "comment-required";
    public const string ReviewClosed = "review-closed";
    public const string ReviewSuperseded = "review-superseded";
    public const string DeadlineInPast = "deadline-in-past";
}

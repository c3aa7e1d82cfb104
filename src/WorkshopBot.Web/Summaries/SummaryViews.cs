using WorkshopBot.Application.Summaries;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Web.Summaries;

// Card views of a summary review (the snapshot itself is Application's SummarySnapshot).
public static class SummaryViews
{
    // The shared card (viewer null) or one user's view with their own answer.
    public static SummaryView Summary(SummaryReview review, string? viewerId)
    {
        var content = review.Content;
        return new SummaryView
        {
            SummaryId = SummaryCardIds.Format(review.TrajectId, review.Id),
            Version = review.Version,
            PublishedAt = review.PublishedAt,
            WerkgroepName = content.WerkgroepName ?? content.Title,
            TrajectName = content.TrajectName,
            SupersededByVersion = review.SupersededByVersion,
            Results = content.Results.Select(r => new SummaryResultView(
                r.Statement,
                Enum.TryParse<ItemStatus>(r.Status, out var status) ? status : ItemStatus.Concept,
                r.Indicators.Select(i => new SummaryIndicatorView(
                    i.Name,
                    Enum.TryParse<IndicatorType>(i.Type, out var type) ? type : null,
                    Enum.TryParse<IndicatorKind>(i.Kind, out var kind) ? kind : null,
                    i.Baseline,
                    i.Target,
                    i.Source,
                    null,
                    null)).ToList())).ToList(),
            Activities = content.Activities.Select(a => new SummaryActivityView(a.What, a.Organisations.Count == 0 ? null : string.Join(", ", a.Organisations))).ToList(),
            QualityAgreements = content.QualityAgreements.Select(Agreement).ToList(),
            OpenQuestions = content.OpenQuestions,
            OpenCoachingPoints = content.Results.SelectMany(r => r.CoachingPoints).ToList(),
            Participants = content.Participants.Select(p => new PersonView(p.Name, p.Organisation)).ToList(),
            BoardUrl = content.BoardUrl,
            Review = new ReviewView
            {
                Deadline = review.Deadline,
                IsClosed = review.State == ReviewState.Closed,
                Responses = review.Responses.Select(r => new ReviewResponseView(r.ReviewerId, r.ReviewerId, new PersonView(r.Name, r.Organisation), r.Answer, r.Comment, r.AnsweredAt)).ToList(),
                PendingOrganisations = review.OrganisationsNotResponded,
            },
            Viewer = viewerId is null ? null : new CardViewer(viewerId, review.IsModerator(viewerId)),

            // Reviewers are known by their Entra id, not the "29:" id Teams needs for refresh.userIds,
            // so the shared card offers a manual refresh for a personal view.
            Audience = new CardAudience(review.Reviewers.Count, []),
        };
    }

    public static ReminderView Reminder(SummaryReview review) =>
        new(SummaryCardIds.Format(review.TrajectId, review.Id), review.Version, review.Content.WerkgroepName ?? review.Content.Title, review.Content.TrajectName, review.Deadline ?? review.PublishedAt, review.Content.BoardUrl);

    // threadUrl: the summary's thread, where the moderator reads along and answers.
    public static ReviewNotificationView Notification(SummaryReview review, ReviewResponse response, string? threadUrl) =>
        new(
            SummaryCardIds.Format(review.TrajectId, review.Id),
            review.Version,
            response.ReviewerId,
            review.Content.WerkgroepName ?? review.Content.Title,
            new PersonView(response.Name, response.Organisation),
            response.Answer,
            response.Comment,
            response.AnsweredAt,
            threadUrl);

    private static string Agreement(SummaryAgreement agreement)
    {
        var text = string.IsNullOrWhiteSpace(agreement.Condition) ? agreement.Description : $"{agreement.Condition}: {agreement.Description}";
        return string.IsNullOrWhiteSpace(agreement.Owner) ? text : $"{text} ({agreement.Owner})";
    }
}

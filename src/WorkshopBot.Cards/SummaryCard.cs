using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Time;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// The versioned summary posted to the large group, with the review round (akkoord / vraag / bezwaar).
public static class SummaryCard
{
    private sealed record Limits(int Results, int IndicatorsPerResult, int ListItems, int Responses, int CommentLength);

    private static readonly Limits[] Steps =
    [
        new(int.MaxValue, int.MaxValue, 50, 60, 400),
        new(30, 6, 30, 40, 240),
        new(20, 4, 20, 30, 160),
        new(12, 3, 12, 20, 100),
        new(8, 2, 8, 12, 60),
        new(4, 1, 4, 6, 0),
    ];

    public static JsonObject Build(SummaryView view, Language language)
    {
        var t = CardText.For(language);
        var indexes = Enumerable.Range(0, Steps.Length).ToList();
        return CardBudget.Fit(indexes, i => Build(view, t, Steps[i]));
    }

    private static JsonObject SummaryData(SummaryView view) =>
        Ac.Data((CardDataKeys.SummaryId, view.SummaryId), (CardDataKeys.SummaryVersion, view.Version));

    private static JsonObject Build(SummaryView view, CardText t, Limits limits)
    {
        var truncated = false;
        var body = new List<JsonNode?>
        {
            Superseded(view, t),
            Ac.Text(Format(t.SummaryHeaderFormat, view.Version, DateTime(view.PublishedAt, t)), subtle: true, size: "Small"),
            Ac.Heading(Format(t.WerkgroepLineFormat, Esc(view.WerkgroepName)), "Large"),
            string.IsNullOrWhiteSpace(view.TrajectName) ? null : Ac.Text(Format(t.TrajectLineFormat, Esc(view.TrajectName)), subtle: true, spacing: "None"),
            Results(view, t, limits, ref truncated),
            List(t.ActivitiesHeading, view.Activities.Select(a => string.IsNullOrWhiteSpace(a.Owner) ? Esc(a.Name) : Format("{0} ({1})", Esc(a.Name), Esc(a.Owner))).ToList(), limits, t, ref truncated),
            List(t.QualityAgreementsHeading, view.QualityAgreements.Select(Esc).ToList(), limits, t, ref truncated),
            List(t.OpenQuestionsHeading, view.OpenQuestions.Select(Esc).ToList(), limits, t, ref truncated),
            List(t.OpenCoachingPointsHeading, view.OpenCoachingPoints.Select(Esc).ToList(), limits, t, ref truncated),
            Participants(view, limits, t, ref truncated),
            Review(view, t, limits, ref truncated),
        };

        var moreUrl = view.FullSummaryUrl ?? view.BoardUrl;
        var actions = new List<JsonNode?>
        {
            truncated && !string.IsNullOrWhiteSpace(moreUrl) ? Ac.OpenUrl(t.ViewAll, moreUrl) : null,
            BoardLink(view.BoardUrl, t),
            view.CanPublish ? Ac.Execute(t.PublishNewVersion, CardVerbs.PublishSummary, Ac.Data(), withInputs: false) : null,
            ManualRefresh(view.Audience, CardVerbs.RefreshSummary, () => SummaryData(view), t),
        };
        return Ac.Card(body, actions, Refresh(view.Audience, CardVerbs.RefreshSummary, () => SummaryData(view)));
    }

    private static JsonObject? Superseded(SummaryView view, CardText t)
    {
        if (view.SupersededByVersion is not { } newer)
        {
            return null;
        }

        return Ac.Container(
            [
                Ac.Text(Format(t.SupersededFormat, newer), weight: "Bolder", color: "Warning"),
                string.IsNullOrWhiteSpace(view.SupersededByUrl) ? null : Ac.Actions([Ac.OpenUrl(Format(t.ToVersionFormat, newer), view.SupersededByUrl)]),
            ],
            style: "warning");
    }

    private static JsonObject Results(SummaryView view, CardText t, Limits limits, ref bool truncated)
    {
        if (view.Results.Count == 0)
        {
            return Ac.Text(t.NoResultsYet, subtle: true, separator: true);
        }

        var items = new List<JsonNode?> { Ac.Text(t.ResultsHeading, weight: "Bolder", size: "Medium") };
        var number = 0;
        foreach (var result in view.Results.Take(limits.Results))
        {
            number++;
            items.Add(Ac.Text(Format("{0}\\. {1}", number, Esc(result.Text)), weight: "Bolder", separator: number > 1));
            items.Add(Ac.Text(ItemStatus(result.Status, t), color: ItemStatusColor(result.Status), size: "Small", spacing: "None"));
            foreach (var indicator in result.Indicators.Take(limits.IndicatorsPerResult))
            {
                items.Add(Ac.Text("• " + IndicatorLine(indicator, t), size: "Small", spacing: "Small"));
            }

            if (result.Indicators.Count > limits.IndicatorsPerResult)
            {
                truncated = true;
                items.Add(Ac.Text(Format(t.MoreIndicatorsFormat, result.Indicators.Count - limits.IndicatorsPerResult), subtle: true, size: "Small", spacing: "None"));
            }
        }

        if (view.Results.Count > limits.Results)
        {
            truncated = true;
            items.Add(Ac.Text(Format(t.MoreResultsFormat, view.Results.Count - limits.Results), subtle: true));
        }

        return Ac.Container(items, separator: true)!;
    }

    private static string IndicatorLine(SummaryIndicatorView indicator, CardText t)
    {
        var parts = new List<string> { Esc(indicator.Name) };
        var labels = new List<string>();
        if (indicator.Level is { } level)
        {
            labels.Add(Level(level, t));
        }

        if (indicator.Measure is { } measure)
        {
            labels.Add(Measure(measure, t));
        }

        if (indicator.Priority is { } priority)
        {
            labels.Add(Priority(priority, t));
        }

        if (labels.Count > 0)
        {
            parts.Add(string.Join(", ", labels));
        }

        if (!string.IsNullOrWhiteSpace(indicator.Baseline) || !string.IsNullOrWhiteSpace(indicator.Target))
        {
            parts.Add(Format(t.BaselineTargetFormat, Esc(indicator.Baseline ?? "?"), Esc(indicator.Target ?? "?")));
        }

        if (!string.IsNullOrWhiteSpace(indicator.DataSource))
        {
            parts.Add(Format(t.SourceFormat, Esc(indicator.DataSource)));
        }

        if (!string.IsNullOrWhiteSpace(indicator.Owner))
        {
            parts.Add(Format(t.OwnerFormat, Esc(indicator.Owner)));
        }

        return string.Join(" · ", parts);
    }

    private static JsonObject? List(string heading, IReadOnlyList<string> escapedLines, Limits limits, CardText t, ref bool truncated)
    {
        if (escapedLines.Count == 0)
        {
            return null;
        }

        var items = new List<JsonNode?> { Ac.Text(heading, weight: "Bolder") };
        items.AddRange(escapedLines.Take(limits.ListItems).Select(l => (JsonNode?)Ac.Text("• " + l, spacing: "Small")));
        if (escapedLines.Count > limits.ListItems)
        {
            truncated = true;
            items.Add(Ac.Text(Format(t.MoreItemsFormat, escapedLines.Count - limits.ListItems), subtle: true, size: "Small"));
        }

        return Ac.Container(items, separator: true);
    }

    private static JsonObject? Participants(SummaryView view, Limits limits, CardText t, ref bool truncated)
    {
        if (view.Participants.Count == 0)
        {
            return null;
        }

        var names = string.Join(", ", view.Participants.Take(limits.Responses).Select(Person));
        if (view.Participants.Count > limits.Responses)
        {
            truncated = true;
            names += " " + Format(t.AndMoreFormat, view.Participants.Count - limits.Responses);
        }

        return Ac.Text(Format(t.ParticipantsFormat, names), subtle: true, separator: true);
    }

    private static JsonObject Review(SummaryView view, CardText t, Limits limits, ref bool truncated)
    {
        var review = view.Review;
        var akkoord = review.Responses.Count(r => r.Answer == ReviewAnswer.Akkoord);
        var vraag = review.Responses.Count(r => r.Answer == ReviewAnswer.Vraag);
        var bezwaar = review.Responses.Count(r => r.Answer == ReviewAnswer.Bezwaar);
        var isActive = !review.IsClosed && view.SupersededByVersion is null;

        var items = new List<JsonNode?>
        {
            Ac.Text(t.ReviewHeading, weight: "Bolder", size: "Medium"),
            review.IsClosed
                ? Ac.Text(t.ReviewClosed, color: "Warning", weight: "Bolder")
                : review.Deadline is { } deadline ? Ac.Text(Format(t.ReviewDeadlineFormat, DateTime(deadline, t)), spacing: "Small") : null,
            Ac.Columns(
                Ac.Column([Ac.Text(Format(t.TallyAkkoordFormat, akkoord), color: "Good", weight: "Bolder")], width: "auto"),
                Ac.Column([Ac.Text(Format(t.TallyVraagFormat, vraag), color: "Warning", weight: "Bolder")], width: "auto"),
                Ac.Column([Ac.Text(Format(t.TallyBezwaarFormat, bezwaar), color: "Attention", weight: "Bolder")], width: "auto")),
        };
        if (review.IsClosed)
        {
            items.Insert(2, Ac.Text(t.FinalTally, subtle: true, spacing: "Small"));
        }

        var ordered = review.Responses.OrderBy(r => r.RespondedAt).ThenBy(r => r.ResponseId, StringComparer.Ordinal).ToList();
        foreach (var response in ordered.Take(limits.Responses))
        {
            items.Add(Ac.Text(Format("{0} — {1}", Person(response.Person), Answer(response.Answer, t)), size: "Small", spacing: "Small"));
            if (limits.CommentLength > 0 && response.Answer != ReviewAnswer.Akkoord && !string.IsNullOrWhiteSpace(response.Comment))
            {
                var comment = response.Comment.Length <= limits.CommentLength
                    ? response.Comment
                    : string.Concat(response.Comment.AsSpan(0, limits.CommentLength - 1), "…");
                items.Add(Ac.Text("„" + Esc(comment) + "”", subtle: true, size: "Small", spacing: "None"));
            }
        }

        if (ordered.Count > limits.Responses)
        {
            truncated = true;
            items.Add(Ac.Text(Format(t.MoreResponsesFormat, ordered.Count - limits.Responses), subtle: true, size: "Small"));
        }

        if (review.PendingOrganisations.Count > 0)
        {
            items.Add(Ac.Text(Format(review.IsClosed ? t.NeverRespondedFormat : t.NotYetRespondedFormat,
                string.Join(", ", review.PendingOrganisations.Select(Esc))), subtle: true, spacing: "Medium"));
        }

        var own = view.Viewer is null
            ? null
            : review.Responses.Where(r => string.Equals(r.UserId, view.Viewer.UserId, StringComparison.Ordinal))
                .OrderByDescending(r => r.RespondedAt).FirstOrDefault();
        if (own is not null)
        {
            items.Add(Ac.Container(
                [
                    Ac.Text(Format(t.YourAnswerFormat, Answer(own.Answer, t), DateTime(own.RespondedAt, t)), weight: "Bolder", color: AnswerColor(own.Answer)),
                    string.IsNullOrWhiteSpace(own.Comment) ? null : Ac.Text(Esc(own.Comment), size: "Small", spacing: "None"),
                ],
                style: "emphasis"));
        }

        if (isActive)
        {
            items.Add(AnswerForm(view, own is not null, t));
        }

        if (isActive && view.Viewer is { IsModerator: true })
        {
            items.Add(DeadlineForm(view, t));

            // A people picker needs Teams' search invoke; the typed command with an @mention works everywhere.
            items.Add(Ac.Text(t.AddReviewerHint, subtle: true, size: "Small"));
        }

        return Ac.Container(items, separator: true)!;
    }

    // Only in a moderator's own view; the server checks the role again against the stored review.
    // The date and time are Europe/Amsterdam; the server refuses a moment in the past.
    private static JsonObject DeadlineForm(SummaryView view, CardText t)
    {
        var current = view.Review.Deadline is { } deadline ? AmsterdamTime.Convert(deadline) : (DateTimeOffset?)null;
        var form = Ac.SubCard(
            [
                Ac.InputDate(CardInputs.DeadlineDate, t.NewDeadlineDate, current?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    required: true, errorMessage: t.NewDeadlineRequired),
                Ac.InputTime(CardInputs.DeadlineTime, t.NewDeadlineTime, current?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "17:00",
                    required: true, errorMessage: t.NewDeadlineRequired),
            ],
            [Ac.Execute(t.SaveDeadline, CardVerbs.ChangeSummaryDeadline, SummaryData(view), style: "positive")]);
        return Ac.Actions([Ac.ShowCard(t.ChangeDeadline, form)], spacing: "Medium")!;
    }

    // Akkoord needs no explanation; a vraag or bezwaar must carry a comment (also checked by the server).
    private static JsonObject AnswerForm(SummaryView view, bool answered, CardText t)
    {
        var agree = SummaryData(view).With(CardInputs.ReviewAnswer, CardValues.Akkoord);
        var questionCard = Ac.SubCard(
            [
                Ac.ChoiceSet(CardInputs.ReviewAnswer, t.AnswerLabel,
                    [(t.AnswerVraag, CardValues.Vraag), (t.AnswerBezwaar, CardValues.Bezwaar)],
                    value: CardValues.Vraag, expanded: true, required: true, errorMessage: t.AnswerRequired),
                Ac.InputText(CardInputs.ReviewComment, t.CommentLabel, placeholder: t.CommentPlaceholder, multiline: true, maxLength: 2000,
                    required: true, errorMessage: t.CommentRequired),
            ],
            [Ac.Execute(t.SendAnswer, CardVerbs.RespondToSummary, SummaryData(view), style: "positive")]);
        return Ac.Container(
            [
                Ac.Text(answered ? t.ChangeAnswer : t.GiveAnswer, weight: "Bolder"),
                Ac.Actions(
                    [
                        Ac.Execute(t.AnswerAkkoord, CardVerbs.RespondToSummary, agree, style: "positive", withInputs: false),
                        Ac.ShowCard(t.QuestionOrObjection, questionCard),
                    ]),
            ],
            spacing: "Medium")!;
    }
}

using WorkshopBot.Application.Projections;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Workshop;

// Domain -> card views. Cards never see domain records; the facts come from the shared projections
// (Application/Projections), which the board and the exports read too, and are only put in card shape here.
public static class CardViewFactory
{
    // Teams allows at most 60 ids in refresh.userIds; above that the card is shared.
    public const int MaxRefreshUsers = 60;

    public static StepCardView Step(Werkgroep werkgroep, int step, string? viewerId, string? boardUrl, string? trajectName = null)
    {
        var state = werkgroep.StepStateOf(step);
        var progress = StepProgressProjection.Of(werkgroep, step);
        var countsVisible = werkgroep.VoteCountsVisible(viewerId, step);
        var votingOpen = werkgroep.Voting is { IsOpen: true, Step: var votingStep } && votingStep == step;
        var (listed, totals) = ListedNotes(werkgroep, step, viewerId, votingOpen, countsVisible, state.Silent ? null : progress.Authors);
        return new StepCardView
        {
            WerkgroepId = werkgroep.Id,
            WerkgroepName = werkgroep.Name,
            TrajectName = trajectName,
            Step = step,
            State = state.Status,
            SilentBrainstorm = state.Silent,
            TimerEndsAt = werkgroep.Timer?.EndsAt,
            Voting = votingOpen && werkgroep.Voting is { } round
                ? new VotingRoundView(round.Round.ToString(System.Globalization.CultureInfo.InvariantCulture), round.DotsPerPerson, viewerId is null ? 0 : werkgroep.DotsLeft(viewerId))
                : null,
            Notes = [.. listed.Select(note => Note(NoteProjection.Of(werkgroep, note, viewerId), countsVisible))],
            Totals = totals,
            StepTotal = new StepNoteCount(progress.Notes, progress.Authors),
            Items = Items(werkgroep, step),
            BoardVersion = werkgroep.Version,
            BoardUrl = boardUrl,
            Viewer = viewerId is null ? null : new CardViewer(viewerId, werkgroep.IsModerator(viewerId)),
            Audience = Audience(werkgroep),
        };
    }

    // The notes the step card can list, in its order: the viewer's own first (at most StepCard.OwnNoteBudget),
    // then the group's (at most StepCard.NoteBudget), counted on the whole step. Only these are projected, so
    // the card costs the same on any board size (issue 14). `visibleAuthors` is the step's author count when
    // every note is visible (no silent brainstorm); otherwise only the viewer's own are.
    private static (List<Note> Listed, NoteListTotals Totals) ListedNotes(
        Werkgroep werkgroep, int step, string? viewerId, bool votingOpen, bool countsVisible, int? visibleAuthors)
    {
        var visible = werkgroep.VisibleNotes(viewerId ?? "", step);
        var ranked = StepNoteOrder.Rank(visible, votingOpen, note => countsVisible ? note.VoteCount : 0, note => note.Cluster, note => note.CreatedAt, note => note.Id);
        var listed = new List<Note>(StepCard.OwnNoteBudget + StepCard.NoteBudget);
        int own = 0, ownListed = 0, othersListed = 0;
        foreach (var note in ranked)
        {
            if (viewerId is not null && string.Equals(note.AuthorId, viewerId, StringComparison.Ordinal))
            {
                own++;
                if (ownListed++ < StepCard.OwnNoteBudget)
                {
                    listed.Add(note);
                }
            }
            else if (othersListed++ < StepCard.NoteBudget)
            {
                listed.Add(note);
            }
        }

        return (listed, new NoteListTotals(visible.Count, own, visibleAuthors ?? (own > 0 ? 1 : 0)));
    }

    // Who gets their own view of a werkgroep's cards: Teams matches refresh.userIds against the viewer's
    // Teams id (MRI, from.id), never the Entra object id, so members are listed by their MRI; members known
    // only from the board have none yet and are counted, so the card also offers the manual refresh.
    public static CardAudience Audience(Werkgroep werkgroep) =>
        new(werkgroep.Members.Count, [.. werkgroep.Members.Select(m => m.TeamsId).OfType<string>().Take(MaxRefreshUsers)]);

    // The step's formal items, the kind the step produces first (FormalItemKinds.ForStep), each kind in
    // stored order. Deleted items are not in these lists.
    private static IReadOnlyList<StepItemView> Items(Werkgroep werkgroep, int step)
    {
        IEnumerable<FormalItem> all =
        [
            .. werkgroep.Results, .. werkgroep.Activities, .. werkgroep.QualityAgreements, .. werkgroep.Indicators,
        ];
        var main = FormalItemKinds.ForStep(step);
        return all
            .Where(item => item.CompassStep == step)
            .OrderBy(item => item.Kind == main ? 0 : 1)
            .Select(item => new StepItemView(item.Id, item.Kind, item.ItemVersion, TitleOf(item), item.Status))
            .ToList();
    }

    private static string TitleOf(FormalItem item) => item switch
    {
        Result result => result.Statement,
        Indicator indicator => indicator.Name,
        PlannedActivity activity => activity.What,
        QualityAgreement agreement => agreement.Description,
        _ => item.Id,
    };

    // A note in card shape; vote totals only where the viewer may see them (Werkgroep.VoteCountsVisible).
    public static NoteView Note(NoteProjection note, bool countsVisible) => new()
    {
        NoteId = note.Id,
        Version = note.Version,
        Text = note.Text,
        AuthorUserId = note.AuthorId,
        AuthorName = note.AuthorName,
        AuthorOrganisation = note.AuthorOrganisation,
        MergedTexts = note.MergedTexts,
        ClusterLabel = note.Cluster,
        Votes = countsVisible ? note.Votes : null,
        ViewerVotes = note.ViewerVotes,
        Promoted = note.PromotedTo is not null,
        CreatedAt = note.CreatedAt,
    };
}

using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Workshop;

// Domain -> card views. Cards never see domain records; this is the one place that translates.
public static class CardViewFactory
{
    // Teams allows at most 60 ids in refresh.userIds; above that the card is shared.
    public const int MaxRefreshUsers = 60;

    public static StepCardView Step(Werkgroep werkgroep, int step, string? viewerId, string? boardUrl, string? trajectName = null)
    {
        var state = werkgroep.StepStateOf(step);
        var silent = state.Silent;
        var notes = viewerId is null
            ? (silent ? [] : werkgroep.NotesInStep(step))
            : werkgroep.VisibleNotes(viewerId, step);
        // Teams matches refresh.userIds against the viewer's MRI (from.id), never the Entra object id.
        var teamsIds = werkgroep.Members.Select(m => m.TeamsId).OfType<string>().ToList();
        return new StepCardView
        {
            WerkgroepId = werkgroep.Id,
            WerkgroepName = werkgroep.Name,
            TrajectName = trajectName,
            Step = step,
            State = state.Status,
            SilentBrainstorm = silent,
            TimerEndsAt = werkgroep.Timer?.EndsAt,
            Voting = werkgroep.Voting is { IsOpen: true, Step: var votingStep } round && votingStep == step
                ? new VotingRoundView(round.Round.ToString(System.Globalization.CultureInfo.InvariantCulture), round.DotsPerPerson, viewerId is null ? 0 : werkgroep.DotsLeft(viewerId))
                : null,
            Notes = notes.Select(note => Note(werkgroep, note, viewerId)).ToList(),
            BoardVersion = werkgroep.Version,
            BoardUrl = boardUrl,
            Viewer = viewerId is null ? null : new CardViewer(viewerId, werkgroep.IsModerator(viewerId)),
            Audience = new CardAudience(werkgroep.Members.Count, teamsIds.Take(MaxRefreshUsers).ToList()),
        };
    }

    private static NoteView Note(Werkgroep werkgroep, Note note, string? viewerId) => new()
    {
        NoteId = note.Id,
        Version = note.EditedAt?.UtcTicks ?? note.CreatedAt.UtcTicks,
        Text = note.Text,
        AuthorUserId = note.AuthorId,
        AuthorName = note.AuthorName,
        AuthorOrganisation = werkgroep.OrganisationOf(note),
        MergedTexts = werkgroep.MergedNotes(note.Id)
            .Where(merged => !werkgroep.StepStateOf(note.Step).Silent || merged.AuthorId == viewerId)
            .Select(merged => merged.Text)
            .ToList(),
        ClusterLabel = note.Cluster,
        Votes = note.VoteCount,
        ViewerVotes = viewerId is null ? 0 : note.Votes.Count(v => v.UserId == viewerId),
        Promoted = note.PromotedTo is not null,
    };
}

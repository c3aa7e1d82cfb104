using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Bot;

namespace WorkshopBot.Web.Workshop;

// The one implementation of every board change, shared by the Teams cards (Action.Execute verbs)
// and the board page (POST /api/boards/{id}/actions). Each verb becomes a pure domain operation;
// the domain checks roles against stored membership. operationKey makes new ids deterministic,
// so a redelivered activity or a retried request never adds anything twice.
public static class WerkgroepOperations
{
    public delegate DomainResult<Change<Werkgroep>> Operation(Werkgroep werkgroep, DateTimeOffset now);

    public const string SetOrganisationVerb = "setOrganisation";

    public static Operation? For(string verb, CardData data, Actor actor, string operationKey)
    {
        var step = data.Int(CardDataKeys.Step) ?? 0;
        var noteId = data.String(CardDataKeys.NoteId) ?? "";
        return verb switch
        {
            CardVerbs.AddNotes or "addNotes" => (w, now) =>
                w.AddNotes(actor, operationKey, step, NoteLines.Split(data.String(CardInputs.NewNotes) ?? data.String("text")), now),
            CardVerbs.EditNote => (w, now) =>
                w.EditNote(actor, noteId, data.String(CardInputs.EditNoteText(noteId)) ?? data.String("text") ?? "", now),
            CardVerbs.DeleteNote => (w, now) => w.DeleteNote(actor, noteId, now),
            CardVerbs.CastVote or "vote" => (w, now) => w.Vote(actor, noteId, now),
            CardVerbs.RetractVote or "unvote" => (w, now) => w.Unvote(actor, noteId, now),
            CardVerbs.OpenStep => (w, now) => w.OpenStep(actor, step, now),
            CardVerbs.CloseStep => (w, now) => w.CloseStep(actor, step, now),
            CardVerbs.LockStep => (w, now) => w.LockStep(actor, step, now),
            "setStepState" => data.String("state") switch
            {
                "open" => (w, now) => w.OpenStep(actor, step, now),
                "closed" => (w, now) => w.CloseStep(actor, step, now),
                "locked" => (w, now) => w.LockStep(actor, step, now),
                _ => null,
            },
            CardVerbs.StartSilent => (w, now) => w.StartSilent(actor, step, now),
            CardVerbs.RevealNotes or "reveal" => (w, now) => w.Reveal(actor, step, now),
            CardVerbs.StartTimer => (w, now) => w.StartTimer(actor, data.Int(CardInputs.TimerMinutes) ?? 5, now),
            CardVerbs.StopTimer => (w, now) => w.ClearTimer(actor, now),
            CardVerbs.StartVoting => (w, now) => w.StartVoting(actor, step, data.Int(CardInputs.VotingDots) ?? 3, now),
            CardVerbs.CloseVoting => (w, now) => w.CloseVoting(actor, now),
            CardVerbs.MoveNote => (w, now) =>
                w.MoveNote(actor, noteId, data.Int(CardInputs.MoveToStep(noteId)) ?? data.Int("toStep") ?? 0, now),
            CardVerbs.MergeNotes => (w, now) => w.MergeNotes(
                actor,
                data.String(CardInputs.MergeTargetNoteId) ?? data.String("targetNoteId") ?? "",
                SourceIds(data),
                now),
            "setCluster" => (w, now) => w.SetCluster(actor, noteId, data.String("label"), now),
            SetOrganisationVerb => SetOrganisation(actor, data.String("userId"), data.String("organisation")),
            CardVerbs.PromoteNote => Promote(data.String(CardInputs.PromoteKind(noteId)) ?? data.String("kind"), actor, noteId, operationKey),
            CardVerbs.AcceptItem => ParseKind(data.String(CardDataKeys.ItemKind)) is { } kind
                ? (w, now) => w.MarkVastgesteld(actor, kind, data.String(CardDataKeys.ItemId) ?? "", now)
                : null,
            _ => null,
        };
    }

    // Which organisation a member represents: their own unless a moderator names someone else. Also the
    // bot's typed command "organisatie …".
    public static Operation SetOrganisation(Actor actor, string? userId, string? organisation) =>
        (w, now) => w.SetOrganisation(actor, string.IsNullOrEmpty(userId) ? actor.UserId : userId, organisation, now);

    public static string ItemIdFor(string operationKey, string prefix) => $"{prefix}-{operationKey}";

    private static Operation? Promote(string? kind, Actor actor, string noteId, string operationKey) => ParseKind(kind) switch
    {
        FormalItemKind.Result => (w, now) => w.PromoteToResult(actor, noteId, ItemIdFor(operationKey, "res"), null, now),
        FormalItemKind.Indicator => (w, now) => w.PromoteToIndicator(actor, noteId, ItemIdFor(operationKey, "ind"), null, now),
        FormalItemKind.Activity => (w, now) => w.PromoteToActivity(actor, noteId, ItemIdFor(operationKey, "act"), now),
        FormalItemKind.QualityAgreement => (w, now) => w.PromoteToQualityAgreement(actor, noteId, ItemIdFor(operationKey, "qa"), now),
        _ => null,
    };

    private static FormalItemKind? ParseKind(string? kind) => kind switch
    {
        CardValues.Result => FormalItemKind.Result,
        CardValues.Indicator => FormalItemKind.Indicator,
        CardValues.Activity => FormalItemKind.Activity,
        CardValues.QualityAgreement => FormalItemKind.QualityAgreement,
        _ => null,
    };

    private static IReadOnlyList<string> SourceIds(CardData data)
    {
        var fromCard = data.List(CardInputs.MergeSourceNoteIds, CardInputs.MultiSelectSeparator);
        return fromCard.Count > 0 ? fromCard : data.List("sourceNoteIds", CardInputs.MultiSelectSeparator);
    }
}

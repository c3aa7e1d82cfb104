using WorkshopBot.Application.Commands;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Bot;

// Card data (Action.Execute or an older client's Action.Submit) -> the application's command. Card inputs
// that repeat per note carry the note id in their input id; this is the one place that knows that.
public static class CardCommandParser
{
    // Null when the verb is not a werkgroep command or the card lacks what the command needs.
    public static WerkgroepCommand? Parse(string verb, CardData data)
    {
        var step = data.Int(CardDataKeys.Step);
        var noteId = data.String(CardDataKeys.NoteId) ?? "";
        var itemId = data.String(CardDataKeys.ItemId) ?? "";
        var version = data.Int(CardDataKeys.ItemVersion) ?? 0;
        WerkgroepCommand? command = verb switch
        {
            CommandVerbs.AddNotes => new AddNotes(step, data.String(CardInputs.NewNotes) ?? ""),
            CommandVerbs.EditNote => new EditNote(noteId, data.String(CardInputs.EditNoteText(noteId)) ?? ""),
            CommandVerbs.DeleteNote => new DeleteNote(noteId),
            CommandVerbs.CastVote => new CastVote(noteId),
            CommandVerbs.RetractVote => new RetractVote(noteId),
            CommandVerbs.OpenStep => new OpenStep(step ?? 0),
            CommandVerbs.CloseStep => new CloseStep(step ?? 0),
            CommandVerbs.LockStep => new LockStep(step ?? 0),
            CommandVerbs.StartSilent => new StartSilent(step ?? 0),
            CommandVerbs.RevealNotes => new RevealNotes(step ?? 0),
            CommandVerbs.StartTimer => new StartTimer(data.Int(CardInputs.TimerMinutes) ?? 5),
            CommandVerbs.StopTimer => new StopTimer(),
            CommandVerbs.StartVoting => new StartVoting(step ?? 0, data.Int(CardInputs.VotingDots) ?? 3,
                data.String(CardInputs.VotingShowCounts) == CardValues.True),
            CommandVerbs.CloseVoting => new CloseVoting(),
            CommandVerbs.MoveNote => new MoveNote(noteId, data.Int(CardInputs.MoveToStep(noteId)) ?? 0),
            CommandVerbs.MergeNotes => new MergeNotes(
                data.String(CardInputs.MergeTargetNoteId) ?? "",
                data.List(CardInputs.MergeSourceNoteIds, CardInputs.MultiSelectSeparator)),
            CommandVerbs.PromoteNote => ParseKind(data.String(CardInputs.PromoteKind(noteId))) is { } promoteKind
                ? new PromoteNote(noteId, promoteKind)
                : null,
            CommandVerbs.AcceptItem => ParseKind(data.String(CardDataKeys.ItemKind)) is { } acceptKind
                ? new AcceptItem(acceptKind, itemId)
                : null,
            CommandVerbs.ParkItem => ParseKind(data.String(CardDataKeys.ItemKind)) is { } parkKind
                ? new ParkItem(parkKind, itemId)
                : null,
            CommandVerbs.UnparkItem => ParseKind(data.String(CardDataKeys.ItemKind)) is { } unparkKind
                ? new UnparkItem(unparkKind, itemId)
                : null,
            CommandVerbs.ProposeItem => Draft(data) is { } proposed ? new ProposeItem(step ?? CompassSteps.DefaultStep, proposed) : null,
            CommandVerbs.UpdateItem => Draft(data) is { } edited ? new EditItem(itemId, version, edited) : null,
            CommandVerbs.AdoptSuggestion => new AdoptSuggestion(itemId, version),
            _ => null,
        };
        // The step to show again must be a compass step: a forged one would fail rendering the answer.
        var cardStep = step is { } shown && CompassSteps.IsValid(shown) ? step : null;
        return command is null ? null : command with { CardWerkgroepId = data.String(CardDataKeys.WerkgroepId), CardStep = cardStep };
    }

    public static CreateTraject CreateTraject(CardData data, ChannelRef? largeGroupChannel) =>
        new(data.String(CardInputs.TrajectName), data.String(CardInputs.Gemeente), data.String(CardInputs.Theme), largeGroupChannel, data.String(CardInputs.Ambitions));

    public static EditTraject EditTraject(CardData data) =>
        new(data.String(CardDataKeys.TrajectId), data.String(CardInputs.TrajectName), data.String(CardInputs.Theme), data.String(CardInputs.Ambitions));

    public static FormalItemKind? ParseKind(string? kind) => CardValues.TryParseItemKind(kind, out var parsed) ? parsed : null;

    // Propose and edit forms share input ids (ItemForms), so one reader serves both.
    private static ItemDraft? Draft(CardData data) => ParseKind(data.String(CardDataKeys.ItemKind)) switch
    {
        FormalItemKind.Result => ItemDraft.Of(ItemDrafts.Result(data)),
        FormalItemKind.Indicator => ItemDraft.Of(ItemDrafts.Indicator(data)),
        FormalItemKind.Activity => ItemDraft.Of(ItemDrafts.Activity(data)),
        FormalItemKind.QualityAgreement => ItemDraft.Of(ItemDrafts.QualityAgreement(data)),
        _ => null,
    };
}

using WorkshopBot.Domain.Items;

namespace WorkshopBot.Application.Commands;

// The form of one formal item, whatever surface it came from. Exactly one draft matches Kind. Fields a
// form does not show stay null or empty; an edit keeps the item's current value for them (ItemEdits).
public sealed record ItemDraft
{
    private ItemDraft(FormalItemKind kind) => Kind = kind;

    public FormalItemKind Kind { get; }

    public ResultDraft? Result { get; private init; }

    // An indicator's draft is an Indicator without identity (Werkgroep.ProposeIndicator).
    public Indicator? Indicator { get; private init; }

    public PlannedActivityDraft? Activity { get; private init; }

    public QualityAgreementDraft? QualityAgreement { get; private init; }

    public static ItemDraft Of(ResultDraft draft) => new(FormalItemKind.Result) { Result = draft };

    public static ItemDraft Of(Indicator draft) => new(FormalItemKind.Indicator) { Indicator = draft };

    public static ItemDraft Of(PlannedActivityDraft draft) => new(FormalItemKind.Activity) { Activity = draft };

    public static ItemDraft Of(QualityAgreementDraft draft) => new(FormalItemKind.QualityAgreement) { QualityAgreement = draft };

    // The text every kind needs before it can be proposed (statement, name or description).
    public bool HasRequiredText => !string.IsNullOrWhiteSpace(Kind switch
    {
        FormalItemKind.Result => Result?.Statement,
        FormalItemKind.Indicator => Indicator?.Name,
        FormalItemKind.Activity => Activity?.What,
        _ => QualityAgreement?.Description,
    });
}

namespace WorkshopBot.Domain.Items;

public sealed record QualityAgreementDraft
{
    public ConditionKind? ConditionKind { get; init; }

    public string? Description { get; init; }

    public string? OwnerOrganisation { get; init; }

    public IReadOnlyList<string> ResultIds { get; init; } = [];
}

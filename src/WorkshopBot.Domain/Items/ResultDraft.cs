namespace WorkshopBot.Domain.Items;

// The editable fields of a result as a card submits them; an edit replaces all of them.
public sealed record ResultDraft
{
    public string? Statement { get; init; }

    public string? TargetGroup { get; init; }

    public string? WhatChanges { get; init; }

    public string? Baseline { get; init; }

    public string? Target { get; init; }

    public string? Horizon { get; init; }

    public string? AmbitionId { get; init; }
}

using WorkshopBot.Domain.Items;

namespace WorkshopBot.Coaching;

/// <summary>
/// A draft indicator with its definition sheet (definitiekaart). Only <see cref="Name"/> is required;
/// everything else may still be empty while the group is writing.
/// </summary>
public sealed record IndicatorDraft(
    string Name,
    string? Definition = null,
    string? Numerator = null,
    string? Denominator = null,
    string? Unit = null,
    string? DataSource = null,
    bool? ExistingRegistration = null,
    string? Owner = null,
    string? Frequency = null,
    string? Baseline = null,
    string? Target = null,
    string? Direction = null,
    bool? NeedToKnow = null,
    IndicatorType? DeclaredType = null,
    IndicatorKind? DeclaredMode = null);

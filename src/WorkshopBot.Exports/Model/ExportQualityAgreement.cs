using System.Text.Json.Serialization;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Exports.Model;

// A step-4 agreement on how a service safeguards quality. A null ConditionKind is one the group did not
// classify: it shows as "other" and is written to JSON as "other", not left out.
public sealed record ExportQualityAgreement(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] ConditionKind? ConditionKind,
    string Description,
    string Owner)
{
    // What a reader sees ("K1"; see Application.Projections.ItemNumbers); empty when unknown, then no prefix is shown.
    public string Number { get; init; } = "";
}

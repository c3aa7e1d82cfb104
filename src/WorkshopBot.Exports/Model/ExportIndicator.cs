using System.Text.Json.Serialization;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Exports.Model;

// One indicator with its full definition sheet. ResultId links it to an ExportResult (null when the
// group has not linked it yet); the register shows that result's statement next to it. A null Direction
// is one the group has not chosen: the register says so, and JSON writes "unspecified" rather than
// leaving the field out. StoriesAbout … StoriesUse are a vertellen indicator's sheet (which stories, from
// whom, how collected, what the werkgroep does with them; how often is Frequency), empty for tellen.
// Status: concept, vastgesteld or geparkeerd (set aside by the moderator, kept in the register).
public sealed record ExportIndicator(
    string Id,
    string Name,
    string Definition,
    string Numerator,
    string DenominatorOrUnit,
    IndicatorKind Measure,
    IndicatorType Type,
    string DataSource,
    ExistingRegistration ExistingRegistration,
    string OwnerOrganisation,
    string Frequency,
    string Baseline,
    string Target,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] IndicatorDirection? Direction,
    InformationNeed Priority,
    string? ResultId,
    string StoriesAbout = "",
    string StoriesFrom = "",
    string CollectionMethod = "",
    string StoriesUse = "",
    ItemStatus Status = ItemStatus.Concept)
{
    // What a reader sees ("R1", "I3"; see Application.Projections.ItemNumbers); Id stays for links and the JSON export.
    // Empty when the item has no number (the "not yet linked" group): the renderers then show no prefix.
    public string Number { get; init; } = "";
}

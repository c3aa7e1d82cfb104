using System.Text.Json;
using System.Text.Json.Serialization;
using WorkshopBot.Domain.Items;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Json;

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(CamelCaseEnumConverter<ExportDocumentKind>),
        typeof(CamelCaseEnumConverter<ResultLevel>),
        typeof(CamelCaseEnumConverter<ItemStatus>),
        typeof(CamelCaseEnumConverter<IndicatorKind>),
        typeof(CamelCaseEnumConverter<IndicatorType>),
        typeof(CamelCaseEnumConverter<ExistingRegistration>),
        typeof(CamelCaseEnumConverter<InformationNeed>),
        typeof(CamelCaseEnumConverter<Formality>),
        typeof(CamelCaseEnumConverter<StoryPerspective>),
        typeof(CamelCaseEnumConverter<ImprovementActionStatus>),
        typeof(IndicatorDirectionConverter),
        typeof(ConditionKindConverter),
    ])]
[JsonSerializable(typeof(ExportJsonDocument))]
[JsonSerializable(typeof(MonitoringJsonDocument))]
public sealed partial class ExportJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;
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
        typeof(CamelCaseEnumConverter<ResultStatus>),
        typeof(CamelCaseEnumConverter<IndicatorMeasure>),
        typeof(CamelCaseEnumConverter<IndicatorType>),
        typeof(CamelCaseEnumConverter<ExistingRegistration>),
        typeof(CamelCaseEnumConverter<IndicatorDirection>),
        typeof(CamelCaseEnumConverter<IndicatorPriority>),
        typeof(CamelCaseEnumConverter<ActivityNature>),
        typeof(CamelCaseEnumConverter<QualityConditionKind>),
    ])]
[JsonSerializable(typeof(ExportJsonDocument))]
public sealed partial class ExportJsonContext : JsonSerializerContext;

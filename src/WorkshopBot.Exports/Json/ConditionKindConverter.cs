using WorkshopBot.Domain.Items;

namespace WorkshopBot.Exports.Json;

internal sealed class ConditionKindConverter() : EnumNameConverter<ConditionKind>(
    new Dictionary<ConditionKind, string>
    {
        [ConditionKind.Training] = "training",
        [ConditionKind.Kennis] = "knowledgeOfWhatWorks",
        [ConditionKind.Methode] = "effectiveMethods",
        [ConditionKind.Organisatie] = "organisationalConditions",
    },
    nullName: "other");

using WorkshopBot.Domain.Items;

namespace WorkshopBot.Exports.Json;

internal sealed class IndicatorDirectionConverter() : EnumNameConverter<IndicatorDirection>(
    new Dictionary<IndicatorDirection, string>
    {
        [IndicatorDirection.Up] = "increase",
        [IndicatorDirection.Down] = "decrease",
        [IndicatorDirection.Stable] = "maintain",
    },
    nullName: "unspecified");

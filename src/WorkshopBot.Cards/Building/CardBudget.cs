namespace WorkshopBot.Cards.Building;

internal static class CardBudget
{
    // Builds with the most generous limit first and steps down until the card fits the target size.
    // Deterministic: the same view always produces the same card.
    public static JsonObject Fit(IReadOnlyList<int> limits, Func<int, JsonObject> build)
    {
        JsonObject? card = null;
        foreach (var limit in limits)
        {
            card = build(limit);
            if (CardJson.FitsIn(card, CardLimits.TargetCardBytes))
            {
                return card;
            }
        }

        return card ?? throw new ArgumentException("At least one limit is required.", nameof(limits));
    }
}

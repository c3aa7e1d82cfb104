namespace WorkshopBot.Application.Projections;

// The one numbering a reader sees on the board and in every human-facing export: results R1, R2, …, indicators I1, I2, …,
// activities A1, … and quality agreements K1, … (kwaliteitsafspraak), each in the werkgroep's stored order.
// The stored ids (res-3bb58fcbc8ce8fa5) are for links and machine-readable exports only; a council member
// reads "R2 · Minder eenzame ouderen". The board, the factsheet, the register and the monitoring report all
// number from this class, so R2 on the board is R2 in the register and in the report. An id that is not a
// live item has no number ("").
public sealed class ItemNumbers
{
    private readonly Dictionary<string, string> numbers = new(StringComparer.Ordinal);

    private ItemNumbers()
    {
    }

    public static ItemNumbers Of(ItemsProjection items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var numbering = new ItemNumbers();
        numbering.Add("R", items.Results.Select(r => r.Result.Id));
        numbering.Add("I", items.Indicators.Select(i => i.Indicator.Id));
        numbering.Add("A", items.Activities.Select(a => a.Activity.Id));
        numbering.Add("K", items.QualityAgreements.Select(q => q.Agreement.Id));
        return numbering;
    }

    public string For(string? id) => id is not null && numbers.TryGetValue(id, out var number) ? number : "";

    private void Add(string prefix, IEnumerable<string> ids)
    {
        var position = 0;
        foreach (var id in ids)
        {
            position++;
            numbers.TryAdd(id, prefix + position.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

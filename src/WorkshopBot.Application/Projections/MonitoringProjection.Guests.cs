namespace WorkshopBot.Application.Projections;

public static partial class MonitoringProjection
{
    // What a guest (a share-link reader: a partner outside the tenant) sees of a view: the work, not the
    // people. No person names (data owners, who entered or corrected a value, who recorded a reflection,
    // improvement-action owners), and not the words of a story whose teller gave no consent to quoting:
    // the story still counts and shows its perspective, period and theme, with TextWithheld set.
    // Members see everything; quoting in the council report follows consent for everyone.
    public static MonitoringView ForGuests(MonitoringView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view with
        {
            Indicators = [.. view.Indicators.Select(i => i with { OwnerName = null, Periods = [.. i.Periods.Select(WithoutNames)] })],
            StoriesByPeriod = [.. view.StoriesByPeriod.Select(p => p with { Stories = [.. p.Stories.Select(ForGuests)] })],
            Reflections = [.. view.Reflections.Select(r => r with { RecordedByName = "", Actions = [.. r.Actions.Select(a => a with { OwnerName = "", OwnerId = null })] })],
            Missing = [.. view.Missing.Select(m => m with { Items = [.. m.Items.Select(i => i with { OwnerName = null })] })],
        };
    }

    private static PeriodValueView WithoutNames(PeriodValueView period) =>
        period with { EnteredByName = "", History = [.. period.History.Select(h => h with { EnteredByName = "" })] };

    private static StoryView ForGuests(StoryView story) =>
        story.ConsentGiven ? story : story with { Text = "", TextWithheld = true };
}

namespace WorkshopBot.Domain.Items;

public static class ResultLevels
{
    // Step 5 is about the outcome of a service (resultaat van de voorziening); everywhere else a result
    // is a maatschappelijk resultaat.
    public static ResultLevel ForStep(int step) => step == 5 ? ResultLevel.Voorziening : ResultLevel.Samenleving;
}

namespace WorkshopBot.Domain.Items;

// Which compass step a result belongs to, both ways. The compass writes outcomes of services in step 5
// (Voorziening); every other step that produces a result means a maatschappelijk resultaat, written in
// step 2 (Samenleving).
public static class ResultLevels
{
    private const int SamenlevingStep = 2;
    private const int VoorzieningStep = 5;

    public static ResultLevel ForStep(int step) =>
        step == VoorzieningStep ? ResultLevel.Voorziening : ResultLevel.Samenleving;

    public static int StepOf(ResultLevel level) =>
        level == ResultLevel.Voorziening ? VoorzieningStep : SamenlevingStep;
}

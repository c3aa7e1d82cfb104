using System.Globalization;
using WorkshopBot.Application.Commands;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.Web.Bot;

// A command answered with the caller's step card is remembered for redeliveries as "which werkgroep, which
// step" (TurnContext.ReplayKey), not as the whole card: a redelivery gets the caller's card rendered again
// from the werkgroep as it is now, through the same lookup and checks as any card.
public sealed partial class WorkshopActivityHandler
{
    private const string StepReplayPrefix = "step|";

    public override async Task<InvokeResponse?> ReplayAsync(string replayKey, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var parts = replayKey.Split('|');
        if (parts is not [_, { Length: > 0 } werkgroepId, var stepText] || !replayKey.StartsWith(StepReplayPrefix, StringComparison.Ordinal)
            || !int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out int step))
        {
            return null;
        }

        var found = await werkgroepen.FindAsync(Target(turnContext), CallerOf(turnContext), werkgroepId, cancellationToken, recent: true);
        return found.IsSuccess
            ? InvokeResponse.FromAdaptiveCard(AdaptiveCardInvokeResponse.Card(StepCardFor(found.Value, step, CallerOf(turnContext).UserId, LanguageOf(turnContext))))
            : null;
    }

    // Adding notes is keyed by the activity: the notes' ids are "{operation key}-{line}" (OperationKey), the
    // domain adds nothing for ids it already holds, and the answer is the caller's step card as it is now,
    // exactly what a replay would render. So a redelivery runs again instead of being claimed; concurrent
    // deliveries are settled by the werkgroep's ETag like any two writes.
    public override bool IsIdempotent(Activity activity) => AdaptiveCardVerbOf(activity) == CommandVerbs.AddNotes;

    private static void RememberStepAnswer(TurnContext turnContext, string werkgroepId, int step) =>
        turnContext.ReplayKey = string.Create(CultureInfo.InvariantCulture, $"{StepReplayPrefix}{werkgroepId}|{step}");
}

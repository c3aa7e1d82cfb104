using System.Collections.Concurrent;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Services;
using WorkshopBot.Storage;

namespace WorkshopBot.Web.Workshop;

// Keeps everyone's copy of a step card current by PUTting the shared (viewer-less) card over the
// original message. A meeting adds notes in bursts, and Teams allows about 7 sends a second per
// conversation, so updates arriving within a second for the same message are coalesced into one
// PUT that renders the newest state.
public sealed partial class SharedStepCardUpdater(
    IConnectorClient connector,
    WorkshopService workshops,
    WorkshopLinks links,
    TimeProvider time,
    ILogger<SharedStepCardUpdater> logger)
{
    public static readonly TimeSpan CoalesceWindow = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, byte> pending = new();

    public void Schedule(ConversationReference reference, string activityId, string werkgroepId, int step, Language language)
    {
        var key = $"{reference.Conversation.Id}|{activityId}";
        if (!pending.TryAdd(key, 0))
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(CoalesceWindow, time);
                pending.TryRemove(key, out _);
                await UpdateAsync(reference, activityId, werkgroepId, step, language, CancellationToken.None);
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TaskCanceledException || TableStorageFaults.IsUnavailable(ex))
            {
                pending.TryRemove(key, out _);
                LogUpdateFailed(logger, ex.GetType().Name);
            }
        });
    }

    public async Task UpdateAsync(ConversationReference reference, string activityId, string werkgroepId, int step, Language language, CancellationToken cancellationToken)
    {
        // The copy this process just saved (or its last validated one): no storage read per coalesced update.
        var werkgroep = await workshops.GetRecentWerkgroepAsync(werkgroepId, cancellationToken);
        if (werkgroep is null)
        {
            return;
        }

        var card = StepCard.Build(CardViewFactory.Step(werkgroep, step, viewerId: null, links.Board(werkgroepId)), language);
        var activity = reference.ApplyTo(Activity.CreateMessage(Attachment.AdaptiveCard(card))) with { Id = activityId };
        await connector.UpdateActivityAsync(reference.ServiceUrl, reference.Conversation.Id!, activityId, activity, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shared step card update failed ({ExceptionType}).")]
    private static partial void LogUpdateFailed(ILogger logger, string exceptionType);
}

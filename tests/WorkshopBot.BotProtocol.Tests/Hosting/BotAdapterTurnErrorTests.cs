using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Hosting;

// Issue 13, finding 9: a turn that fails (a dependency down) or runs past its budget is answered by the
// handler's OnTurnErrorAsync, within the budget, instead of a 500 or an answer Teams no longer waits for.
public sealed class BotAdapterTurnErrorTests
{
    private static readonly BotCallerIdentity Channel = new(BotCallerKind.BotFrameworkChannel, "app");
    private static readonly InvokeResponse TryAgain = InvokeResponse.FromAdaptiveCard(AdaptiveCardInvokeResponse.Error(500, "storage-unavailable", "Probeer het zo opnieuw."));

    private readonly RecordingConnector connector = new();
    private readonly InMemoryActivityDeduplicator deduplicator = new();

    [Fact]
    public async Task ProcessActivityAsync_InvokeFailsAndTheHandlerAnswersTheFailure_ReturnsThatAnswerAndReleasesTheClaim()
    {
        var handler = new FailingHandler(_ => throw new IOException("storage connection refused"), (_, ex) => ex is IOException ? TryAgain : null);
        var invoke = Payloads.Load("invoke-adaptivecard-action");

        var result = await Adapter().ProcessActivityAsync("Bearer x", invoke, handler, CancellationToken.None);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(TryAgain.Body!.ToJsonString(), result.Body!.ToJsonString());
        Assert.Equal(0, deduplicator.ClaimCount);
        var failure = Assert.Single(handler.Failures);
        Assert.IsType<IOException>(failure);
    }

    [Fact]
    public async Task ProcessActivityAsync_TurnRunsPastItsBudget_TheHandlerAnswersWhenTheBudgetIsSpent()
    {
        var handler = new FailingHandler(ct => Task.Delay(Timeout.Infinite, ct), (_, ex) => ex is OperationCanceledException ? TryAgain : null);

        var turn = Adapter(new BotFrameworkOptions { TurnBudget = TimeSpan.FromSeconds(1) })
            .ProcessActivityAsync("Bearer x", Payloads.Load("invoke-adaptivecard-action"), handler, CancellationToken.None);
        var result = await turn.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(TryAgain.Body!.ToJsonString(), result.Body!.ToJsonString());
        Assert.IsAssignableFrom<OperationCanceledException>(Assert.Single(handler.Failures));
    }

    [Fact]
    public async Task ProcessActivityAsync_FailureTheHandlerDoesNotAnswer_PropagatesForA500()
    {
        var handler = new FailingHandler(_ => throw new InvalidOperationException("a bug"), (_, _) => null);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Adapter().ProcessActivityAsync("Bearer x", Payloads.Load("invoke-adaptivecard-action"), handler, CancellationToken.None));
        Assert.Equal(0, deduplicator.ClaimCount);
    }

    [Fact]
    public async Task ProcessActivityAsync_ChannelHungUp_NotAnsweredAsAFailure()
    {
        using var hungUp = new CancellationTokenSource();
        var handler = new FailingHandler(
            async ct =>
            {
                await hungUp.CancelAsync();
                ct.ThrowIfCancellationRequested();
            },
            (_, _) => TryAgain);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Adapter().ProcessActivityAsync("Bearer x", Payloads.Load("invoke-adaptivecard-action"), handler, hungUp.Token));
        Assert.Empty(handler.Failures);
    }

    private BotAdapter Adapter(BotFrameworkOptions? options = null) =>
        new(new FixedValidator(Channel), connector, new TrustedServiceUrls(), new InMemoryConversationReferenceStore(), deduplicator, Options.Create(options ?? new BotFrameworkOptions()), NullLogger<BotAdapter>.Instance);

    private sealed class FailingHandler(Func<CancellationToken, Task> onCardAction, Func<TurnContext, Exception, InvokeResponse?> onError) : ActivityHandler
    {
        private readonly List<Exception> failures = [];

        public IReadOnlyList<Exception> Failures => failures;

        public override Task<InvokeResponse?> OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken)
        {
            failures.Add(exception);
            return Task.FromResult(onError(turnContext, exception));
        }

        protected override async Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardActionAsync(AdaptiveCardInvokeValue invokeValue, TurnContext turnContext, CancellationToken cancellationToken)
        {
            await onCardAction(cancellationToken);
            return AdaptiveCardInvokeResponse.Card(new JsonObject());
        }
    }
}

using WorkshopBot.Application.Monitoring;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Tests.Monitoring;

// IDataOwnerOutbox that records every due card; owners listed in Unreachable cannot be reached.
internal sealed class RecordingDataOwnerOutbox : IDataOwnerOutbox
{
    private readonly Lock gate = new();

    public HashSet<string> Unreachable { get; } = [];

    public List<(string WerkgroepId, string OwnerTeamsId, string IndicatorId, string[] Periods)> Sent { get; } = [];

    public Task<ReminderDelivery> SendDueCardAsync(Werkgroep werkgroep, WerkgroepMonitoring monitoring, DueRequest request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (Unreachable.Contains(request.Owner.UserId))
            {
                return Task.FromResult(ReminderDelivery.Unreachable);
            }

            Sent.Add((werkgroep.Id, request.Owner.TeamsId ?? "", request.IndicatorId, [.. request.Periods.Select(p => p.Key)]));
            return Task.FromResult(ReminderDelivery.Delivered);
        }
    }
}

using WorkshopBot.Application.Summaries;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Monitoring;

// The way to a data owner's 1:1 chat: the host starts it from the werkgroep conversation's stored
// reference (the owner's Teams id, MRI) and sends the due card through the outbound pacer.
public interface IDataOwnerOutbox
{
    Task<ReminderDelivery> SendDueCardAsync(Werkgroep werkgroep, WerkgroepMonitoring monitoring, DueRequest request, CancellationToken cancellationToken);
}

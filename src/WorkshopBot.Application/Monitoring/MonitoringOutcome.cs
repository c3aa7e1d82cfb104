using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Monitoring;

// What a monitoring command did: the werkgroep it applied to, the monitoring as saved, whether anything
// changed (false for a redelivered card), when (the application's clock: what is due is decided at
// this instant) and, for a nudge, how many due cards went out.
public sealed record MonitoringOutcome(Werkgroep Werkgroep, WerkgroepMonitoring Monitoring, bool Changed, DateTimeOffset At, int CardsSent = 0);

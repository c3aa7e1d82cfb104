using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Trajecten;

// A traject with its werkgroepen, as the "traject" command shows it.
public sealed record TrajectOverview(Traject Traject, IReadOnlyList<Werkgroep> Werkgroepen);

using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.TestKit.Domain;

// A werkgroep save as HookedWorkshopStore sees it before passing it on; Number counts from 1.
public sealed record WerkgroepSave(int Number, Werkgroep Werkgroep, string? ExpectedETag, IReadOnlyList<WorkshopEvent> Events);

using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Werkgroepen;

// A command's result for the surfaces to render: the werkgroep as saved, whether anything changed (a
// redelivery changes nothing), the step the answer shows, and the formal item the command was about.
public sealed record WerkgroepOutcome(Werkgroep Werkgroep, bool HasChanges, int Step, ItemRef? Item = null);

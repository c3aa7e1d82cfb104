namespace WorkshopBot.Domain.Werkgroepen;

// Numbers for a meeting recap ("vandaag 34 notities, 60 stemmen, 3 resultaten").
public sealed record WerkgroepRecap(
    int NotesAdded,
    int VotesCast,
    int ItemsPromoted,
    int ItemsProposed,
    int ItemsVastgesteld,
    int Contributors);

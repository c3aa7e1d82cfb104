namespace WorkshopBot.Domain.Werkgroepen;

public enum NoteStatus
{
    Idee,
    Voorstel,
    Vastgesteld,
    Geparkeerd,
}

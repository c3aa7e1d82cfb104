using WorkshopBot.Domain.Localization;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Web.Localization;

namespace WorkshopBot.Web.Summaries;

// User text for the summary flow's own error codes; domain codes go to UserMessages.
public static class SummaryMessages
{
    public static string For(DomainError error, Language language)
    {
        var nl = language == Language.Dutch;
        return error.Code switch
        {
            DomainErrorCodes.NoLargeGroup => nl
                ? "Dit traject heeft nog geen kanaal voor de grote groep. Koppel eerst het kanaal van de grote groep aan het traject."
                : "This traject has no large-group channel yet. Link the large group's channel to the traject first.",
            DomainErrorCodes.NoWerkgroep => nl
                ? "Hier loopt nog geen werkgroep, dus er is niets om samen te vatten."
                : "There is no working group here, so there is nothing to summarise.",
            DomainErrorCodes.SummaryNotFound or DomainErrorCodes.InvalidSummary => nl
                ? "Deze samenvatting bestaat niet (meer). Open de nieuwste versie in het kanaal van de grote groep."
                : "This summary no longer exists. Open the latest version in the large group's channel.",
            DomainErrorCodes.SummaryBusy => nl
                ? "Er reageren nu veel mensen tegelijk. Probeer het over een paar seconden opnieuw; er is niets verloren."
                : "Many people are responding right now. Try again in a few seconds; nothing was lost.",
            DomainErrorCodes.InvalidDeadline => nl
                ? "Kies een geldige datum en tijd voor de nieuwe deadline."
                : "Choose a valid date and time for the new deadline.",
            DomainErrorCodes.DeadlineInPast => nl
                ? "Die deadline ligt in het verleden. Kies een datum en tijd die nog moeten komen."
                : "That deadline lies in the past. Choose a date and time still to come.",
            _ => UserMessages.For(error, language),
        };
    }

    public static string ReviewerNeedsMention(Language language) => language == Language.Dutch
        ? "Noem de beoordelaar met een @-vermelding, bijvoorbeeld: **beoordelaar @Jan Jansen (Welzijn Neder-Betuwe)**. De organisatie tussen haakjes mag je weglaten."
        : "Mention the reviewer with @, for example: **reviewer @Jan Jansen (Welzijn Neder-Betuwe)**. The organisation in brackets is optional.";

    public static string ReviewerAdded(ReviewerAdded added, Language language)
    {
        var who = added.Reviewer.Organisation is { } organisation ? $"{added.Reviewer.Name} ({organisation})" : added.Reviewer.Name;
        return (language == Language.Dutch, added.OpenReviews) switch
        {
            (true, 0) => $"{who} is beoordelaar van het traject en krijgt de volgende samenvatting ter beoordeling.",
            (true, 1) => $"{who} is toegevoegd als beoordelaar van de open samenvatting en krijgt de kaart in een persoonlijk bericht.",
            (true, var n) => $"{who} is toegevoegd als beoordelaar van {n} open samenvattingen en krijgt de kaarten in een persoonlijk bericht.",
            (false, 0) => $"{who} is a reviewer of the traject and will receive the next summary for review.",
            (false, 1) => $"{who} is added as a reviewer of the open summary and gets the card in a personal message.",
            (false, var n) => $"{who} is added as a reviewer of {n} open summaries and gets the cards in a personal message.",
        };
    }
}

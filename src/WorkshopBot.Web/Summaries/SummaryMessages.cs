using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Web.Localization;

namespace WorkshopBot.Web.Summaries;

// User text for the summary flow's own error codes; domain codes go to UserMessages.
public static class SummaryMessages
{
    public static string For(DomainError error, CardLanguage language)
    {
        var nl = language == CardLanguage.Dutch;
        return error.Code switch
        {
            SummaryPublisher.NoLargeGroupCode => nl
                ? "Dit traject heeft nog geen kanaal voor de grote groep. Koppel eerst het kanaal van de grote groep aan het traject."
                : "This traject has no large-group channel yet. Link the large group's channel to the traject first.",
            SummaryPublisher.NoWerkgroepCode => nl
                ? "Hier loopt nog geen werkgroep, dus er is niets om samen te vatten."
                : "There is no working group here, so there is nothing to summarise.",
            SummaryReviewWriter.NotFoundCode or ReviewService.InvalidSummaryCode => nl
                ? "Deze samenvatting bestaat niet (meer). Open de nieuwste versie in het kanaal van de grote groep."
                : "This summary no longer exists. Open the latest version in the large group's channel.",
            SummaryReviewWriter.BusyCode => nl
                ? "Er reageren nu veel mensen tegelijk. Probeer het over een paar seconden opnieuw; er is niets verloren."
                : "Many people are responding right now. Try again in a few seconds; nothing was lost.",
            ReviewService.InvalidDeadlineCode => nl
                ? "Kies een geldige datum en tijd voor de nieuwe deadline."
                : "Choose a valid date and time for the new deadline.",
            ReviewErrorCodes.DeadlineInPast => nl
                ? "Die deadline ligt in het verleden. Kies een datum en tijd die nog moeten komen."
                : "That deadline lies in the past. Choose a date and time still to come.",
            _ => UserMessages.For(error, language),
        };
    }
}

using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Web.Board;

public sealed partial record BoardText
{
    public static BoardText Dutch { get; } = new()
    {
        Language = Language.Dutch,
        ShareReader = "Gast via deellink",
        Unauthenticated = "Je bent niet aangemeld. Open het bord opnieuw vanuit Teams.",
        SignInUnavailable = "Aanmelden via Teams lukt op dit moment niet. Probeer het over een halve minuut opnieuw.",
        NotAMember = "Je hoort niet bij deze werkgroep. Vraag de projectleider om je toe te voegen.",
        ShareLinkInvalid = "Deze deellink is verlopen of ingetrokken. Vraag de projectleider om een nieuwe link.",
        ReadOnly = "Je kunt dit bord alleen bekijken.",
        ModeratorOnly = "Alleen de projectleider kan dit doen.",
        WerkgroepNotFound = "Deze werkgroep bestaat niet (meer).",
        UnknownVerb = "Deze actie kent de server niet. Vernieuw de pagina en probeer het opnieuw.",
        BadRequest = "De server begreep het verzoek niet.",
        UnknownFormat = "Onbekend exportformaat.",
        IndicatorNotFound = "Deze indicator bestaat niet (meer).",
        ShareLinkNotFound = "Deze deellink bestaat niet.",
        BadIdempotencyKey = "De server begreep het verzoek niet (ongeldige Idempotency-Key).",
        ActionInProgress = "Deze actie wordt nog verwerkt. Probeer het zo opnieuw.",
        BadExpiry = "Kies een geldigheid tussen 1 en {0} dagen.",
    };
}

using WorkshopBot.Domain.Localization;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Web.Localization;

// Turns a domain error into a friendly sentence for the person who clicked. The domain only knows
// codes and numbers; wording lives here, in Dutch first.
public static class UserMessages
{
    public static string For(DomainError error, Language language)
    {
        var step = error.Step?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var limit = error.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var nl = language == Language.Dutch;
        return error.Code switch
        {
            DomainErrorCodes.NotModerator => nl
                ? "Alleen de projectleider (moderator) kan dit doen."
                : "Only the project leader (moderator) can do this.",
            DomainErrorCodes.NotMember => nl
                ? "Je bent (nog) geen lid van deze werkgroep."
                : "You are not a member of this working group (yet).",
            DomainErrorCodes.NotAuthor => nl
                ? "Je kunt alleen je eigen notities aanpassen."
                : "You can only change your own notes.",
            DomainErrorCodes.WrongWerkgroep => nl
                ? "Deze kaart hoort bij een andere werkgroep of ander gesprek. Er is niets veranderd."
                : "This card belongs to another working group or conversation. Nothing was changed.",
            DomainErrorCodes.NotFound => nl
                ? "Dit onderdeel bestaat niet (meer). Vernieuw de kaart."
                : "This item no longer exists. Refresh the card.",
            DomainErrorCodes.StepClosed => nl
                ? $"Stap {step} is gesloten. Vraag de projectleider om de stap te openen."
                : $"Step {step} is closed. Ask the project leader to open it.",
            DomainErrorCodes.StepLocked => nl
                ? $"Stap {step} is vergrendeld: er kunnen geen notities meer bij. Je notitie is niet opgeslagen."
                : $"Step {step} is locked: no more notes can be added. Your note was not saved.",
            DomainErrorCodes.StepNotOpen => nl
                ? $"Stap {step} is niet open."
                : $"Step {step} is not open.",
            DomainErrorCodes.StepAlreadyOpen => nl ? $"Stap {step} is al open." : $"Step {step} is already open.",
            DomainErrorCodes.InvalidStep => nl
                ? "Kies een stap van 1 tot en met 6."
                : "Choose a step from 1 to 6.",
            DomainErrorCodes.EmptyText => nl
                ? "Je notitie is leeg. Schrijf iets op en probeer het opnieuw."
                : "Your note is empty. Write something and try again.",
            DomainErrorCodes.NoteTooLong => nl
                ? $"Een notitie mag hoogstens {limit} tekens hebben. Maak hem korter of verdeel hem over meerdere regels."
                : $"A note can have at most {limit} characters. Shorten it or split it over several lines.",
            DomainErrorCodes.TextTooLong => nl
                ? $"Deze tekst is te lang (hoogstens {limit} tekens)."
                : $"This text is too long (at most {limit} characters).",
            DomainErrorCodes.TooManyNotes => nl
                ? $"Je hebt het maximum van {limit} notities in deze stap bereikt."
                : $"You reached the maximum of {limit} notes in this step.",
            DomainErrorCodes.VotingClosed => nl
                ? "Er loopt geen stemronde. Wacht tot de projectleider er een start."
                : "There is no voting round. Wait for the project leader to start one.",
            DomainErrorCodes.VotingOpen => nl ? "Er loopt al een stemronde." : "A voting round is already running.",
            DomainErrorCodes.VoteLimit => nl
                ? $"Je hebt al je {limit} stippen gebruikt. Haal een stip weg om opnieuw te stemmen."
                : $"You used all your {limit} dots. Remove one to vote again.",
            DomainErrorCodes.NoVote => nl ? "Je had hier nog geen stip op gezet." : "You had not put a dot on this note.",
            DomainErrorCodes.WrongStep => nl ? "Deze notitie hoort bij een andere stap." : "This note belongs to another step.",
            DomainErrorCodes.StaleItem => nl
                ? "Iemand anders heeft dit intussen aangepast. Bekijk de nieuwe versie en probeer het opnieuw; er is niets overschreven."
                : "Someone else changed this in the meantime. Look at the new version and try again; nothing was overwritten.",
            DomainErrorCodes.NoteRemoved => nl ? "Deze notitie is samengevoegd of verwijderd." : "This note was merged or deleted.",
            DomainErrorCodes.ItemVastgesteld or DomainErrorCodes.AlreadyVastgesteld => nl
                ? "Dit onderdeel is al vastgesteld."
                : "This item has already been agreed.",
            DomainErrorCodes.NotSilent => nl ? "Deze stap is niet in stille modus." : "This step is not in silent mode.",
            DomainErrorCodes.AlreadySilent => nl ? "Deze stap is al in stille modus." : "This step is already in silent mode.",
            DomainErrorCodes.NoTimer => nl ? "Er loopt geen timer." : "No timer is running.",
            DomainErrorCodes.AlreadyExists => nl ? "Dit bestaat al." : "This already exists.",
            DomainErrorCodes.TooBusy => nl
                ? "Het is even erg druk op het bord. Probeer het over een paar seconden opnieuw; er is niets verloren."
                : "The board is very busy right now. Try again in a few seconds; nothing was lost.",
            DomainErrorCodes.CommentRequired => nl
                ? "Licht je vraag of bezwaar toe in het opmerkingenveld."
                : "Please explain your question or objection in the comment field.",
            DomainErrorCodes.ReviewClosed => nl
                ? "De reactietermijn is voorbij; reageren kan niet meer."
                : "The review period has ended; responses are closed.",
            DomainErrorCodes.ReviewSuperseded => nl
                ? $"Er is een nieuwere versie ({error.TargetId}) van deze samenvatting. Reageer op die versie."
                : $"A newer version ({error.TargetId}) of this summary exists. Please respond to that one.",
            DomainErrorCodes.DeadlineInPast => nl ? "Kies een deadline in de toekomst." : "Choose a deadline in the future.",
            _ => nl
                ? "Dat lukte niet. Er is niets veranderd; probeer het opnieuw."
                : "That did not work. Nothing was changed; please try again.",
        };
    }
}

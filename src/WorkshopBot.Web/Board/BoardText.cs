using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Web.Board;

// The board API's own text (problem titles, the share reader's name), one table per language
// (BoardText.Nl.cs, BoardText.En.cs). Every property is required, so a missing translation does not
// compile. The language comes from the request's Accept-Language; Dutch is the default.
public sealed partial record BoardText
{
    public required Language Language { get; init; }

    public required string ShareReader { get; init; }

    public required string Unauthenticated { get; init; }

    public required string SignInUnavailable { get; init; }


    public required string NotAMember { get; init; }

    public required string ShareLinkInvalid { get; init; }

    public required string ReadOnly { get; init; }

    public required string ModeratorOnly { get; init; }

    public required string WerkgroepNotFound { get; init; }

    public required string UnknownVerb { get; init; }

    public required string BadRequest { get; init; }

    public required string UnknownFormat { get; init; }

    public required string ShareLinkNotFound { get; init; }

    public required string IndicatorNotFound { get; init; }

    public required string BadIdempotencyKey { get; init; }

    public required string ActionInProgress { get; init; }

    // {0} = the longest validity in days.
    public required string BadExpiry { get; init; }

    public static BoardText For(Language language) => TextTables.For(language, Dutch, English);

    public static BoardText For(HttpRequest request) => For(Languages.FromLocale(request.Headers.AcceptLanguage.FirstOrDefault()));

    public string Format(string template, params object[] values) => TextTables.Fill(template, values);
}

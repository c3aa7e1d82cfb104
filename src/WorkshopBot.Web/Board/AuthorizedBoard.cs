using Microsoft.AspNetCore.Http.Features;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Board;

// The werkgroep a board endpoint works on, loaded once and authorized by WerkgroepAccessFilter, with the
// caller as that werkgroep sees them and the text table of the request's language.
public sealed record AuthorizedBoard(Werkgroep Werkgroep, BoardViewer Viewer, BoardText Text)
{
    public static AuthorizedBoard Of(HttpContext http) => http.Features.GetRequiredFeature<AuthorizedBoard>();
}

using Microsoft.Extensions.Options;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Web.Identity;

namespace WorkshopBot.Web.Workshop;

public sealed class WorkshopLinks(IOptions<BoardIdentityOptions> options) : IBoardLinks
{
    public string? Board(string werkgroepId) =>
        options.Value.PublicBaseUrl is { Length: > 0 } baseUrl
            ? $"{baseUrl.TrimEnd('/')}/board/{Uri.EscapeDataString(werkgroepId)}"
            : null;
}

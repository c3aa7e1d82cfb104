namespace WorkshopBot.Web.Identity;

public interface ITeamsSsoTokenValidator
{
    Task<BoardCaller?> ValidateAsync(string token, CancellationToken cancellationToken);
}

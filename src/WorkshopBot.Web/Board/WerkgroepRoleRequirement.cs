using Microsoft.AspNetCore.Authorization;

namespace WorkshopBot.Web.Board;

// The least role (BoardViewer.Reader, Participant or Moderator) a caller needs in the werkgroep resource.
public sealed record WerkgroepRoleRequirement(string Role) : IAuthorizationRequirement;

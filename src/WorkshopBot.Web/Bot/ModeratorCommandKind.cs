namespace WorkshopBot.Web.Bot;

public enum ModeratorCommandKind
{
    CoModerator,
    HandOver,
    RemoveMember,
}

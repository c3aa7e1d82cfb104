namespace WorkshopBot.Domain.Werkgroepen;

// What a person is in a werkgroep. A moderator who also wrote notes is still a moderator.
public enum WerkgroepRole
{
    Member,
    Moderator,
}

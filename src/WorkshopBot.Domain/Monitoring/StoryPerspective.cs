namespace WorkshopBot.Domain.Monitoring;

// Whose experience a story (vertellen) tells. Never who: stories carry no names of inwoners.
public enum StoryPerspective
{
    Inwoner,
    Professional,
    Vrijwilliger,
}

namespace WorkshopBot.Exports.Model;

// Whose perspective a story gives.
public enum StoryPerspective
{
    Inwoner,
    Professional,
    Vrijwilliger,
}

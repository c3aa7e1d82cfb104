namespace WorkshopBot.Cards.Localization;

// How the step card words one step of the Kwaliteitskompas: its name, the question the group
// answers, what a good answer looks like, and an example from practice (Neder-Betuwe).
public sealed record CompassStepText(string Name, string Question, string Explanation, string Example);

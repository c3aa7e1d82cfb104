namespace WorkshopBot.Cards.Localization;

// All user-facing card text, one table per language (CardText.Nl.cs, CardText.En.cs). Every
// property is required, so a missing translation does not compile. Templates use {0}, {1}…
// and are filled with invariant formatting. This file holds the labels all cards share; each area
// has its own part: CardText.Start.cs, .Steps.cs, .Items.cs and .Summary.cs.
public sealed partial record CardText
{
    public required Language Language { get; init; }

    // Month names for dates ("23 november 2026"), independent of the host's culture data.
    public required IReadOnlyList<string> Months { get; init; }

    public required string Help { get; init; }

    public required string CreateTraject { get; init; }

    public required string StartWerkgroep { get; init; }

    public required string Refresh { get; init; }

    public required string OpenBoard { get; init; }

    public required string ViewBoard { get; init; }

    public required string ViewAll { get; init; }

    public required string OpenLink { get; init; }

    public required string Edit { get; init; }

    public required string Save { get; init; }

    public required string Delete { get; init; }

    public required string Submit { get; init; }

    public required string Cancel { get; init; }

    public required string Accept { get; init; }

    public required string Park { get; init; }

    public required string Unpark { get; init; }

    public required string AdoptSuggestion { get; init; }

    public required string Yes { get; init; }

    public required string Missing { get; init; }

    public required string ChoosePlaceholder { get; init; }

    public required string FieldRequired { get; init; }

    public required string DateFormat { get; init; }

    public required string DateTimeFormat { get; init; }

    public static CardText For(Language language) => TextTables.For(language, Dutch, English);
}

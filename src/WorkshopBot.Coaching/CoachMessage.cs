using WorkshopBot.Coaching.Localization;
using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Coaching;

// A coach message worded when it is read: a CoachText template filled with the words the coach found.
// Verdicts and suggestions stay free of any language, so every reader (card, board, export, CLI) asks
// for its own.
public sealed class CoachMessage
{
    private readonly Func<CoachText, string> render;

    internal CoachMessage(Func<CoachText, string> render) => this.render = render;

    public string In(Language language) => render(CoachText.For(language));

    public override string ToString() => In(Language.Dutch);

    // A template with the values that fill its {0}, {1}…; the values are the same words in every language.
    internal static CoachMessage Of(Func<CoachText, string> template, params object?[] values) =>
        new(text => values.Length == 0 ? template(text) : CoachText.Fill(template(text), values));
}

namespace WorkshopBot.Coaching.Text;

/// <summary>
/// A token of Dutch text. <see cref="Text"/> is folded: lower case, without diacritics, and for words without
/// inner hyphens or apostrophes ("75-plussers" → "75plussers", "cliënten" → "clienten"), so that lexicon
/// entries written either way match. <see cref="Start"/>/<see cref="End"/> point into the original text so
/// evidence can quote what the group actually wrote.
/// </summary>
internal readonly record struct Token(string Text, int Start, int End, TokenKind Kind, double Value, bool FromDigits)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsPunctuation => Kind == TokenKind.Punctuation;

    public bool IsYear => Kind == TokenKind.Number && FromDigits && Value >= 1900 && Value <= 2100 && Value == Math.Floor(Value);
}

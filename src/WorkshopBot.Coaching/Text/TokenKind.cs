namespace WorkshopBot.Coaching.Text;

internal enum TokenKind
{
    Word,
    Number,
    Percent,
    Punctuation,
}

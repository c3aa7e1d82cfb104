namespace WorkshopBot.Coaching.Text;

internal readonly record struct TokenPattern(string Text, PatternKind Kind)
{
    public bool Matches(in Token token) => Kind switch
    {
        PatternKind.Exact => token.Text == Text,
        PatternKind.Prefix => token.IsWord && token.Text.Length >= Text.Length && token.Text.StartsWith(Text, StringComparison.Ordinal),
        _ => token.IsWord && token.Text.Length >= Text.Length && token.Text.EndsWith(Text, StringComparison.Ordinal),
    };
}

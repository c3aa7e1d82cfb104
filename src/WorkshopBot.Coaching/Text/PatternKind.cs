namespace WorkshopBot.Coaching.Text;

internal enum PatternKind
{
    Exact,
    Prefix,
    Suffix,
}

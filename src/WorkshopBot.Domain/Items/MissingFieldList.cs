namespace WorkshopBot.Domain.Items;

internal static class MissingFieldList
{
    public static void Add(List<string> missing, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            missing.Add(field);
        }
    }
}

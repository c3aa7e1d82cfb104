namespace WorkshopBot.Domain;

internal static class Rules
{
    public static DomainError? CheckId(string? id, string what)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > WorkshopLimits.IdMaxLength || id.Any(char.IsControl)
            || id.IndexOfAny(['/', '\\', '#', '?']) >= 0)
        {
            return new DomainError(DomainErrorCodes.InvalidId, $"'{id}' is not a valid {what} id.")
            {
                TargetId = id,
                Limit = WorkshopLimits.IdMaxLength,
            };
        }

        return null;
    }

    public static DomainError? CheckStep(int step)
    {
        return step is < WorkshopLimits.FirstStep or > WorkshopLimits.LastStep
            ? new DomainError(DomainErrorCodes.InvalidStep, $"Step {step} does not exist.") { Step = step }
            : null;
    }

    // Required text: trimmed, non-empty, at most maxLength characters.
    public static DomainResult<string> RequiredText(string? text, int maxLength, string tooLongCode)
    {
        string trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return new DomainError(DomainErrorCodes.EmptyText, "The text is empty.");
        }

        if (trimmed.Length > maxLength)
        {
            return new DomainError(tooLongCode, $"The text has {trimmed.Length} characters; the limit is {maxLength}.")
            {
                Limit = maxLength,
            };
        }

        return trimmed;
    }

    // Optional text: trimmed, empty becomes null, at most maxLength characters.
    public static DomainResult<string?> OptionalText(string? text, int maxLength)
    {
        string trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length > maxLength)
        {
            return new DomainError(DomainErrorCodes.TextTooLong, $"The text has {trimmed.Length} characters; the limit is {maxLength}.")
            {
                Limit = maxLength,
            };
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    public static DomainError NotModerator(string userId) =>
        new(DomainErrorCodes.NotModerator, $"User {userId} is not a moderator.") { TargetId = userId };

    public static DomainError NotFound(string what, string id) =>
        new(DomainErrorCodes.NotFound, $"{what} '{id}' was not found.") { TargetId = id };

    public static IReadOnlyList<T> With<T>(this IReadOnlyList<T> list, T item)
    {
        var copy = new T[list.Count + 1];
        for (int i = 0; i < list.Count; i++)
        {
            copy[i] = list[i];
        }

        copy[^1] = item;
        return copy;
    }

    public static IReadOnlyList<T> Replace<T>(this IReadOnlyList<T> list, Func<T, bool> match, Func<T, T> update)
    {
        var copy = new T[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            copy[i] = match(list[i]) ? update(list[i]) : list[i];
        }

        return copy;
    }
}

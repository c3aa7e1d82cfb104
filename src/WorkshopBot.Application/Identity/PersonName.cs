namespace WorkshopBot.Application.Identity;

// A Teams display name taken apart: the person's name and the organisation Teams showed after it.
public sealed record PersonName(string Name, string? Organisation);

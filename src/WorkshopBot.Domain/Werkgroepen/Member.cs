namespace WorkshopBot.Domain.Werkgroepen;

// Colour is derived from the organisation (OrganisationPalette) so all notes of one partner share it.
public sealed record Member(string UserId, string Name, string? Organisation, string Colour, DateTimeOffset JoinedAt);

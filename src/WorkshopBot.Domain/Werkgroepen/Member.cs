namespace WorkshopBot.Domain.Werkgroepen;

// UserId is the member's stable id (Entra object id); TeamsId is their Teams user id (MRI, "29:…"), which
// is what refresh.userIds must list. It is null for someone who has only used the board so far.
// Colour is derived from the organisation (OrganisationPalette) so all notes of one partner share it.
public sealed record Member(string UserId, string Name, string? Organisation, string Colour, DateTimeOffset JoinedAt, string? TeamsId = null);

using System.Text.Json.Nodes;
using WorkshopBot.Cards.Localization;

namespace WorkshopBot.Cards.Building;

// The traject fields the create form and the overview's edit form share.
internal static class TrajectInputs
{
    public static JsonObject Name(string? value, CardText t) =>
        Ac.InputText(CardInputs.TrajectName, t.FieldTrajectName, value, t.TrajectNamePlaceholder, maxLength: 150, required: true, errorMessage: t.FieldRequired);

    public static JsonObject Theme(string? value, CardText t) =>
        Ac.InputText(CardInputs.Theme, t.FieldTheme, value, t.ThemePlaceholder, maxLength: 150);

    public static JsonObject Ambitions(string? value, CardText t) =>
        Ac.InputText(CardInputs.Ambitions, t.FieldAmbitions, value, t.AmbitionsPlaceholder, multiline: true, maxLength: 3000);
}

using System.Text.Json.Nodes;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

public sealed class AdaptiveCardSchemaValidatorTests
{
    private static JsonObject ValidCard() => JsonNode.Parse("""
        {
          "type": "AdaptiveCard",
          "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Stap 3", "wrap": true },
            { "type": "Input.Text", "id": "newNotes", "isMultiline": true }
          ],
          "actions": [
            { "type": "Action.Execute", "title": "Toevoegen", "verb": "addNotes", "data": { "werkgroepId": "w" } }
          ],
          "msteams": { "width": "Full" }
        }
        """)!.AsObject();

    [Fact]
    public void Validate_ValidCardWithMsteams_HasNoErrors()
    {
        var card = ValidCard();

        var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);

        Assert.Empty(errors);
        Assert.NotNull(card["msteams"]);
    }

    [Fact]
    public void Validate_TextBlockWithoutText_IsRejected()
    {
        var card = ValidCard();
        card["body"]![0]!.AsObject().Remove("text");

        var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Validate_UnknownPropertyOnElement_IsRejected()
    {
        var card = ValidCard();
        card["body"]![0]!["colour"] = "Good";

        var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Validate_UnknownElementType_IsRejected()
    {
        var card = ValidCard();
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "StickyNote", ["text"] = "x" });

        var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Validate_WrongValueType_IsRejected()
    {
        var card = ValidCard();
        card["body"]![1]!["isMultiline"] = "yes";

        var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Validate_UnknownRootPropertyOtherThanMsteams_IsRejected()
    {
        var card = ValidCard();
        card["teams"] = new JsonObject();

        var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Validate_ExecuteWithoutVerb_IsRejected()
    {
        var card = ValidCard();
        card["actions"]![0]!.AsObject().Remove("verb");

        var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);

        Assert.Contains(errors, e => e.Contains("verb", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DuplicateInputIds_IsRejected()
    {
        var card = ValidCard();
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "Input.Text", ["id"] = "newNotes" });

        var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);

        Assert.Contains(errors, e => e.Contains("Duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WrongVersion_IsRejected()
    {
        var card = ValidCard();
        card["version"] = "1.6";

        var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);

        Assert.Contains(errors, e => e.Contains("1.5", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BrokenElementInsideShowCard_IsRejected()
    {
        var card = ValidCard();
        card["actions"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = "Bewerken",
            ["card"] = new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["body"] = new JsonArray(new JsonObject { ["type"] = "Input.Text", ["label"] = "zonder id" }),
            },
        });

        var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void StripTeamsOnlyKeys_NestedMsteams_RemovedFromCopyOnly()
    {
        var card = ValidCard();
        card["body"]![0]!["msteams"] = new JsonObject { ["x"] = 1 };

        var stripped = AdaptiveCardSchemaValidator.StripTeamsOnlyKeys(card);

        Assert.Null(stripped["msteams"]);
        Assert.Null(stripped["body"]![0]!["msteams"]);
        Assert.NotNull(card["msteams"]);
    }
}

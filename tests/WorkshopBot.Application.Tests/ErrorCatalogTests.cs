using System.Reflection;
using WorkshopBot.Application.Errors;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using Xunit;

namespace WorkshopBot.Application.Tests;

public sealed class ErrorCatalogTests
{
    public static TheoryData<string> AllCodes() => [.. typeof(DomainErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void EveryCode_HasAStatusAndAMessageInBothLanguages(string code)
    {
        var error = new DomainError(code, "") { Step = 3, Limit = 500, TargetId = "2" };

        Assert.True(ErrorCatalog.IsKnown(code), $"'{code}' has no entry in ErrorCatalog.");
        Assert.InRange(ErrorCatalog.StatusOf(code), 400, 503);
        Assert.False(string.IsNullOrWhiteSpace(ErrorCatalog.MessageFor(error, Language.Dutch)));
        Assert.False(string.IsNullOrWhiteSpace(ErrorCatalog.MessageFor(error, Language.English)));
        Assert.DoesNotContain("{0}", ErrorCatalog.MessageFor(error, Language.Dutch), StringComparison.Ordinal);
    }

    [Fact]
    public void MessageFor_FillsTheStep()
    {
        var message = ErrorCatalog.MessageFor(new DomainError(DomainErrorCodes.StepClosed, "") { Step = 3 }, Language.Dutch);

        Assert.Equal("Stap 3 is gesloten. Vraag de projectleider om de stap te openen.", message);
    }

    [Fact]
    public void UnknownCode_IsAServerErrorWithTheGenericMessage()
    {
        Assert.Equal(500, ErrorCatalog.StatusOf("made-up"));
        Assert.Equal("That did not work. Nothing was changed; please try again.", ErrorCatalog.MessageFor(new DomainError("made-up", ""), Language.English));
    }
}

using WorkshopBot.Storage;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

// Stored rows are found by these keys, so the encodings must never change. The expected strings were
// produced by the two hand-written encoders TableKeys replaced; a change here orphans existing data.
public sealed class TableKeysTests
{
    private static readonly string Long601 = new('x', 601);
    private static readonly string Long600 = new('x', 600);

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("19:meeting_abc?x#y@thread.v2", "dd76b180ff8512f8c8eb614e9224e296da6b0353e8146ab8c14311742e307f0a")]
    [InlineData("ûÿ?>", "6bfe5e7e51918935d389105fd84db133e7e8ec62961f1b4e62067bde74670697")]
    public void Hash_SampleInput_IsLowercaseSha256Hex(string value, string expected)
    {
        string key = TableKeys.Hash(value);

        Assert.Equal(expected, key);
    }

    [Theory]
    [InlineData("", "c-")]
    [InlineData("19:meeting_abc?x#y@thread.v2", "c-MTk6bWVldGluZ19hYmM_eCN5QHRocmVhZC52Mg")]
    [InlineData("a:1>>?~~", "c-YToxPj4_fn4")]
    [InlineData("ûÿ?>", "c-w7vDvz8-")]
    public void ForConversation_ShortId_IsUnpaddedBase64Url(string conversationId, string expected)
    {
        string key = TableKeys.ForConversation(conversationId);

        Assert.Equal(expected, key);
    }

    [Fact]
    public void ForConversation_600Bytes_IsStillBase64Url()
    {
        string key = TableKeys.ForConversation(Long600);

        Assert.Equal("c-" + string.Concat(Enumerable.Repeat("eHh4", 200)), key);
    }

    [Fact]
    public void ForConversation_Over600Bytes_IsUppercaseSha256Hex()
    {
        string key = TableKeys.ForConversation(Long601);

        Assert.Equal("h-04324F631AE5FBE65CC931E117E7C73A8A880589FE0508FAE2EFE5A21E2AF5A1", key);
    }

    [Fact]
    public void ForUserAndForModerator_SameId_DifferOnlyInPrefix()
    {
        Assert.Equal("uc-YToxPj4_fn4", TableKeys.ForUser("a:1>>?~~"));
        Assert.Equal("mc-YToxPj4_fn4", TableKeys.ForModerator("a:1>>?~~"));
        Assert.Equal("uh-04324F631AE5FBE65CC931E117E7C73A8A880589FE0508FAE2EFE5A21E2AF5A1", TableKeys.ForUser(Long601));
    }

    [Theory]
    [InlineData("wg-3f2a9c", true)]
    [InlineData("19:abc@thread.v2", true)]
    [InlineData("wg/1", false)]
    [InlineData("wg\\1", false)]
    [InlineData("wg#1", false)]
    [InlineData("wg?1", false)]
    [InlineData("wg\u00011", false)]
    [InlineData("", false)]
    public void IsStorable_Id_AcceptsOnlyWhatTableStorageTakesAsAKey(string id, bool storable)
    {
        Assert.Equal(storable, TableKeys.IsStorable(id));
    }
}

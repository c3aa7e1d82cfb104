using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using WorkshopBot.Cli.Deployment;

namespace WorkshopBot.Deployment.Tests;

/// <summary>Packs the real manifest/ folder once with sample values and keeps the zip's entries.</summary>
public sealed class PackedManifestFixture : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "workshopbot-pack-" + Guid.NewGuid().ToString("N"));

    public PackedManifestFixture()
    {
        Result = ManifestPackager.Pack(RepositoryPaths.ManifestDirectory, SampleValues.Create(), Path.Combine(directory, "appPackage.zip"));
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("Packing the manifest failed: " + string.Join(" ", Result.Errors));
        }

        using var zip = ZipFile.OpenRead(Result.PackagePath!);
        Entries = zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
    }

    internal ManifestPackResult Result { get; }

    internal IReadOnlyDictionary<string, byte[]> Entries { get; }

    internal string Text(string entry) => Encoding.UTF8.GetString(Entries[entry]);

    internal JsonObject Json(string entry) => JsonNode.Parse(Text(entry))!.AsObject();

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

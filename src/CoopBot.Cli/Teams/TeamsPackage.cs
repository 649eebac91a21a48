using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoopBot.Cli.Teams;

/// <summary>The Teams app package: <c>manifest.json</c> and the two icons at the root of a zip.</summary>
internal static class TeamsPackage
{
    public const string ManifestEntry = "manifest.json";

    // A fixed timestamp keeps two builds of the same input identical.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, TeamsAppSources sources, Guid appId, string domain, Guid? tabClientId = null)
    {
        var manifest = TeamsManifest.Build(sources, appId, domain, tabClientId);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, ManifestEntry, Encoding.UTF8.GetBytes(manifest.ToJsonString(ManifestJson)));
        Add(zip, sources.ColorIconFile, File.ReadAllBytes(Path.Combine(sources.Folder, sources.ColorIconFile)));
        Add(zip, sources.OutlineIconFile, File.ReadAllBytes(Path.Combine(sources.Folder, sources.OutlineIconFile)));
    }

    public static JsonObject ReadManifest(ZipArchive zip)
    {
        var entry = zip.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"The package has no {ManifestEntry}.");
        using var stream = entry.Open();
        return JsonNode.Parse(stream)?.AsObject() ?? throw new InvalidDataException($"{ManifestEntry} is not a JSON object.");
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }
}

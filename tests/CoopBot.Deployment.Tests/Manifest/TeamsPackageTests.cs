using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopBot.Cli.Teams;
using CoopBot.Deployment.Tests.Infrastructure;
using CoopBot.Hosting.Routing;
using CoopBot.Testing;

namespace CoopBot.Deployment.Tests.Manifest;

/// <summary>Issue 8: the Teams app package built from manifest/ for one deployment.</summary>
public sealed class TeamsPackageTests
{
    private const string ValidatorScript = "tests/tools/validate-manifest.mjs";
    private static readonly Guid AppId = Guid.Parse("6b0e4a52-5d1f-4f58-9c51-3f1f1f2a7c10");
    private const string Domain = "coopbot-test.azurewebsites.net";

    private static TeamsAppSources Sources => TeamsAppSources.Load(Path.Combine(RepoPaths.Root, "manifest"));

    [Fact]
    public async Task Manifest_PassesTheBundledTeamsSchemaOffline()
    {
        var manifest = ReadManifest(BuildPackage());

        var (errors, schema) = await ValidateAsync(manifest);

        Assert.Empty(errors);
        var version = Version.Parse(manifest["manifestVersion"]!.GetValue<string>());
        Assert.True(version >= new Version(1, 29), $"manifestVersion {version} is older than 1.29");
        Assert.Contains($"v{version}", schema, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_RejectsALowercaseGroupChatScope()
    {
        // The validator must be able to fail, or the test above proves nothing.
        var manifest = ReadManifest(BuildPackage());
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "team", "groupchat");

        var (errors, _) = await ValidateAsync(manifest);

        Assert.Contains(errors, e => e.Contains("/bots/0/scopes/2", StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_CarriesTheDeploymentsAppIdAndDomain()
    {
        var manifest = ReadManifest(BuildPackage());

        Assert.Equal(AppId.ToString("D"), manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId.ToString("D"), manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal([Domain], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public void Manifest_BotHasTheThreeScopesEachWithItsOwnCommandList()
    {
        var bot = ReadManifest(BuildPackage())["bots"]![0]!;

        var scopes = bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        var listScopes = bot["commandLists"]!.AsArray().Select(l => l!["scopes"]!.AsArray().Single()!.GetValue<string>()).ToList();

        Assert.Equal(["personal", "team", "groupChat"], scopes);
        Assert.Equal(scopes, listScopes);
    }

    [Fact]
    public async Task CommandLists_HoldOnlyCommandsTheRouteTableHandles()
    {
        var handled = await HostRoutes.CommandNamesAsync();
        var titles = ReadManifest(BuildPackage())["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray())
            .Select(command => command!["title"]!.GetValue<string>())
            .ToList();

        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.Contains(CommandText.Normalize(title), handled));
    }

    [Fact]
    public async Task ComposeExtension_EveryCommandIsRouted_AndEveryRoutedCommandIsInTheManifest()
    {
        var manifest = ReadManifest(BuildPackage());
        var extension = manifest["composeExtensions"]![0]!;
        var expected = extension["commands"]!.AsArray().SelectMany(command => command!["type"]!.GetValue<string>() == "query"
            ? [$"composeExtension/query#{command["id"]}"]
            : new[] { $"composeExtension/fetchTask#{command["id"]}", $"composeExtension/submitAction#{command["id"]}" });

        Assert.Equal(expected.Order(StringComparer.Ordinal), (await HostRoutes.ComposeCommandKeysAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(AppId.ToString("D"), extension["botId"]!.GetValue<string>());
        Assert.Equal(Domain, extension["messageHandlers"]![0]!["value"]!["domains"]![0]!.GetValue<string>());
        Assert.Equal(AppId.ToString("D"), manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Contains(
            manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray(),
            p => p!["name"]!.GetValue<string>() == "OnlineMeeting.ReadBasic.Chat");
    }

    [Fact]
    public void Zip_HoldsExactlyTheManifestAndBothIconsAtItsRoot()
    {
        using var zip = new ZipArchive(new MemoryStream(BuildPackage()), ZipArchiveMode.Read);

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ColorIcon_Is192SquareOpaqueOnTheAccentColourWithAWhiteGlyph()
    {
        var package = BuildPackage();
        var accent = TeamsIcons.ParseColor(ReadManifest(package)["accentColor"]!.GetValue<string>());

        var icon = PngImage.Read(ReadEntry(package, "color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels, p => Assert.Equal(255, p.A));
        Assert.Equal((accent.R, accent.G, accent.B, (byte)255), icon[0, 0]);
        Assert.Contains(icon.Pixels, p => p is { R: 255, G: 255, B: 255 });
    }

    [Fact]
    public void OutlineIcon_Is32SquareWhiteOnTransparency()
    {
        var icon = PngImage.Read(ReadEntry(BuildPackage(), "outline.png"));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlpha);
        Assert.Equal(0, icon[0, 0].A);
        Assert.Equal(0, icon[31, 31].A);
        Assert.All(icon.Pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(icon.Pixels, p => p.A == 255);
    }

    [Fact]
    public void CommittedIcons_AreExactlyWhatTheIconScriptDraws()
    {
        var sources = Sources;

        var color = PngImage.Read(File.ReadAllBytes(Path.Combine(sources.Folder, sources.ColorIconFile)));
        var outline = PngImage.Read(File.ReadAllBytes(Path.Combine(sources.Folder, sources.OutlineIconFile)));

        Assert.Equal(TeamsIcons.ColorPixels(sources.AccentColor), color.Rgba);
        Assert.Equal(TeamsIcons.OutlinePixels(), outline.Rgba);
    }

    [Theory]
    [InlineData("--app-id", "geen-guid", "--domain", Domain, "Geen geldige app-id")]
    [InlineData("--app-id", "6b0e4a52-5d1f-4f58-9c51-3f1f1f2a7c10", "--domain", "https://coopbot.example.org/", "Geen geldig domein")]
    public void PackageCommand_BadInput_FailsWithADutchMessageAndWritesNothing(string appIdOption, string appId, string domainOption, string domain, string message)
    {
        var output = Path.Combine(Path.GetTempPath(), $"coopbot-{Guid.NewGuid():N}.zip");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = Cli.CliCommands.CreateDefault().Run(["teams", "package", appIdOption, appId, domainOption, domain, "--out", output], stdout, stderr);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void PackageCommand_WritesTheZipTheTestsInspect()
    {
        var output = Path.Combine(Path.GetTempPath(), $"coopbot-{Guid.NewGuid():N}.zip");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        try
        {
            var exitCode = Cli.CliCommands.CreateDefault().Run(["teams", "package", "--app-id", AppId.ToString(), "--domain", Domain, "--out", output], stdout, stderr);

            Assert.Equal(0, exitCode);
            Assert.Equal(BuildPackage(), File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Manifest_HasThePersonalAndChannelTabsAndTheSsoRegistration()
    {
        var manifest = ReadManifest(BuildPackage());

        var staticTabs = manifest["staticTabs"]!.AsArray();
        Assert.Equal(["overzicht", "besluiten"], staticTabs.Select(t => t!["entityId"]!.GetValue<string>()));
        Assert.All(staticTabs, t => Assert.StartsWith($"https://{Domain}/tab/aanmelden?terug=%2Ftab%2F", t!["contentUrl"]!.GetValue<string>(), StringComparison.Ordinal));
        var channel = Assert.Single(manifest["configurableTabs"]!.AsArray())!;
        Assert.Equal($"https://{Domain}/tab/configuratie", channel["configurationUrl"]!.GetValue<string>());
        Assert.Equal(AppId.ToString("D"), manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://{Domain}/{AppId:D}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
    }

    private static byte[] BuildPackage()
    {
        using var buffer = new MemoryStream();
        TeamsPackage.Write(buffer, Sources, AppId, Domain);
        return buffer.ToArray();
    }

    private static JsonObject ReadManifest(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return TeamsPackage.ReadManifest(zip);
    }

    private static byte[] ReadEntry(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static async Task<(IReadOnlyList<string> Errors, string Schema)> ValidateAsync(JsonObject manifest)
    {
        var (exitCode, stdout, stderr) = await NodeTool.RunAsync(ValidatorScript, manifest.ToJsonString());
        Assert.True(exitCode is 0 or 1, $"{ValidatorScript} exited with {exitCode}: {stderr}");
        using var result = JsonDocument.Parse(stdout);
        var errors = result.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(errors.Count == 0 ? 0 : 1, exitCode);
        return (errors, result.RootElement.GetProperty("schema").GetString()!);
    }
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopBot.Deployment.Tests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.Deployment.Tests.Configuration;

/// <summary>
/// One source of truth for configuration keys: what the code binds (<see cref="BoundConfigurationKeys"/>) must match
/// appsettings.sample.json, the README table and the ARM template's app settings, in both directions.
/// </summary>
public sealed partial class ConfigurationKeyTests
{
    [Fact]
    public void BoundKeys_IncludeTheBotFrameworkRootKeysAndEveryOptionsSection()
    {
        // Guards the reflection itself: if it found nothing, every comparison below would be vacuous.
        Assert.Contains("MicrosoftAppId", BoundConfigurationKeys.All);
        Assert.Contains("Storage:TableServiceUri", BoundConfigurationKeys.All);
        Assert.Contains("Bot:AllowedTenantIds", BoundConfigurationKeys.All);
        Assert.Contains("Jobs:Enabled", BoundConfigurationKeys.All);
        Assert.DoesNotContain("HasNoAppId", BoundConfigurationKeys.All);
    }

    [Fact]
    public void SampleSettings_ListExactlyTheBoundKeys()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "appsettings.sample.json")))!.AsObject();

        Assert.Equal(BoundConfigurationKeys.All, Flatten(sample, prefix: null).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadmeConfigurationTable_DescribesEveryBoundKey()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var rows = TableRow().Matches(readme).Select(m => m.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);

        Assert.All(BoundConfigurationKeys.All, key => Assert.Contains(key, rows));
    }

    [Fact]
    public void AzureAppSettings_AreBoundKeysOrPlatformSettingsOnly()
    {
        var settings = ArmTemplate.AppSettings(ArmTemplate.Load()).Keys;

        var unbound = settings.Where(name => !BoundConfigurationKeys.All.Contains(AzureAppSettings.ToConfigurationKey(name))).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(AzureAppSettings.ReadByThePlatform.Keys.ToHashSet(StringComparer.Ordinal), unbound);
    }

    [Fact]
    public void EveryBoundKey_IsSetInAzureOrListedWithAReason()
    {
        var setInAzure = ArmTemplate.AppSettings(ArmTemplate.Load()).Keys.Select(AzureAppSettings.ToConfigurationKey).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(setInAzure.Intersect(AzureAppSettings.NotSetInAzure.Keys));
        Assert.Equal(BoundConfigurationKeys.All, setInAzure.Intersect(BoundConfigurationKeys.All).Union(AzureAppSettings.NotSetInAzure.Keys).ToHashSet(StringComparer.Ordinal));
        Assert.All(AzureAppSettings.NotSetInAzure.Values.Concat(AzureAppSettings.ReadByThePlatform.Values), reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Theory]
    [InlineData("MicrosoftAppId", "MicrosoftAppId")]
    [InlineData("Storage__TableServiceUri", "Storage:TableServiceUri")]
    [InlineData("Bot__AllowedTenantIds__0", "Bot:AllowedTenantIds")]
    public void AppSettingName_MapsToItsConfigurationKey(string name, string key) =>
        Assert.Equal(key, AzureAppSettings.ToConfigurationKey(name));

    private static IEnumerable<string> Flatten(JsonObject node, string? prefix)
    {
        foreach (var (name, value) in node)
        {
            var key = prefix is null ? name : $"{prefix}:{name}";
            if (value is JsonObject child)
            {
                foreach (var nested in Flatten(child, key))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return key;
            }
        }
    }

    // A README table row that starts with a key in backticks: | `Storage:TableServiceUri` | ... |
    [GeneratedRegex(@"^\| `(?<key>[A-Za-z:]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}

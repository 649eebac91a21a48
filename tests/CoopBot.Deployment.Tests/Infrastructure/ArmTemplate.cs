using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopBot.Testing;

namespace CoopBot.Deployment.Tests.Infrastructure;

/// <summary>infra/azuredeploy.json and its parameters file, parsed.</summary>
public static class ArmTemplate
{
    public static string TemplatePath => Path.Combine(RepoPaths.Root, "infra", "azuredeploy.json");

    public static string ParametersPath => Path.Combine(RepoPaths.Root, "infra", "azuredeploy.parameters.json");

    public static JsonObject Load() => JsonNode.Parse(File.ReadAllText(TemplatePath))!.AsObject();

    /// <summary>The JSON text with ARM expressions readable (no \u0027 escapes), for "is this name used" checks.</summary>
    public static string Text(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static JsonObject LoadParameters() => JsonNode.Parse(File.ReadAllText(ParametersPath))!.AsObject();

    public static IEnumerable<JsonObject> Resources(JsonObject template, string type) =>
        template["resources"]!.AsArray().Select(r => r!.AsObject())
            .Where(r => string.Equals(r["type"]!.GetValue<string>(), type, StringComparison.OrdinalIgnoreCase));

    public static JsonObject Resource(JsonObject template, string type) => Assert.Single(Resources(template, type));

    public static IReadOnlyDictionary<string, string> AppSettings(JsonObject template) =>
        Resource(template, "Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.GetValue<string>(), StringComparer.Ordinal);
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoopBot.Cli.Teams;

/// <summary>One bot command of <c>manifest/commands.json</c>: what the user types, where, and a Dutch description.</summary>
internal sealed record BotCommandEntry(string Title, IReadOnlyList<string> Scopes, string Description);

/// <summary>
/// The hand-written sources of the Teams app package in <c>manifest/</c>: the manifest template, the command list
/// (one line per command) and the two icons.
/// </summary>
internal sealed class TeamsAppSources
{
    public const string TemplateFile = "manifest.template.json";
    public const string CommandsFile = "commands.json";
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private TeamsAppSources(string folder, JsonObject template, IReadOnlyList<BotCommandEntry> commands)
    {
        Folder = folder;
        Template = template;
        Commands = commands;
    }

    public string Folder { get; }

    public JsonObject Template { get; }

    public IReadOnlyList<BotCommandEntry> Commands { get; }

    public string AccentColor => Template["accentColor"]?.GetValue<string>()
        ?? throw new InvalidDataException($"{TemplateFile} has no accentColor.");

    public string ColorIconFile => IconFile("color");

    public string OutlineIconFile => IconFile("outline");

    /// <summary>The repository's <c>manifest/</c> folder, or null outside a checkout.</summary>
    public static string? RepositoryFolder() =>
        Faq.KnowledgeBaseLocator.RepositoryRoot() is { } root ? Path.Combine(root, "manifest") : null;

    public static TeamsAppSources Load(string folder)
    {
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, TemplateFile)))?.AsObject()
            ?? throw new InvalidDataException($"{TemplateFile} is not a JSON object.");
        var commands = JsonSerializer.Deserialize<List<BotCommandEntry>>(File.ReadAllText(Path.Combine(folder, CommandsFile)), JsonOptions)
            ?? throw new InvalidDataException($"{CommandsFile} is not a JSON array.");
        return new TeamsAppSources(folder, template, commands);
    }

    private string IconFile(string kind) => Template["icons"]?[kind]?.GetValue<string>()
        ?? throw new InvalidDataException($"{TemplateFile} has no icons.{kind}.");
}

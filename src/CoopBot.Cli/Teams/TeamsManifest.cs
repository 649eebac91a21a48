using System.Text.Json.Nodes;

namespace CoopBot.Cli.Teams;

/// <summary>Turns the template and the command list into the manifest of one deployment (its app id and domain).</summary>
internal static class TeamsManifest
{
    /// <summary>One command list per scope, in this order (Teams shows a separate menu per scope).</summary>
    public static readonly IReadOnlyList<string> Scopes = ["personal", "team", "groupChat"];

    public static JsonObject Build(TeamsAppSources sources, Guid appId, string domain, Guid? tabClientId = null)
    {
        var manifest = sources.Template.DeepClone().AsObject();
        var id = appId.ToString("D");
        // The Teams app id and the bot id are the same GUID: one registration per deployment.
        manifest.Insert(manifest.IndexOf("version") + 1, "id", id);
        var bot = manifest["bots"]?[0]?.AsObject() ?? throw new InvalidDataException("The template has no bots[0].");
        bot.Insert(0, "botId", id);
        bot["commandLists"] = CommandLists(sources.Commands);
        manifest["validDomains"] = new JsonArray(domain);
        AddComposeExtension(manifest, id, domain);
        AddTabs(manifest, domain, (tabClientId ?? appId).ToString("D"));
        return manifest;
    }

    // The tab (issue 17): two personal tabs, a channel tab with its configuration page, and the SSO registration
    // (a user-assigned managed identity cannot expose an API, so the tab may have its own client id).
    private static void AddTabs(JsonObject manifest, string domain, string tabClientId)
    {
        string SignIn(string page) => $"https://{domain}/tab/aanmelden?terug={Uri.EscapeDataString(page)}";
        manifest["staticTabs"] = new JsonArray(
            new JsonObject { ["entityId"] = "overzicht", ["name"] = "Overzicht", ["contentUrl"] = SignIn("/tab/overzicht"), ["scopes"] = new JsonArray("personal") },
            new JsonObject { ["entityId"] = "besluiten", ["name"] = "Besluiten", ["contentUrl"] = SignIn("/tab/besluiten"), ["scopes"] = new JsonArray("personal") });
        manifest["configurableTabs"] = new JsonArray(new JsonObject
        {
            ["configurationUrl"] = $"https://{domain}/tab/configuratie",
            ["canUpdateConfiguration"] = true,
            ["scopes"] = new JsonArray("team"),
        });
        manifest["webApplicationInfo"] = new JsonObject { ["id"] = tabClientId, ["resource"] = $"api://{domain}/{tabClientId}" };
    }

    // The message extension is served by the same bot; links to the bot's domain unfurl into decision cards. The RSC
    // permission for meeting events (meetingStart/meetingEnd) needs webApplicationInfo, which AddTabs writes.
    private static void AddComposeExtension(JsonObject manifest, string id, string domain)
    {
        if (manifest["composeExtensions"]?[0]?.AsObject() is not { } extension)
        {
            return;
        }

        extension.Insert(0, "botId", id);
        extension["messageHandlers"] = new JsonArray(new JsonObject
        {
            ["type"] = "link",
            ["value"] = new JsonObject { ["domains"] = new JsonArray(domain) },
        });
    }

    private static JsonArray CommandLists(IReadOnlyList<BotCommandEntry> commands)
    {
        var unknown = commands.SelectMany(c => c.Scopes).Except(Scopes, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"{TeamsAppSources.CommandsFile} uses unknown scopes: {string.Join(", ", unknown)}.");
        }

        var lists = new JsonArray();
        foreach (var scope in Scopes)
        {
            var inScope = commands.Where(c => c.Scopes.Contains(scope, StringComparer.Ordinal)).ToList();
            if (inScope.Count == 0)
            {
                continue;
            }

            lists.Add(new JsonObject
            {
                ["scopes"] = new JsonArray(scope),
                ["commands"] = new JsonArray([.. inScope.Select(c => new JsonObject { ["title"] = c.Title, ["description"] = c.Description })]),
            });
        }

        return lists;
    }
}

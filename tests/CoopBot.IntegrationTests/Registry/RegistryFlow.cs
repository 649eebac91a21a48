using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>Registry demo people beyond DemoUser, activity builders for personal invokes and installs, and card text helpers.</summary>
public static partial class RegistryFlow
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    public static readonly DemoUser CommunityManager = new("user-id-6", "a1c0ffee-0000-4000-8000-000000000006", "Goedele Verhaegen");
    public static readonly DemoUser NoCooperant = new("user-id-19", "a1c0ffee-0000-4000-8000-000000000019", "Ward Smets");

    /// <summary>All string values of a card (texts, fact titles and values, choices), unescaped, one per line.</summary>
    public static string TextOf(JsonNode? node) => Unescape().Replace(string.Join('\n', Strings(node)), "$1");

    public static JsonObject PersonalInvoke(string serviceUrl, DemoUser from, string verb, JsonObject data, string? activityId = null)
    {
        var activity = TeamsActivity.CardAction(serviceUrl, from, verb, data, activityId);
        activity["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = DemoUser.TenantId, ["id"] = $"a:personal-{from.TeamsId}" };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoUser.TenantId } };
        return activity;
    }

    /// <summary>Teams' conversationUpdate when the bot is added to a team (General channel = team id).</summary>
    public static JsonObject BotAddedToTeam(string serviceUrl, DemoUser by, string teamId, string teamName) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = $"f:{Guid.NewGuid()}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = by.TeamsId, ["name"] = by.Name, ["aadObjectId"] = by.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:coopbot-local", ["name"] = "CoopBot" },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:coopbot-local" }),
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = DemoUser.TenantId, ["id"] = teamId },
        ["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = teamId, ["name"] = teamName, ["aadGroupId"] = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" },
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = DemoUser.TenantId },
        },
    };

    /// <summary>A card action from inside a team that is not (yet) linked.</summary>
    public static JsonObject TeamInvoke(string serviceUrl, DemoUser from, string teamId, string verb, JsonObject data)
    {
        var activity = TeamsActivity.CardAction(serviceUrl, from, verb, data);
        activity["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = DemoUser.TenantId, ["id"] = teamId };
        activity["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = teamId },
            ["channel"] = new JsonObject { ["id"] = teamId },
            ["tenant"] = new JsonObject { ["id"] = DemoUser.TenantId },
        };
        return activity;
    }

    public static async Task<ConnectorCall> WaitForPostAsync(CoopBotApp app, string pathContains, string text)
    {
        bool Match(ConnectorCall c) => TextOf(c.Body).Contains(text, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => app.Connector.CallsTo("POST", pathContains).Any(Match), Wait, $"a POST to {pathContains} containing '{text}'");
        return app.Connector.CallsTo("POST", pathContains).First(Match);
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    // CardText.Literal puts a backslash before markdown punctuation; tests compare on what the user reads.
    [System.Text.RegularExpressions.GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|~<>&=])")]
    private static partial System.Text.RegularExpressions.Regex Unescape();
}

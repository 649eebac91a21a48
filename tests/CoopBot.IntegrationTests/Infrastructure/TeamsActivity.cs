using System.Text.Json.Nodes;

namespace CoopBot.IntegrationTests.Infrastructure;

/// <summary>
/// Builds real Teams activity JSON from the captured fixtures under Activities/, changing only what a test needs.
/// </summary>
public static partial class TeamsActivity
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Activities");

    public static JsonObject ChannelMessage(string serviceUrl, DemoUser from, string text)
    {
        var activity = Load("channel-message.json", serviceUrl, from);
        activity["text"] = $"<at>CoopBot</at> {text}";
        return activity;
    }

    public static JsonObject PersonalMessage(string serviceUrl, DemoUser from, string text)
    {
        var activity = Load("channel-message.json", serviceUrl, from);
        activity["text"] = text;
        activity.Remove("entities");
        activity.Remove("channelData");
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoUser.TenantId } };
        activity["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = DemoUser.TenantId, ["id"] = $"a:personal-{from.TeamsId}" };
        return activity;
    }

    public static JsonObject CardAction(string serviceUrl, DemoUser from, string verb, JsonObject data, string? activityId = null)
    {
        var activity = Load("card-action-invoke.json", serviceUrl, from);
        activity["id"] = activityId ?? $"f:{Guid.NewGuid()}";
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        return activity;
    }

    private static JsonObject Load(string file, string serviceUrl, DemoUser from)
    {
        var activity = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!.AsObject();
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["serviceUrl"] = serviceUrl;
        activity["from"] = new JsonObject { ["id"] = from.TeamsId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId };
        return activity;
    }
}

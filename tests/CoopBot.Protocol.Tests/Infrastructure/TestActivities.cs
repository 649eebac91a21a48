using System.Text.Json.Nodes;

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>Fixture activities as editable JSON, pointed at a chosen serviceUrl.</summary>
public static class TestActivities
{
    public const string PlaygroundServiceUrl = "http://localhost:56150/_connector";

    public static JsonObject Message(string serviceUrl = PlaygroundServiceUrl) => From("channel-message-mention.json", serviceUrl);

    public static JsonObject Invoke(string serviceUrl = PlaygroundServiceUrl) => From("adaptive-card-invoke.json", serviceUrl);

    public static JsonObject From(string fixture, string serviceUrl)
    {
        var activity = JsonNode.Parse(ActivityFixtures.Json(fixture))!.AsObject();
        activity["serviceUrl"] = serviceUrl;
        return activity;
    }
}

using System.Text.Json.Nodes;

namespace CoopBot.IntegrationTests.Infrastructure;

/// <summary>Issue 18: message-extension invokes, meeting events and meeting chat activities from their fixtures.</summary>
public static partial class TeamsActivity
{
    public const string MeetingChatId = "19:meeting_NjM2YzQ4ZDMtMWJhYS00YTQ2LWE1NmItZTY3Y2QwMzY0ZTJl@thread.v2";

    /// <summary>composeExtension/fetchTask of an action command from the compose box of the stuurgroep channel.</summary>
    public static JsonObject FetchTask(string serviceUrl, DemoUser from, string commandId)
    {
        var activity = Load("compose-extension-fetch-task.json", serviceUrl, from);
        activity["value"]!["commandId"] = commandId;
        return activity;
    }

    /// <summary>composeExtension/fetchTask of the message action on a message with this HTML body.</summary>
    public static JsonObject MessageAction(string serviceUrl, DemoUser from, string html)
    {
        var activity = Load("compose-extension-message-action.json", serviceUrl, from);
        activity["value"]!["messagePayload"]!["body"]!["content"] = html;
        return activity;
    }

    /// <summary>composeExtension/submitAction of the dialog with these fields (merged into the fixture's data).</summary>
    public static JsonObject SubmitAction(string serviceUrl, DemoUser from, string commandId, JsonObject fields)
    {
        var activity = Load("compose-extension-submit-action.json", serviceUrl, from);
        activity["value"]!["commandId"] = commandId;
        foreach (var (key, value) in fields)
        {
            activity["value"]!["data"]![key] = value?.DeepClone();
        }

        return activity;
    }

    public static JsonObject Query(string serviceUrl, DemoUser from, string text, string commandId = "besluitZoeken")
    {
        var activity = Load("compose-extension-query.json", serviceUrl, from);
        activity["value"]!["commandId"] = commandId;
        activity["value"]!["parameters"]![0]!["value"] = text;
        return activity;
    }

    public static JsonObject QueryLink(string serviceUrl, DemoUser from, string url)
    {
        var activity = Load("compose-extension-query-link.json", serviceUrl, from);
        activity["value"]!["url"] = url;
        return activity;
    }

    /// <summary>The meetingStart or meetingEnd event of the meeting with this join link, in its meeting chat.</summary>
    public static JsonObject MeetingEvent(string serviceUrl, bool start, string joinUrl, string? activityId = null)
    {
        var activity = Load(start ? "meeting-start-event.json" : "meeting-end-event.json", serviceUrl, DemoUser.Chair);
        activity["id"] = activityId ?? Guid.NewGuid().ToString("N");
        activity["value"]!["JoinUrl"] = joinUrl;
        return activity;
    }

    /// <summary>A message that @mentions CoopBot in the meeting chat.</summary>
    public static JsonObject MeetingChatMessage(string serviceUrl, DemoUser from, string text)
    {
        var activity = Load("meeting-chat-message.json", serviceUrl, from);
        activity["text"] = $"<at>CoopBot</at> {text}";
        return activity;
    }

    /// <summary>Moves an activity built from a channel fixture into the meeting chat.</summary>
    public static JsonObject InMeetingChat(JsonObject activity)
    {
        var chat = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "meeting-chat-message.json")))!;
        activity["conversation"] = chat["conversation"]!.DeepClone();
        activity["channelData"] = chat["channelData"]!.DeepClone();
        return activity;
    }
}

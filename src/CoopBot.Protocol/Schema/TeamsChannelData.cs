using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopBot.Protocol.Schema;

/// <summary>The Teams-specific <c>channelData</c> of an activity.</summary>
public class TeamsChannelData
{
    /// <summary>The tenant the activity comes from.</summary>
    public TenantInfo? Tenant { get; set; }

    /// <summary>The team, for activities in a team.</summary>
    public TeamInfo? Team { get; set; }

    /// <summary>The channel, for activities in a team.</summary>
    public ChannelInfo? Channel { get; set; }

    /// <summary>Kind of conversationUpdate, e.g. <c>teamMemberAdded</c> or <c>channelRenamed</c>.</summary>
    public string? EventType { get; set; }

    /// <summary>The Teams meeting, for activities in a meeting's chat.</summary>
    public MeetingInfo? Meeting { get; set; }

    /// <summary>Outgoing: how Teams notifies about the message (an in-meeting bubble with <c>alertInMeeting</c>).</summary>
    public NotificationInfo? Notification { get; set; }

    /// <summary>Install settings (the channel picked during installation).</summary>
    public TeamsChannelDataSettings? Settings { get; set; }

    /// <summary>Properties this model does not name; kept so they round-trip unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>An Entra tenant reference.</summary>
public class TenantInfo
{
    /// <summary>Tenant id.</summary>
    public string? Id { get; set; }
}

/// <summary>A team reference.</summary>
public class TeamInfo
{
    /// <summary>Team id (the id of its General channel, <c>19:…</c>).</summary>
    public string? Id { get; set; }

    /// <summary>Team name.</summary>
    public string? Name { get; set; }

    /// <summary>Entra group id of the team.</summary>
    public string? AadGroupId { get; set; }
}

/// <summary>A channel reference.</summary>
public class ChannelInfo
{
    /// <summary>Channel id (<c>19:…@thread.tacv2</c>).</summary>
    public string? Id { get; set; }

    /// <summary>Channel name; null for the General channel.</summary>
    public string? Name { get; set; }
}

/// <summary>Settings sent on installation.</summary>
public class TeamsChannelDataSettings
{
    /// <summary>The channel chosen when the app was added to a team.</summary>
    public ChannelInfo? SelectedChannel { get; set; }
}

/// <summary>A Teams meeting reference in channel data.</summary>
public class MeetingInfo
{
    /// <summary>The meeting id (base64, as Teams sends it).</summary>
    public string? Id { get; set; }
}

/// <summary>Notification settings of an outgoing message.</summary>
public class NotificationInfo
{
    /// <summary>Raise a notification for the message.</summary>
    public bool? Alert { get; set; }

    /// <summary>Show the in-meeting notification (content bubble) to the participants of the meeting.</summary>
    public bool? AlertInMeeting { get; set; }

    /// <summary>
    /// The bubble's content: <c>https://teams.microsoft.com/l/bubble/{appId}?url=…&amp;height=…&amp;width=…&amp;title=…&amp;completionBotId={botId}</c>.
    /// </summary>
    public string? ExternalResourceUrl { get; set; }
}

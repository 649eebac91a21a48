namespace CoopBot.Protocol.Schema;

/// <summary>Event names of Teams meeting lifecycle events (an <c>event</c> activity in the meeting's chat).</summary>
public static class MeetingEvents
{
    /// <summary>The meeting started.</summary>
    public const string Start = "application/vnd.microsoft.meetingStart";

    /// <summary>The meeting ended.</summary>
    public const string End = "application/vnd.microsoft.meetingEnd";
}

/// <summary>The <c>value</c> of a meeting start or end event (Teams sends the names in PascalCase).</summary>
public class MeetingEventDetails
{
    /// <summary>The meeting id.</summary>
    public string? Id { get; set; }

    /// <summary>The join link of the online meeting; the link stored with a planned vergadering.</summary>
    public string? JoinUrl { get; set; }

    /// <summary>The meeting's title.</summary>
    public string? Title { get; set; }

    /// <summary><c>Scheduled</c>, <c>Recurring</c>, <c>Adhoc</c>, ...</summary>
    public string? MeetingType { get; set; }

    /// <summary>When the meeting started (meetingStart).</summary>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>When the meeting ended (meetingEnd).</summary>
    public DateTimeOffset? EndTime { get; set; }
}

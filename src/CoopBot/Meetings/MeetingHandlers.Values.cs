using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopBot.Meetings;

/// <summary>Verbs of the meeting cards. Card data is never trusted: ids and permissions are re-checked server-side.</summary>
internal static class MeetingVerbs
{
    public const string Schedule = "meetings.schedule";
    public const string StartPoll = "meetings.poll";
    public const string Answer = "meetings.answer";
    public const string Pick = "meetings.pick";
    public const string Rsvp = "meetings.rsvp";
    public const string Reschedule = "meetings.reschedule";
    public const string Cancel = "meetings.cancel";
    public const string AddItem = "meetings.additem";
    public const string MinutesForm = "meetings.minutesform";
    public const string Publish = "meetings.publish";
    public const string SubmitForApproval = "meetings.approval";
    public const string Feedback = "meetings.feedback";
}

/// <summary>Text commands of the meetings feature.</summary>
internal static class MeetingCommands
{
    public const string Plan = "vergadering plannen";
}

/// <summary>
/// Data of a card whose inputs are numbered (moment 1–6, agenda point 1–15). The fixed fields are typed; the numbered
/// inputs arrive in <see cref="Inputs"/> and are read through <see cref="Input"/>.
/// </summary>
internal abstract record NumberedInputsData
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Inputs { get; init; }

    public string? Input(string name) =>
        Inputs is not null && Inputs.TryGetValue(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(), _ => null }
            : null;
}

/// <summary>The planning form: title plus moments date{i}, time{i}, minutes{i}, online{i}, place{i}.</summary>
internal sealed record PlanMeetingData(string? SteeringGroupId, string? Title) : NumberedInputsData;

/// <summary>The time poll: one answer per slot in input "slot{id}".</summary>
internal sealed record SlotAnswersData(string? MeetingId) : NumberedInputsData;

/// <summary>The verslag form: text{n} and decisions{n} per agenda point, and the attendance list.</summary>
internal sealed record MinutesData(string? MeetingId, string? Present) : NumberedInputsData;

/// <summary>A reschedule: the new moment in date1, time1, minutes1, online1, place1.</summary>
internal sealed record RescheduleData(string? MeetingId) : NumberedInputsData;

/// <summary>Actions on one meeting (RSVP, pick, cancel, refresh, verslag form).</summary>
internal sealed record MeetingActionData(string? MeetingId, string? Answer, string? Pick);

/// <summary>A new agenda point.</summary>
internal sealed record AgendaItemData(
    string? MeetingId, string? ItemTitle, string? ItemPresenter, string? ItemMinutes, string? ItemConfidential, string? ItemDecisions, string? ItemAmount);

/// <summary>Feedback of an afnemer on a public agenda or verslag.</summary>
internal sealed record FeedbackData(string? MeetingId, string? Feedback);

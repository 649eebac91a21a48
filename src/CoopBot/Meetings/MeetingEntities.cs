using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using CoopBot.Common;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Meetings;
using CoopBot.Storage;

namespace CoopBot.Meetings;

/// <summary>
/// Table rows of the meetings of one stuurgroep, all in partition "sg|{stuurgroep}" so the cap check, a meeting and its
/// year guard commit in one batch: "m|{meeting}" the meeting, "y|{year}" the year guard whose ETag serialises scheduling
/// in that year, "r|{meeting}|{person}" one RSVP per member, "a|{meeting}|{person}" one time-poll answer per member,
/// "n|{year}" the no-meeting notice marker, "f|{activity}" feedback already relayed, "e|{meeting}|{key}" audit events.
/// </summary>
internal static class MeetingEntities
{
    public const string TableName = "Meetings";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new MoneyConverter() } };

    public static string Partition(string steeringGroupId) => $"sg|{steeringGroupId}";

    public static string MeetingRow(string meetingId) => "m|" + meetingId;

    public static string YearRow(int year) => "y|" + year.ToString(CultureInfo.InvariantCulture);

    public static string RsvpPrefix(string meetingId) => $"r|{meetingId}|";

    public static string AnswerPrefix(string meetingId) => $"a|{meetingId}|";

    public static string NoticeRow(int year) => "n|" + year.ToString(CultureInfo.InvariantCulture);

    public static string FeedbackRow(string activityKey) => "f|" + TableKey.Encode(activityKey);

    public static TableEntity ToEntity(MeetingRecord m)
    {
        var e = new TableEntity(Partition(m.SteeringGroupId), MeetingRow(m.Id))
        {
            ["MeetingId"] = m.Id,
            ["Title"] = m.Title,
            ["Status"] = m.Status.ToString(),
            ["Slot"] = m.Slot is null ? null : JsonSerializer.Serialize(m.Slot, Json),
            ["Candidates"] = JsonSerializer.Serialize(m.Candidates, Json),
            ["Agenda"] = JsonSerializer.Serialize(m.Agenda, Json),
            ["CreatedBy"] = m.CreatedBy,
            ["CreatedAt"] = m.CreatedAt,
            ["Card"] = m.Card is null ? null : JsonSerializer.Serialize(m.Card, Json),
            ["Event"] = m.Event is null ? null : JsonSerializer.Serialize(m.Event, Json),
            ["Minutes"] = m.Minutes is null ? null : JsonSerializer.Serialize(m.Minutes, Json),
            ["AgendaPublishedAt"] = m.AgendaPublishedAt,
            ["MinutesPostedAt"] = m.MinutesPostedAt,
            ["AgendaRevision"] = m.AgendaRevision,
            ["AgendaSentRevision"] = m.AgendaSentRevision,
            ["DraftMinutes"] = m.DraftMinutes is null ? null : JsonSerializer.Serialize(m.DraftMinutes, Json),
            ["DraftApprovalPollId"] = m.DraftApprovalPollId,
        };
        return e;
    }

    public static MeetingRecord ToMeeting(TableEntity e) => new(
        e.GetString("MeetingId") ?? e.RowKey[2..],
        e.PartitionKey[3..],
        e.GetString("Title") ?? string.Empty,
        Enum.Parse<MeetingStatus>(e.GetString("Status") ?? nameof(MeetingStatus.Gepland)),
        Read<SlotCandidate>(e, "Slot"),
        Read<List<SlotCandidate>>(e, "Candidates") ?? [],
        Read<List<AgendaItem>>(e, "Agenda") ?? [],
        e.GetString("CreatedBy") ?? string.Empty,
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        Read<CardLocation>(e, "Card"),
        Read<CalendarEvent>(e, "Event"),
        Read<MeetingMinutes>(e, "Minutes"),
        e.GetDateTimeOffset("AgendaPublishedAt"))
    {
        MinutesPostedAt = e.GetDateTimeOffset("MinutesPostedAt"),
        AgendaRevision = e.GetInt32("AgendaRevision") ?? 0,
        AgendaSentRevision = e.GetInt32("AgendaSentRevision") ?? 0,
        DraftMinutes = Read<MeetingMinutes>(e, "DraftMinutes"),
        DraftApprovalPollId = e.GetString("DraftApprovalPollId"),
    };

    public static TableEntity ToRsvp(string steeringGroupId, string meetingId, string personId, string name, Rsvp answer, DateTimeOffset at) =>
        new(Partition(steeringGroupId), RsvpPrefix(meetingId) + personId) { ["Answer"] = answer.ToString(), ["Name"] = name, ["At"] = at };

    public static TableEntity ToAnswers(string steeringGroupId, string meetingId, string personId, string name, IReadOnlyDictionary<string, Availability> answers, DateTimeOffset at) =>
        new(Partition(steeringGroupId), AnswerPrefix(meetingId) + personId) { ["Answers"] = JsonSerializer.Serialize(answers, Json), ["Name"] = name, ["At"] = at };

    public static IEnumerable<SlotAnswer> ToSlotAnswers(TableEntity e, string meetingId)
    {
        var person = e.RowKey[AnswerPrefix(meetingId).Length..];
        var answers = JsonSerializer.Deserialize<Dictionary<string, Availability>>(e.GetString("Answers") ?? "{}", Json) ?? [];
        return answers.Select(a => new SlotAnswer(person, a.Key, a.Value));
    }

    public static TableEntity ToEvent(string steeringGroupId, string meetingId, string key, string type, string actor, DateTimeOffset at, string? detail) =>
        new(Partition(steeringGroupId), $"e|{meetingId}|{TableKey.Encode(key)}") { ["Type"] = type, ["Actor"] = actor, ["At"] = at, ["Detail"] = detail };

    private static T? Read<T>(TableEntity e, string name) where T : class =>
        e.GetString(name) is { } json ? JsonSerializer.Deserialize<T>(json, Json) : null;

    /// <summary>Money is stored in cents, never as a rounded decimal.</summary>
    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Money.FromCents(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Cents);
    }
}

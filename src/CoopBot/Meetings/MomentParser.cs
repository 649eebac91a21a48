using System.Globalization;
using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Domain.Meetings;

namespace CoopBot.Meetings;

/// <summary>Reads moment {i} of a card (date{i}, time{i}, minutes{i}, online{i}, place{i}) in the Brussels zone.</summary>
internal static class MomentParser
{
    public const int MinMinutes = 15;

    /// <summary>Null when moment {i} was left empty; a rejection when it is filled in wrongly.</summary>
    public static Result<SlotCandidate>? Parse(NumberedInputsData data, int i, TimeZoneInfo zone)
    {
        var dateText = data.Input($"date{i}");
        var timeText = data.Input($"time{i}");
        if (string.IsNullOrWhiteSpace(dateText) && string.IsNullOrWhiteSpace(timeText))
        {
            return null;
        }

        var minutesText = data.Input($"minutes{i}");
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !TimeOnly.TryParseExact(timeText, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            || !double.TryParse(string.IsNullOrWhiteSpace(minutesText) ? "120" : minutesText, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes)
            || minutes is < MinMinutes or > AgendaRules.MaxMinutes || minutes != Math.Floor(minutes))
        {
            return MeetingTexts.InvalidMoment;
        }

        var online = !string.Equals(data.Input($"online{i}"), "false", StringComparison.OrdinalIgnoreCase);
        var place = data.Input($"place{i}")?.Trim();
        return new SlotCandidate($"s{i}", DutchFormat.ToUtc(date, time, zone), TimeSpan.FromMinutes(minutes), online, string.IsNullOrEmpty(place) ? null : place);
    }

    /// <summary>All filled-in moments 1–6, or the first rejection.</summary>
    public static Result<IReadOnlyList<SlotCandidate>> ParseAll(NumberedInputsData data, TimeZoneInfo zone)
    {
        var slots = new List<SlotCandidate>();
        for (var i = 1; i <= TimePollSlots.MaxSlots; i++)
        {
            if (Parse(data, i, zone) is { } moment)
            {
                if (!moment.IsSuccess)
                {
                    return moment.Rejection;
                }

                slots.Add(moment.Value);
            }
        }

        return slots;
    }
}

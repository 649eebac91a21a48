using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Meetings;

namespace CoopBot.Meetings;

/// <summary>Builds every meeting card. User text is always shown literally (never interpreted as markdown).</summary>
internal static partial class MeetingCards
{
    public const int DefaultMinutes = 120;

    public static AdaptiveCard PlanForm(string steeringGroupId, string steeringGroupName, DateOnly defaultDate, string? error = null, PlanMeetingData? previous = null)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(MeetingTexts.PlanHeading),
            new TextBlock(CardText.Literal(steeringGroupName)) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(MeetingTexts.PlanIntro(TimePollSlots.MinSlots, TimePollSlots.MaxSlots, MeetingCap.RuleText)) { IsSubtle = true });
        if (error is not null)
        {
            card.AddBody(Notice(error, isError: true));
        }

        card.AddBody(new InputText("title") { Label = MeetingTexts.SubjectLabel, MaxLength = 120, Placeholder = MeetingTexts.DefaultTitle, Value = previous?.Title });
        for (var i = 1; i <= TimePollSlots.MaxSlots; i++)
        {
            card.AddBody(MomentInputs(i, i == 1 ? MeetingTexts.FirstMomentHeading : MeetingTexts.OptionalMomentHeading(i), i == 1 ? defaultDate : null, previous));
        }

        return card.AddActions(
            new ActionExecute { Title = MeetingTexts.ScheduleButton, Verb = MeetingVerbs.Schedule, Data = new { steeringGroupId }, Style = ActionStyle.Positive },
            new ActionExecute { Title = MeetingTexts.StartTimePollButton, Verb = MeetingVerbs.StartPoll, Data = new { steeringGroupId } });
    }

    /// <summary>
    /// Inputs date{i}, time{i}, minutes{i}, online{i}, place{i} for one moment. A form sent back after a refusal keeps
    /// what the person typed (issue 16 §5); the duration has no client-side bounds, so a client never changes it: the
    /// server refuses a duration outside 15–480 with a message that names the limits.
    /// </summary>
    public static Container MomentInputs(int i, string heading, DateOnly? date, NumberedInputsData? previous) => new(
        new TextBlock(heading) { Weight = TextWeight.Bolder, Separator = true },
        new InputDate($"date{i}") { Label = MeetingTexts.DateLabel, Value = TypedDate(previous?.Input($"date{i}")) ?? date, IsRequired = i == 1, ErrorMessage = i == 1 ? MeetingTexts.ChooseDate : null },
        new InputTime($"time{i}") { Label = MeetingTexts.StartTimeLabel, Value = TypedTime(previous?.Input($"time{i}")) ?? (i == 1 ? new TimeOnly(14, 0) : null), IsRequired = i == 1, ErrorMessage = i == 1 ? MeetingTexts.ChooseTime : null },
        new InputNumber($"minutes{i}") { Label = MeetingTexts.DurationLabel, Value = TypedNumber(previous?.Input($"minutes{i}")) ?? (i == 1 ? DefaultMinutes : null) },
        new InputToggle($"online{i}", MeetingTexts.Online) { Value = previous?.Input($"online{i}") ?? "true", ValueOn = "true", ValueOff = "false" },
        new InputText($"place{i}") { Label = MeetingTexts.PlaceLabel, MaxLength = 120, Value = previous?.Input($"place{i}") });

    private static DateOnly? TypedDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    private static TimeOnly? TypedTime(string? text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t) ? t : null;

    private static double? TypedNumber(string? text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    public static AdaptiveCard Confirmation(string heading, string text) => new AdaptiveCard().AddBody(
        new TextBlock(heading) { Weight = TextWeight.Bolder },
        new TextBlock(text) { IsSubtle = true });

    /// <summary>"dinsdag 9 juni 2026 om 14:00 tot 16:00" in Brussels time.</summary>
    public static string When(SlotCandidate slot, TimeZoneInfo zone) =>
        MeetingTexts.WhenRange(DutchFormat.DateTime(slot.StartsAt, zone), $"{TimeZoneInfo.ConvertTime(slot.StartsAt + slot.Duration, zone):HH:mm}");

    public static string Where(SlotCandidate slot) => slot.IsOnline ? MeetingTexts.Online : MeetingTexts.OnSite(slot.Place);

    public static string StatusName(MeetingStatus status) => status switch
    {
        MeetingStatus.Gepland => MeetingTexts.StatusPlanned,
        MeetingStatus.Gehouden => MeetingTexts.StatusHeld,
        _ => MeetingTexts.StatusCancelled,
    };

    private static TextBlock Notice(string text, bool isError) =>
        new(CardText.Literal(text)) { Color = isError ? TextColor.Attention : TextColor.Good, Weight = TextWeight.Bolder };
}

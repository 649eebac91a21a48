using System.ComponentModel.DataAnnotations;

namespace CoopBot.Meetings;

/// <summary>Section "Meetings".</summary>
public sealed class MeetingsOptions : IValidatableObject
{
    public const string SectionName = "Meetings";

    /// <summary>The stuurgroepen meet in Belgium: dates are entered, shown and put in calendars in this zone.</summary>
    public string TimeZone { get; set; } = "Europe/Brussels";

    /// <summary>
    /// Mailbox (UPN or object id) that organises the calendar events through Graph (application permission
    /// Calendars.ReadWrite). Empty: meetings are recorded and shown on the card without a calendar event or Teams link.
    /// </summary>
    public string OrganizerMailbox { get; set; } = string.Empty;

    /// <summary>How long before the meeting the agenda goes to the channel and to all afnemers.</summary>
    public TimeSpan AgendaLeadTime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Agenda points added after the agenda went out are sent as an updated agenda this long after the addition, so a
    /// chair who adds several points sends the afnemers one update.
    /// </summary>
    public TimeSpan AgendaUpdateDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Local hour (Brussels) at which the daily check for stuurgroepen without a meeting runs.</summary>
    public int YearCheckHour { get; set; } = 9;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AgendaUpdateDelay < TimeSpan.Zero || AgendaUpdateDelay > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Meetings:AgendaUpdateDelay must be between 0 and 1 day.");
        }

        if (AgendaLeadTime < TimeSpan.Zero || AgendaLeadTime > TimeSpan.FromDays(60))
        {
            yield return new ValidationResult("Meetings:AgendaLeadTime must be between 0 and 60 days.");
        }

        if (YearCheckHour is < 0 or > 23)
        {
            yield return new ValidationResult("Meetings:YearCheckHour must be an hour from 0 to 23.");
        }
    }
}

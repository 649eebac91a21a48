namespace CoopBot.Meetings;

/// <summary>Dutch texts of "vergadering plannen": the form, the moment inputs and the confirmations.</summary>
internal static partial class MeetingTexts
{
    public const string PlanHeading = "Vergadering plannen";
    public const string SubjectLabel = "Onderwerp (optioneel)";
    public const string FirstMomentHeading = "Moment 1 (ook voor een vaste datum)";
    public const string ScheduleButton = "Datum vastleggen";
    public const string StartTimePollButton = "Tijdspeiling starten";
    public const string DateLabel = "Datum";
    public const string ChooseDate = "Kies een datum.";
    public const string StartTimeLabel = "Beginuur";
    public const string ChooseTime = "Kies een uur.";
    public const string DurationLabel = "Duur (minuten)";
    public const string PlaceLabel = "Plaats (als de vergadering ter plaatse is)";
    public const string TimePollStartedHeading = "Tijdspeiling gestart";
    public const string TimePollStarted = "De momenten staan in het kanaal. De leden duiden aan wanneer ze kunnen; daarna kies je het moment.";
    public const string PlannedHeading = "Vergadering gepland";

    public static string PlanIntro(int minSlots, int maxSlots, string capRule) =>
        $"Leg moment 1 meteen vast, of stel {minSlots} tot {maxSlots} momenten voor en laat de leden kiezen. {capRule}";

    public static string OptionalMomentHeading(int i) => $"Moment {i} (optioneel)";

    public static string Planned(string when) => $"{when}. De vergaderkaart staat in het kanaal.";
}

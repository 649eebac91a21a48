namespace CoopBot.Meetings;

/// <summary>Dutch titles of the agenda and verslag broadcasts to all afnemers, as the chair's stats card shows them.</summary>
internal static partial class MeetingTexts
{
    public static string BroadcastTitle(bool isMinutes, int revision, string meetingTitle) =>
        $"{(isMinutes ? "Openbaar verslag" : revision > 0 ? "Bijgewerkte openbare agenda" : "Openbare agenda")}: {meetingTitle}";
}

namespace CoopBot.Broadcasts;

/// <summary>Dutch (nl-BE) texts of the broadcast to all afnemers (the chair's delivery-stats card).</summary>
internal static class BroadcastTexts
{
    public const string Kind = "Verzending naar alle afnemers";
    public const string SentLabel = "Verzonden";
    public const string FailedLabel = "Mislukt";
    public const string PendingLabel = "In behandeling";
    public const string Done = "Klaar.";
    public const string Sending = "Wordt verzonden, in het tempo dat Teams toelaat.";

    public static string Sent(int sent, int total) => $"{sent} van {total}";
}

namespace CoopBot.MessageExtensions;

/// <summary>Dutch texts of the decision card a person inserts with "besluit zoeken".</summary>
internal static partial class MessageExtensionTexts
{
    public const string OutcomeLabel = "Uitkomst";
    public const string ParticipationLabel = "Deelname";
    public const string DecidedAtLabel = "Besloten op";
    public const string NotYetDecided = "nog niet";
    public const string AmountLabel = "Bedrag";
    public const string Confidential = "vertrouwelijk";

    public static string KindLine(string kind, string steeringGroupName) => $"{kind} · {steeringGroupName}";

    public static string Participation(int voters, int eligible) => $"{voters} van {eligible}";

    public static string Preview(string steeringGroupName, string outcome) => $"{steeringGroupName} · {outcome}";
}

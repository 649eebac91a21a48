namespace CoopBot.Budget;

/// <summary>Dutch texts of the "begroting" card.</summary>
internal static partial class BudgetTexts
{
    public const string StatusFinal = "definitief";
    public const string StatusWaiting = "wacht op bevestiging";

    public static string Heading(int year) => $"Deelbegroting {year}";

    public static string CommitmentLine(string amount, string status) => $"{amount} · {status}";

    /// <summary>Confidential commitments count in the totals but are never listed on this channel-wide card.</summary>
    public static string HiddenCommitments(int count) =>
        $"En {count} vertrouwelijke {(count == 1 ? "verbintenis" : "verbintenissen")} (details enkel voor wie de geheimhoudingsverklaring ondertekende).";
}

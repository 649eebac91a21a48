namespace CoopBot.Decisions;

/// <summary>Dutch texts of the result charts (issue 18).</summary>
internal static partial class DecisionTexts
{
    public const string TallyChartTitle = "Stemmen per antwoord";
    public const string ParticipationChartTitle = "Deelname";
    public const string VotedLegend = "Gestemd";
    public const string NotVotedLegend = "Niet gestemd";

    /// <summary>"3 van 4 leden hebben gestemd, quorum 50 % gehaald" (nl-BE puts a space before %).</summary>
    public static string ParticipationLabel(string participation, int quorumPercent, bool quorumMet) =>
        quorumPercent <= 0 ? participation : $"{participation}, quorum {quorumPercent} % {(quorumMet ? "gehaald" : "niet gehaald")}";
}

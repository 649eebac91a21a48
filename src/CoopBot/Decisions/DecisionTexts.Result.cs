namespace CoopBot.Decisions;

/// <summary>Dutch texts of the result card, the outcome message and the chair's statement.</summary>
internal static partial class DecisionTexts
{
    public const string ResultSuffix = " · uitslag";
    public const string ClosedAtLabel = "Gesloten op";
    public const string StatementHeading = "Toelichting bij de uitkomst";
    public const string SaveButton = "Bewaren";
    public const string ReopenUntilButton = "Heropenen tot";

    public static string OutcomeMessage(string title, string outcome, string participation) => $"Uitslag van “{title}”: {outcome}. {participation}.";

    public static string OutcomeMessageStatement(string statement) => $"Toelichting: {statement}";

    /// <summary>The chair's statement, posted in the decision's thread.</summary>
    public static string StatementPosted(string statement) => $"Toelichting bij de uitkomst: {statement}";
}

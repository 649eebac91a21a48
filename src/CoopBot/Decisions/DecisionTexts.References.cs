namespace CoopBot.Decisions;

// Issue 16 §4: the short decision reference (BI-2026-014) on cards, in the register and where a person types one.
internal static partial class DecisionTexts
{
    public const string ReferenceLabel = "Referentie";

    /// <summary>The small kind line above a decision's title, with its reference when it has one.</summary>
    public static string KindLine(string kindLine, string? reference) =>
        reference is null ? kindLine : $"{kindLine} · {reference}";
}

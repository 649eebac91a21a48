namespace CoopBot.Decisions.Contracts;

/// <summary>Issue 16 §4: Dutch text of the short decision reference (BI-2026-014), on cards, in the register and the tab.</summary>
internal static class ReferenceTexts
{
    public const string ReferenceLabel = "Referentie";

    /// <summary>The small kind line above a decision's title, with its reference when it has one.</summary>
    public static string KindLine(string kindLine, string? reference) =>
        reference is null ? kindLine : $"{kindLine} · {reference}";
}

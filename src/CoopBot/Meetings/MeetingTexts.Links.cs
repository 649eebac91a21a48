namespace CoopBot.Meetings;

// Issue 16 §4: the agenda point and verslag forms offer the stuurgroep's decisions as a choice, never ask for ids.
internal static partial class MeetingTexts
{
    public const string LinkedProposalsLabel = "Gekoppelde voorstellen";
    public const string LinkedProposalsPlaceholder = "Kies lopende voorstellen (optioneel)";
    public const string NoOpenProposals = "Er lopen nu geen voorstellen in deze stuurgroep om aan dit punt te koppelen.";
    public const string LinkedDecisionsLabel = "Gekoppelde besluiten";
    public const string LinkedDecisionsPlaceholder = "Kies besluiten (optioneel)";
    public const string NoDecisions = "Deze stuurgroep heeft nog geen besluiten om te koppelen.";
}

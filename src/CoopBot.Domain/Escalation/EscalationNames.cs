using CoopBot.Domain.Text;

namespace CoopBot.Domain.Escalation;

/// <summary>Dutch (nl-BE) display names for escalation kinds, tiers, bodies and states.</summary>
public static class EscalationNames
{
    /// <summary>"Financiële verbintenis" or "Bestelling".</summary>
    public static string DisplayName(CommitmentKind kind) => kind switch
    {
        CommitmentKind.FinancieleVerbintenis => "Financiële verbintenis",
        CommitmentKind.Bestelling => "Bestelling",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Short name for lists, e.g. "financieel comité".</summary>
    public static string ShortName(ConfirmingBody body) => body switch
    {
        ConfirmingBody.Directie => "directie",
        ConfirmingBody.FinancieelComite => "financieel comité",
        ConfirmingBody.VoorzitterCultuurconnect => "voorzitter",
        ConfirmingBody.RaadVanBestuur => "Raad van Bestuur",
        _ => throw new ArgumentOutOfRangeException(nameof(body), body, null),
    };

    /// <summary>Full name with article for sentences, e.g. "het financieel comité van de Raad van Bestuur".</summary>
    public static string WithArticle(ConfirmingBody body) => body switch
    {
        ConfirmingBody.Directie => "de directie",
        ConfirmingBody.FinancieelComite => "het financieel comité van de Raad van Bestuur",
        ConfirmingBody.VoorzitterCultuurconnect => "de voorzitter van Cultuurconnect",
        ConfirmingBody.RaadVanBestuur => "de Raad van Bestuur",
        _ => throw new ArgumentOutOfRangeException(nameof(body), body, null),
    };

    /// <summary>What the tier means for the stuurgroep, e.g. "Bevestiging vooraf door de directie".</summary>
    public static string DisplayName(EscalationTier tier) => tier == EscalationTier.StuurgroepAlone
        ? "De stuurgroep beslist zelf"
        : "Bevestiging vooraf door " + DutchList.Join(EscalationPolicy.RequiredConfirmations(tier).Order().Select(WithArticle));

    /// <summary>
    /// The state as users read it, e.g. "Goedgekeurd door stuurgroep, wacht op bevestiging (financieel comité en voorzitter)".
    /// </summary>
    public static string Describe(EscalationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status switch
        {
            EscalationStatus.Concept => "Concept",
            EscalationStatus.Stemming => "Stemming loopt",
            EscalationStatus.GoedgekeurdWachtOpBevestiging =>
                $"Goedgekeurd door stuurgroep, wacht op bevestiging ({DutchList.Join(state.Pending.Select(ShortName))})",
            EscalationStatus.Definitief when state.Confirmed.Count > 0 =>
                $"Definitief, bevestigd door {DutchList.Join(state.Confirmed.Order().Select(ShortName))}",
            EscalationStatus.Definitief => "Definitief",
            EscalationStatus.Geweigerd when state.RefusedBy is { } body => $"Geweigerd door {ShortName(body)}: {state.RefusalReason}",
            EscalationStatus.Geweigerd => "Geweigerd",
            EscalationStatus.Verworpen => "Verworpen door de stuurgroep",
            _ => throw new ArgumentOutOfRangeException(nameof(state), state.Status, null),
        };
    }
}

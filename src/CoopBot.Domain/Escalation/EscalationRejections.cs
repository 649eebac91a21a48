using CoopBot.Domain.Common;
using CoopBot.Domain.Text;

namespace CoopBot.Domain.Escalation;

/// <summary>Why an escalation step was refused: stable codes with the Dutch sentence for the user.</summary>
public static class EscalationRejections
{
    public static Rejection InvalidThresholds { get; } = new(
        "escalatie.drempels-ongeldig",
        "De drempelbedragen moeten groter dan nul zijn en oplopen: directie, dan financieel comité en voorzitter, dan Raad van Bestuur.");

    public static Rejection InvalidAmount { get; } = new(
        "escalatie.bedrag-ongeldig", "Een financiële verbintenis of bestelling heeft een bedrag groter dan € 0,00.");

    public static Rejection ReasonRequired { get; } = new(
        "escalatie.reden-verplicht", "Geef een reden op: de stuurgroep krijgt een weigering altijd met de reden te zien.");

    public static Rejection InvalidTransition(string action, EscalationState state) => new(
        "escalatie.ongeldige-overgang", $"{action} kan nu niet: het voorstel staat op ‘{EscalationNames.Describe(state)}’.");

    public static Rejection BodyNotRequired(ConfirmingBody body, EscalationState state) => new(
        "escalatie.orgaan-niet-gevraagd",
        $"{Capitalise(EscalationNames.WithArticle(body))} hoeft dit voorstel niet te bevestigen: voor {state.Amount.ToStringExclVat()} "
        + $"bevestigt {DutchList.Join(state.Required.Order().Select(EscalationNames.WithArticle))}.");

    // The voorzitter of Cultuurconnect is one person, not a body with members (issue 16 §6).
    public static Rejection NotAMember(ConfirmingBody body) => new(
        "escalatie.geen-lid",
        body == ConfirmingBody.VoorzitterCultuurconnect
            ? $"Enkel {EscalationNames.WithArticle(body)} kan deze bevestiging geven of weigeren."
            : $"Enkel leden van {EscalationNames.WithArticle(body)} kunnen namens {EscalationNames.WithArticle(body)} bevestigen of weigeren.");

    public static Rejection FourEyes(ConfirmingBody body) => new(
        "escalatie.vier-ogen",
        $"Je startte dit besluit of zat de stuurgroep voor die het nam. Volgens het vier-ogenprincipe bevestig je het dan niet zelf namens {EscalationNames.WithArticle(body)}: "
        + (body == ConfirmingBody.VoorzitterCultuurconnect ? "een vervanger bevestigt het." : $"een ander lid van {EscalationNames.WithArticle(body)} bevestigt het."));

    public static Rejection AlreadyConfirmed(ConfirmingBody body) => new(
        "escalatie.al-bevestigd", $"{Capitalise(EscalationNames.WithArticle(body))} heeft dit voorstel al bevestigd.");

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

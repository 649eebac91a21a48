using System.ComponentModel.DataAnnotations;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Escalation;

namespace CoopBot.Escalation;

/// <summary>
/// Section "Escalation": the thresholds (€ excl. btw) and the confirmation follow-up. The defaults are the domain's
/// <see cref="EscalationThresholds.Default"/> (seed 002), the one source of the amounts; appsettings.sample.json is held to
/// them by a deployment test.
/// </summary>
public sealed class EscalationOptions : IValidatableObject
{
    public const string SectionName = "Escalation";

    /// <summary>Strictly above this amount the directie confirms.</summary>
    public decimal DirectieThreshold { get; set; } = EscalationThresholds.Default.Directie.Euros;

    /// <summary>Strictly above this amount the financieel comité and the voorzitter of Cultuurconnect confirm.</summary>
    public decimal FinancieelComiteThreshold { get; set; } = EscalationThresholds.Default.FinancieelComiteEnVoorzitter.Euros;

    /// <summary>Strictly above this amount the Raad van Bestuur confirms.</summary>
    public decimal RaadVanBestuurThreshold { get; set; } = EscalationThresholds.Default.RaadVanBestuur.Euros;

    /// <summary>Days a confirmation may wait before one reminder goes to the body and one notice to the community manager.</summary>
    public int ReminderAfterDays { get; set; } = ConfirmationFollowUp.DefaultReminderAfterDays;

    /// <summary>The validated threshold table; the boundary rule itself lives in the domain.</summary>
    public EscalationThresholds Thresholds() =>
        EscalationThresholds.Create(Money.FromEuros(DirectieThreshold), Money.FromEuros(FinancieelComiteThreshold), Money.FromEuros(RaadVanBestuurThreshold)).Value
        ?? throw new InvalidOperationException("The escalation thresholds are invalid; options validation should have stopped the host.");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var amounts = new[] { DirectieThreshold, FinancieelComiteThreshold, RaadVanBestuurThreshold };
        if (amounts.Any(a => decimal.Round(a, 2) != a)
            || !EscalationThresholds.Create(Money.FromEuros(decimal.Round(DirectieThreshold, 2)), Money.FromEuros(decimal.Round(FinancieelComiteThreshold, 2)), Money.FromEuros(decimal.Round(RaadVanBestuurThreshold, 2))).IsSuccess)
        {
            yield return new ValidationResult("Escalation thresholds must be positive, strictly ascending amounts in euros with at most 2 decimals.");
        }

        if (ReminderAfterDays < 1)
        {
            yield return new ValidationResult("Escalation:ReminderAfterDays must be at least 1.");
        }
    }
}

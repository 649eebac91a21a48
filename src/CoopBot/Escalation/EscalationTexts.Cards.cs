namespace CoopBot.Escalation;

/// <summary>Dutch texts of the amount check, the escalation block on the decision card and the confirmation cards.</summary>
internal static partial class EscalationTexts
{
    public const string ConfirmationLabel = "Bevestiging";
    public const string StatusLabel = "Status";
    public const string ConfidentialLabel = "Vertrouwelijk";
    public const string Yes = "ja";
    public const string No = "nee";
    public const string BudgetNotSet = "niet ingesteld";
    public const string SubBudgetLabel = "Deelbegroting";
    public const string ExecutionLabel = "Uitvoering";
    public const string WaitingForConfirmation = "wacht op bevestiging";
    public const string NoLongerNeeded = "niet meer nodig";
    public const string SteeringGroupLabel = "Stuurgroep";
    public const string Unknown = "onbekend";
    public const string OverdueHeading = "Bevestiging blijft uit";
    public const string ReasonRequired = "Geef een reden op.";

    public static string SubBudgetYearLabel(int year) => $"Deelbegroting {year}";

    public static string SubBudgetValue(string budget, string remaining) => $"{budget}, nog beschikbaar: {remaining}";

    public static string Overrun(string shortfall) =>
        $"Dit voorstel overschrijdt de deelbegroting met {shortfall}. Als voorzitter erken je die overschrijding voor de stemming opent; CoopBot legt vast wie dat deed en wanneer.";

    /// <summary>The audit line when the voorzitter acknowledges the overrun.</summary>
    public static string OverrunAcknowledged(int year, string shortfall) => $"Overschrijding van de deelbegroting {year} met {shortfall} erkend";

    public static string AcknowledgedOn(string when) => $" op {when}";

    public static string ConfirmationKind(string body) => $"Bevestiging vooraf · {body}";

    /// <summary><paramref name="bodyWithArticle"/> is e.g. "de directie" or "het financieel comité".</summary>
    public static string ConfidentialForBody(string bodyWithArticle) => $"Vertrouwelijk voorstel: enkel de leden van {bodyWithArticle} zien het bedrag en de details.";

    public static string ReminderLine(int days) => $"Herinnering: deze bevestiging wacht al meer dan {days} dagen.";

    public static string Overdue(int days) =>
        $"De bevestiging vooraf van dit besluit wacht al meer dan {days} dagen. De orgaanleden kregen een herinnering; volg je het verder op?";

    public static string ConfirmOnBehalf(string body) => $"{ConfirmButton} namens {body}";
}

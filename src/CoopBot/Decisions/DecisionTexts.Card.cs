namespace CoopBot.Decisions;

/// <summary>Dutch texts of the decision card while it is open: facts, ballot, proxy, comment and deadline inputs.</summary>
internal static partial class DecisionTexts
{
    public const string AnonymousSuffix = " · anoniem";
    public const string ClosesAtLabel = "Sluit op";
    public const string StatusLabel = "Status";
    public const string ParticipationLabelText = "Deelname";
    public const string StartedByLabel = "Gestart door";
    public const string AmountFactLabel = "Bedrag";
    public const string PassRuleFactLabel = "Beslisregel";
    public const string QuorumFactLabel = "Quorum";
    public const string ChoiceCountLabel = "Aantal keuzes";
    public const string VoteForLabel = "Stem voor";
    public const string YourChoiceLabel = "Jouw keuze";
    public const string ReasonRequiredLabel = "Toelichting (verplicht)";
    public const string ReasonOptionalLabel = "Toelichting (optioneel)";
    public const string ProxyExplanation =
        "Je organisatie geeft haar stem in deze ene raadpleging aan een vertegenwoordiger van een andere organisatie. Dat wordt bijgehouden en staat op de uitslag.";
    public const string ProxyToLabel = "Volmacht aan";
    public const string ProxyRegisterButton = "Volmacht registreren";
    public const string ProxiesHeading = "Volmachten";
    public const string CommentLabel = "Je reactie (verschijnt in de draad)";
    public const string PostButton = "Plaatsen";
    public const string SaveDeadlineButton = "Nieuwe sluitingstijd bewaren";
    public const string StatementLabel = "Toelichting bij de uitkomst (optioneel)";

    public static string ResultsVisibleWhen(string when) => $"De resultaten zijn zichtbaar {when}.";

    /// <summary>nl-BE writes a space before %.</summary>
    public static string QuorumFact(int percent) => $"{percent} % van de stemgerechtigden";

    public static string ChoiceCount(int min, int max) => $"{min} tot {max}";

    public static string YourChoicesLabel(int min, int max) => $"Jouw keuzes ({min} tot {max})";

    public static string YourReason(string reason) => $"Jouw toelichting: {reason}";

    /// <summary>A consultation ballot is the organisation's: whose it is, and who cast it last.</summary>
    public static string OrganisationBallot(string organisation, string labels, string? castBy, bool byProxy) =>
        $"Stem van {organisation}: {labels}" + (castBy is null ? string.Empty : $" (uitgebracht door {castBy}{(byProxy ? ", met volmacht" : string.Empty)})");

    public static string ProxyHolder(string name, string organisation) => $"{name} ({organisation})";

    /// <summary>"2 stemmen (67 %)".</summary>
    public static string OptionCount(int count, int share) => $"{Common.DutchFormat.Count(count, "stem", "stemmen")} ({share} %)";

    /// <summary>"3 van 4 leden hebben gestemd" or, for a consultation, "3 van 12 organisaties hebben gestemd".</summary>
    public static string Participation(int voters, int eligible, bool consultation) =>
        $"{voters} van {Common.DutchFormat.Count(eligible, consultation ? "organisatie" : "lid", consultation ? "organisaties" : "leden")} {(voters == 1 ? "heeft" : "hebben")} gestemd";
}

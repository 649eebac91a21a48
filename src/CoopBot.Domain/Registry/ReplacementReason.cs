namespace CoopBot.Domain.Registry;

/// <summary>
/// The only reasons to replace a member during the term (seed 002: "Als er een bepaald onevenwicht ontstaat, geografisch,
/// qua aantal leden, of omdat niemand met kennis van de grootstedelijke context in stuurgroep zit").
/// </summary>
public enum ReplacementReason
{
    GeografischOnevenwicht,
    AantalLeden,
    GrootstedelijkeExpertise,
}

/// <summary>Dutch display names of <see cref="ReplacementReason"/>.</summary>
public static class ReplacementReasonNames
{
    /// <summary>E.g. "Geografisch onevenwicht".</summary>
    public static string DisplayName(this ReplacementReason reason) => reason switch
    {
        ReplacementReason.GeografischOnevenwicht => "Geografisch onevenwicht",
        ReplacementReason.AantalLeden => "Onevenwicht in het aantal leden",
        ReplacementReason.GrootstedelijkeExpertise => "Ontbrekende kennis van de grootstedelijke context",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}

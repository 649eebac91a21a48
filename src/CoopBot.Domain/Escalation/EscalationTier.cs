namespace CoopBot.Domain.Escalation;

/// <summary>Who must confirm a stuurgroep decision beforehand, by amount (seed 002 "Waarover beslist de stuurgroep").</summary>
public enum EscalationTier
{
    /// <summary>Up to and including the first threshold: the stuurgroep decides alone.</summary>
    StuurgroepAlone,

    /// <summary>Above the first threshold: the directie confirms.</summary>
    Directie,

    /// <summary>Above the second threshold: the financieel comité of the board AND the voorzitter of Cultuurconnect confirm.</summary>
    FinancieelComiteEnVoorzitter,

    /// <summary>Above the third threshold: the Raad van Bestuur confirms.</summary>
    RaadVanBestuur,
}

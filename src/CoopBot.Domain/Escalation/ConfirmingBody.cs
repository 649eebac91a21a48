namespace CoopBot.Domain.Escalation;

/// <summary>A body that confirms a stuurgroep decision before it becomes final.</summary>
public enum ConfirmingBody
{
    Directie,
    FinancieelComite,
    VoorzitterCultuurconnect,
    RaadVanBestuur,
}

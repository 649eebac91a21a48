namespace CoopBot.Domain.Registry;

/// <summary>The role a person has in a stuurgroep.</summary>
public enum SeatRole
{
    /// <summary>Chair: the directie of Cultuurconnect (seed 002 "Wie zit de stuurgroepen voor?").</summary>
    Voorzitter,

    /// <summary>Substitute chair: the team coach product management.</summary>
    VervangendVoorzitter,

    /// <summary>The product manager of the services, who "neemt deel" to the meetings.</summary>
    Productmanager,

    /// <summary>A member "ten persoonlijke titel", from a coöperant.</summary>
    Lid,
}

/// <summary>Where a seat stands with the Raad van Bestuur, which ratifies the composition (seed 002).</summary>
public enum RatificationStatus
{
    Voorgesteld,
    Bekrachtigd,
}

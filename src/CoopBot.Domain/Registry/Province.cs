namespace CoopBot.Domain.Registry;

/// <summary>The five Flemish provinces and Brussels (seed 002: "gemengde samenstelling afkomstig uit alle provincies").</summary>
public enum Province
{
    Antwerpen,
    Limburg,
    OostVlaanderen,
    VlaamsBrabant,
    WestVlaanderen,
    Brussel,
}

/// <summary>Dutch display names of <see cref="Province"/>.</summary>
public static class ProvinceNames
{
    /// <summary>E.g. "Oost-Vlaanderen".</summary>
    public static string DisplayName(this Province province) => province switch
    {
        Province.Antwerpen => "Antwerpen",
        Province.Limburg => "Limburg",
        Province.OostVlaanderen => "Oost-Vlaanderen",
        Province.VlaamsBrabant => "Vlaams-Brabant",
        Province.WestVlaanderen => "West-Vlaanderen",
        Province.Brussel => "Brussel",
        _ => throw new ArgumentOutOfRangeException(nameof(province), province, null),
    };
}

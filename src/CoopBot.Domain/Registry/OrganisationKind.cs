namespace CoopBot.Domain.Registry;

/// <summary>What kind of organisation a coöperant is.</summary>
public enum OrganisationKind
{
    Bibliotheek,
    CultuurOfGemeenschapscentrum,
}

/// <summary>Size class of an organisation, for the mixed composition (seed 002: "grote als van kleine bibliotheken").</summary>
public enum SizeClass
{
    Groot,
    Klein,
}

/// <summary>Whether a member is new in the sector or experienced (seed 002: "nieuwe en ervaren mensen").</summary>
public enum Experience
{
    Nieuw,
    Ervaren,
}

/// <summary>Dutch display names of the organisation and member classifications.</summary>
public static class ClassificationNames
{
    /// <summary>"Bibliotheek" or "Cultuur- of gemeenschapscentrum".</summary>
    public static string DisplayName(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.Bibliotheek => "Bibliotheek",
        OrganisationKind.CultuurOfGemeenschapscentrum => "Cultuur- of gemeenschapscentrum",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>"groot" or "klein".</summary>
    public static string DisplayName(this SizeClass size) => size switch
    {
        SizeClass.Groot => "groot",
        SizeClass.Klein => "klein",
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
    };

    /// <summary>"nieuw" or "ervaren".</summary>
    public static string DisplayName(this Experience experience) => experience switch
    {
        Experience.Nieuw => "nieuw",
        Experience.Ervaren => "ervaren",
        _ => throw new ArgumentOutOfRangeException(nameof(experience), experience, null),
    };
}

namespace CoopBot.Faq;

/// <summary>The Dutch (nl-BE) texts the bot shows around FAQ answers, in one place.</summary>
public static class FaqTexts
{
    /// <summary>Shown above the suggestion buttons when the bot is not sure.</summary>
    public const string NotSure = "Daar ben ik niet zeker van. Bedoel je een van deze vragen?";

    /// <summary>Shown when the question is not about the cooperative model.</summary>
    public const string OutOfScope =
        "Daar kan ik je niet mee helpen: ik beantwoord vragen over het coöperatief bestuursmodel van Cultuurconnect.";

    /// <summary>A visitor's question for a library: refused, with where to ask it.</summary>
    public const string OutOfScopeLibrary =
        "Dat is een vraag voor je bibliotheek zelf: openingsuren, lidmaatschap en uitleningen vind je op de website van de bibliotheek, "
        + "of vraag het aan de balie. Ik beantwoord alleen vragen over het coöperatief bestuursmodel van Cultuurconnect.";

    /// <summary>A visitor's question for a cultuur- or gemeenschapscentrum: refused, with where to ask it.</summary>
    public const string OutOfScopeCultureCentre =
        "Dat is een vraag voor het cultuur- of gemeenschapscentrum zelf: programma, tickets en openingsuren vind je op de website van het centrum, "
        + "of vraag het aan het onthaal. Ik beantwoord alleen vragen over het coöperatief bestuursmodel van Cultuurconnect.";

    /// <summary>The refusal for <paramref name="refusal"/>: where such a question goes instead.</summary>
    public static string OutOfScopeFor(FaqRefusal? refusal) => refusal switch
    {
        FaqRefusal.Library => OutOfScopeLibrary,
        FaqRefusal.CultureCentre => OutOfScopeCultureCentre,
        _ => OutOfScope,
    };

    /// <summary>The button that hands the question to the community manager.</summary>
    public const string AskCommunityManager = "Vraag het aan de community manager";

    /// <summary>The heading above follow-up questions under an answer.</summary>
    public const string FollowUps = "Misschien wil je ook weten:";
}

namespace CoopBot.Faq;

/// <summary>The Dutch (nl-BE) texts the bot shows around FAQ answers, in one place.</summary>
public static class FaqTexts
{
    /// <summary>Shown above the suggestion buttons when the bot is not sure.</summary>
    public const string NotSure = "Daar ben ik niet zeker van. Bedoel je een van deze vragen?";

    /// <summary>Shown when the question is not about the cooperative model.</summary>
    public const string OutOfScope =
        "Daar kan ik je niet mee helpen: ik beantwoord vragen over het coöperatief bestuursmodel van Cultuurconnect.";

    /// <summary>The button that hands the question to the community manager.</summary>
    public const string AskCommunityManager = "Vraag het aan de community manager";

    /// <summary>The heading above follow-up questions under an answer.</summary>
    public const string FollowUps = "Misschien wil je ook weten:";
}

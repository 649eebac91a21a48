namespace CoopBot.FaqChat;

/// <summary>Dutch (nl-BE) user text of the FAQ chat, in one place (answer texts live in the knowledge base).</summary>
internal static class FaqChatTexts
{
    public const string WasThisHelpful = "Was dit nuttig?";
    public const string Helpful = "👍";
    public const string NotHelpful = "👎";
    public const string FeedbackThanks = "Bedankt voor je feedback!";
    public const string FeedbackAlreadyNoted = "Je feedback op dit antwoord was al genoteerd. Bedankt!";
    public const string FeedbackIncomplete = "Kies 👍 of 👎.";
    public const string UnknownEntry = "Die vraag staat niet (meer) in de veelgestelde vragen. Stel je vraag gerust opnieuw.";
    public const string YouAsked = "Je vroeg";
    public const string HelpHint = "Typ help voor alles wat CoopBot kan.";
    public const string OutOfScopeTitle = "Daar help ik je niet mee";
    public const string NotSureTitle = "Ik weet het niet zeker";
    public const string ReadMore = "Meer lezen";
    public const string FromQuestion = "Uit de vraag";
    /// <summary>Under the card whose follow-up was clicked: the answer comes as a new message, this card stays as it was.</summary>
    public const string FollowUpPosted = "Het antwoord staat hieronder.";
    /// <summary>Issue 16 §5: a question over the limit is refused whole, never cut; the person's message stays in the chat.</summary>
    public static string QuestionTooLong(int length, int limit) =>
        $"Je vraag is te lang: ze telt {length.ToString("N0", Dutch)} tekens en ik lees er hoogstens {limit.ToString("N0", Dutch)}. "
        + "Stel ze korter of in delen; je tekst staat nog hierboven.";

    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-BE");

    public const string AskTheBot = "Stel me een vraag over het coöperatief bestuursmodel, bijvoorbeeld: Hoe vaak vergadert een stuurgroep?";
}

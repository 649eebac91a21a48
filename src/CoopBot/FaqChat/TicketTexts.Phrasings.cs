using CoopBot.Domain.Common;

namespace CoopBot.FaqChat;

// Issue 16 §4: the ticket card adds the question as a phrasing with a button, no command line.
internal static partial class TicketTexts
{
    public const string AddPhrasingTip = "Hoort deze vraag bij de veelgestelde vragen? Kies het antwoord dat erbij past: de FAQ beantwoordt deze vraag voortaan daarmee.";
    public const string PhrasingEntryLabel = "Antwoord uit de veelgestelde vragen";
    public const string PhrasingEntryPlaceholder = "Kies een vraag uit de FAQ";
    public const string AddPhrasingButton = "Vraag toevoegen aan de FAQ";
    public const string AddPhrasingAfterAnswer = "Na je antwoord kan je deze vraag hier aan de veelgestelde vragen toevoegen.";

    public static readonly Rejection OnlyCommunityManagerAddsPhrasings =
        new("not-community-manager", "Alleen de community manager kan vragen aan de veelgestelde vragen toevoegen.");
    public static readonly Rejection PhrasingEntryUnknown = new("faq.entry-unknown", "Kies een vraag uit de lijst van de veelgestelde vragen.");
    public static readonly Rejection PhrasingEmpty = new("faq.phrasing-empty", "Deze vraag bevat geen woorden om toe te voegen.");

    public static Rejection PhrasingTooLong(int length, int limit) =>
        new("faq.phrasing-too-long", $"Deze formulering is te lang: ze telt {length.ToString("N0", Dutch)} tekens, een vraag aan de FAQ hoogstens {limit.ToString("N0", Dutch)}. Maak ze korter.");

    public static Rejection PhrasingExists(string entryQuestion) =>
        new("faq.phrasing-exists", $"Deze vraag staat al in de veelgestelde vragen, bij \"{entryQuestion}\".");

    /// <summary>The line on the ticket card once the question is a phrasing.</summary>
    public static string PhrasingAdded(string entryQuestion) =>
        $"Deze vraag staat in de veelgestelde vragen, bij \"{entryQuestion}\". De FAQ beantwoordt ze voortaan zelf.";

    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-BE");
}

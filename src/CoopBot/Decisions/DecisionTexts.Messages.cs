using CoopBot.Domain.Common;

namespace CoopBot.Decisions;

/// <summary>Dutch texts of the plain messages in a decision's thread and 1:1, and of consultation refusals.</summary>
internal static partial class DecisionTexts
{
    public static readonly Rejection NotARepresentative = new(
        "raadpleging.onbekende-persoon",
        "Je staat niet in het register als vertegenwoordiger van een organisatie, dus je kan niet stemmen in deze raadpleging. "
        + "Vraag de community manager om je toe te voegen.");

    public static readonly Rejection UnknownProxy =
        new("raadpleging.onbekende-volmacht", "Kies de vertegenwoordiger van een andere organisatie aan wie je de volmacht geeft.");

    public static Rejection ProxyExists(string grantingName) =>
        new("raadpleging.volmacht-bestaat", $"{grantingName} gaf voor deze raadpleging al een volmacht.");

    /// <summary>The 1:1 reminder of a consultation, to each representative of an organisation that has not voted.</summary>
    public static string ConsultationReminder(string title, string closes) =>
        $"Herinnering: je organisatie heeft nog niet gestemd in de raadpleging “{title}”. "
        + $"Ze sluit op {closes}. Eén vertegenwoordiger stemt voor de hele organisatie; "
        + "je vindt de raadpleging in het kanaal van de stuurgroep.";

    /// <summary>The reminder in the thread; <paramref name="names"/> are already escaped or &lt;at&gt; mentions.</summary>
    public static string Reminder(string title, string closes, int count, string names) =>
        $"Herinnering: “{title}” sluit op {closes}. Nog niet gestemd ({count}): {names}.";

    public static string CommentMessage(string author, string text) => $"Reactie van {author}:\n\n{text}";
}

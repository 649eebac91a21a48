namespace CoopBot.Faq.Text;

/// <summary>
/// Recognises a visitor's question for a library or a cultuur- or gemeenschapscentrum (opening hours, membership,
/// loans, programme, tickets) that shares words with the knowledge base ("bibliotheek", "cultuurcentrum", "lid") but
/// is not about the cooperative model. Such a question is refused with a pointer to the library or centre itself.
/// A question that names a governance subject (stuurgroep, coöperant, Cultuurconnect, ...) is never local.
/// Word lists are matched on normalised tokens (lower case, accents folded).
/// </summary>
internal static class LocalQuestions
{
    private static readonly HashSet<string> Governance = Set(
        "stuurgroep", "stuurgroepen", "werkgroep", "werkgroepen", "cooperant", "cooperanten", "cooperatie", "cooperatief",
        "cooperatieve", "cultuurconnect", "bestuur", "bestuursmodel", "rvb", "voorzitter", "voorzitterschap", "drempelbedrag",
        "drempelbedragen", "dienstendag", "samenstelling", "coopbot", "stemming", "besluit", "besluiten", "beslissing",
        "geheimhoudingsverklaring", "afnemer", "afnemers", "dienst", "diensten", "steering", "governance", "cooperative",
        "community", "productmanager", "deelbegroting", "stakeholdergroep", "connect");

    private static readonly HashSet<string> LibraryPlaces = Set("bib", "bibs", "bieb", "biebs", "bibliotheek", "bibliotheken", "library", "libraries");

    private static readonly HashSet<string> CentrePlaces = Set(
        "cc", "cultuurcentrum", "cultuurcentra", "gc", "gemeenschapscentrum", "gemeenschapscentra", "theater", "schouwburg");

    // Opening hours and days: local when a library or centre is named.
    private static readonly HashSet<string> Hours = Set(
        "open", "opent", "geopend", "gesloten", "dicht", "sluit", "sluiten", "openingsuren", "openingsuur", "openingstijden",
        "closed", "closing", "opening", "hours", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "weekend", "feestdag", "feestdagen", "vakantie", "adres", "bereikbaar");

    // A visitor of a library: lending, membership, the reading room. Local even without naming the library.
    private static readonly HashSet<string> LibraryVisitor = Set(
        "lenen", "leen", "uitlenen", "ontlenen", "uitleningen", "ontleningen", "verlengen", "verleng", "renew", "borrow",
        "boete", "boetes", "lidkaart", "lidmaatschap", "bibliotheekpas", "wachtwoord", "inleveren", "terugbrengen",
        "reserveren", "reservatie", "wifi", "kopieren", "printen", "koffieautomaat", "leeszaal", "boekentip", "boekentips");

    // A visitor of a cultuurcentrum: programme and tickets (not "ticketing", the service).
    private static readonly HashSet<string> CentreVisitor = Set(
        "voorstelling", "voorstellingen", "ticket", "tickets", "kaartjes", "concert", "concerten", "toneel");

    /// <summary>The kind of local question, or null when <paramref name="question"/> is not one (or names governance).</summary>
    public static FaqRefusal? Detect(string question)
    {
        var tokens = DutchNormalizer.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Any(Governance.Contains) || tokens.Any(t => t.StartsWith("stuurgroep", StringComparison.Ordinal)))
        {
            return null;
        }

        var library = tokens.Any(LibraryPlaces.Contains);
        var centre = tokens.Any(CentrePlaces.Contains);
        var hours = tokens.Any(Hours.Contains) || HasPhrase(tokens, "hoe", "laat") || HasPhrase(tokens, "what", "time");
        var member = (tokens.Contains("lid") && tokens.Any(t => t is "word" or "worden" or "wordt")) || tokens.Contains("kaart") || tokens.Contains("card");
        if (tokens.Any(CentreVisitor.Contains) || (centre && hours))
        {
            return FaqRefusal.CultureCentre;
        }

        if (tokens.Any(LibraryVisitor.Contains) || (library && (hours || member)))
        {
            return FaqRefusal.Library;
        }

        return null;
    }

    private static bool HasPhrase(string[] tokens, string first, string second)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i] == first && tokens[i + 1] == second)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}

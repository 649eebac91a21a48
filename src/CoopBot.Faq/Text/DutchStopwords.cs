namespace CoopBot.Faq.Text;

/// <summary>The Snowball Dutch stop word list, in normalised (diacritic-free) form.</summary>
internal static class DutchStopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is", "was",
        "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat", "mijn",
        "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je", "mij", "uit", "der",
        "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u", "want", "nog", "zal", "me", "zij",
        "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al", "waren", "veel", "meer", "doen", "toen",
        "moet", "ben", "zonder", "kan", "hun", "dus", "alles", "onder", "ja", "eens", "hier", "wie", "werd",
        "altijd", "doch", "wordt", "wezen", "kunnen", "ons", "zelf", "tegen", "na", "reeds", "wil", "kon",
        "niets", "uw", "iemand", "geweest", "andere",

        // Chat Flemish and filler that carries no topic.
        "ne", "nen", "da", "eigenlijk", "graag", "even", "we", "wij", "jullie", "onze",
        "mag", "mogen", "moeten", "gaat", "allemaal", "nou", "hoi", "hallo", "dag",
        "wel", "echt", "heel", "erg", "zeer", "misschien", "ok", "oke", "zeg", "he", "eh", "ergens", "ooit", "soms",
        "alvast", "zullen", "zult", "kun", "kunt", "wilt", "willen", "bent", "hebt", "gaan", "ga", "doet", "doe",
        "krijg", "krijgt", "krijgen", "jij", "jou", "je", "mijn", "ons", "onze", "dit", "dat", "hierover", "daarover",
    };

    /// <summary>True when <paramref name="word"/> (normalised) is a Dutch stop word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}

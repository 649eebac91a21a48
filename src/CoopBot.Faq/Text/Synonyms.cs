namespace CoopBot.Faq.Text;

/// <summary>
/// A small, hand-kept synonym table applied to normalised tokens before stemming, identically to the
/// knowledge base and to questions: Flemish abbreviations (bib, cc, RvB) and English governance words are
/// rewritten to the Dutch term the knowledge base uses. Keys are phrases of up to three tokens.
/// </summary>
internal static class Synonyms
{
    public const int MaxPhraseLength = 3;

    private static readonly Dictionary<string, string[]> Table = Build();

    /// <summary>Looks up the replacement for a phrase of normalised tokens joined by single spaces.</summary>
    public static bool TryGet(string phrase, out string[] replacement) => Table.TryGetValue(phrase, out replacement!);

    private static Dictionary<string, string[]> Build()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string canonical, params string[] variants)
        {
            var tokens = canonical.Split(' ');
            foreach (var variant in variants)
            {
                table.Add(variant, tokens);
            }
        }

        // Flemish abbreviations and spelling variants.
        Add("bibliotheek", "bib", "bibs", "bieb", "biebs", "library", "libraries");
        Add("cultuurcentrum", "cc", "ccs", "cultuurcentra", "culture centre", "culture centres", "culture center",
            "culture centers", "cultural centre", "cultural centres", "cultural center", "cultural centers");
        Add("gemeenschapscentrum", "gc", "gcs", "gemeenschapscentra", "community centre", "community centres",
            "community center", "community centers");
        Add("raad bestuur", "rvb", "board", "raad van bestuur");
        Add("algemene vergadering", "general assembly");
        Add("geheimhoudingsverklaring", "nda", "ndas", "non disclosure", "geheimhoudingscontract");
        Add("cooperatief", "coop", "cooperative", "cooperatieve", "cooperation", "co op");
        Add("cooperant", "cooperants", "cooperanten", "co owner", "co owners", "co own");
        Add("community manager", "communitymanager", "community managers");

        // English governance vocabulary.
        Add("stuurgroep", "steering group", "steering groups", "steering committee", "steering committees",
            "steering", "stuurgroepje");
        Add("werkgroep", "working group", "working groups", "workgroup", "workgroups");
        Add("voorzitter", "chair", "chairs", "chaired", "chairman", "chairperson", "chairing", "voorzitster");
        Add("aansprakelijk", "liable", "liability", "responsible", "verantwoordelijk");
        Add("vergoed", "paid", "pay", "payment", "compensated", "compensation", "betaald", "vergoeding");
        Add("dienst", "service", "services");
        Add("pijler", "pillar", "pillars");
        Add("drempelbedrag", "threshold", "thresholds", "drempel", "drempels");
        Add("bedrag", "amount", "spending", "spend");
        Add("confidentieel", "confidential", "confidentiality", "vertrouwelijk", "vertrouwelijke");
        Add("verslag", "minutes", "report", "reports");
        Add("samenstelling", "composition", "composed");
        Add("mandaat", "term", "mandate");
        Add("vervangen", "replace", "replaced", "substitute", "replacement");
        Add("collega", "colleague", "colleagues");
        Add("deelnemen", "join", "participate", "participation");
        Add("bezwaar", "object", "objection", "objections");
        Add("vraag", "question", "questions");
        Add("experiment", "pilot", "pilots", "experiments", "proefproject", "proefprojecten");
        Add("opschalen", "scale", "scaling", "scaled");
        Add("beslissen", "decide", "decides", "decided");
        Add("beslissing", "decision", "decisions");
        Add("stemmen", "vote", "votes", "voting");
        Add("voorstel", "proposal", "proposals");
        Add("definitief", "final", "definitive");
        Add("digitaal", "online", "digital");
        Add("dienstendag", "service day", "services day", "connect co", "connect en co", "connect and co", "connectco");
        Add("waarom", "why");
        Add("wanneer", "when");
        Add("vergaderen", "meet", "meets", "meeting", "meetings");
        Add("werkgroep", "werkgroepje");
        Add("nieuw", "new");
        Add("ontstaan", "come from", "comes from", "originate", "originates", "create", "created", "creating");
        Add("communiceert", "communicate", "communicates", "communicated", "communicating");
        Add("communicatie", "communication", "communications");
        Add("vraag", "ask", "asking", "asked");
        Add("welke", "which");
        Add("hoeveel", "how many", "how much");
        Add("vaak", "how often", "often");
        Add("lang", "how long");
        Add("jaar", "year", "years", "yearly", "annual", "annually", "jaarlijks", "jaarlijkse");
        Add("evenement", "event", "events");
        Add("kandidaat", "apply", "candidate", "candidacy", "kandidatuur");
        Add("deelnemen", "meedoen", "deelname");
        Add("inspraak", "meepraten", "say");
        Add("lid", "member");
        Add("leden", "members");
        Add("gekozen", "picked", "chosen", "selected", "choose", "pick", "select");
        Add("samenstelling", "samengesteld", "samengestelde", "samenstellen");

        // Issue 16: general synonyms for words of the development set's misses that the knowledge base words differently.
        Add("veranderen", "wijzigen", "wijzigt", "gewijzigd", "wijziging", "wijzigingen", "change", "changes", "changed");
        Add("inspraak", "influence", "influences", "meebeslissen");
        Add("strategie", "strategy", "strategies");
        Add("nut", "point", "purpose", "benefit", "benefits");
        Add("vallen", "belong", "belongs", "valt", "hoort");
        Add("breakevenmodel", "breakeven model", "break even model", "breakeven", "break even");
        return table;
    }
}

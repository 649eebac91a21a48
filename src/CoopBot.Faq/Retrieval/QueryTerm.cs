namespace CoopBot.Faq.Retrieval;

/// <summary>How a question word was found in the knowledge-base vocabulary.</summary>
internal enum TermMatch
{
    /// <summary>The stem is in the vocabulary as typed.</summary>
    Exact,

    /// <summary>The word is a compound of vocabulary words (stuurgroepsamenstelling).</summary>
    Compound,

    /// <summary>The stem is one or two edits away from a vocabulary term (a typo).</summary>
    Fuzzy,

    /// <summary>Nothing in the knowledge base resembles the word.</summary>
    Unknown,
}

/// <summary>One analysed question term: the vocabulary term it maps to, its IDF and its evidence weight.</summary>
internal readonly record struct QueryTerm(string Term, double Idf, double Weight, TermMatch Match);

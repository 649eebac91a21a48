namespace CoopBot.Faq;

/// <summary>One knowledge-base entry: a canonical Dutch question, its alternative phrasings and the answer.</summary>
/// <param name="Id">Stable id, e.g. <c>drempelbedragen</c> (design.md lists the required ids).</param>
/// <param name="Question">The canonical question, shown on suggestion buttons.</param>
/// <param name="Phrasings">Other ways people ask the same thing, Dutch and English.</param>
/// <param name="Answer">The Dutch answer, faithful to the seed text.</param>
/// <param name="FollowUps">Ids of entries worth offering next.</param>
public sealed record FaqEntry(
    string Id,
    string Question,
    IReadOnlyList<string> Phrasings,
    string Answer,
    IReadOnlyList<string> FollowUps)
{
    /// <summary>The answer in one sentence, shown before <see cref="Answer"/> (the detail). Required by validation.</summary>
    public string ShortAnswer { get; init; } = string.Empty;

    /// <summary>A short form of <see cref="Question"/> for buttons; empty when the question itself is short enough.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The button title: <see cref="Label"/>, or <see cref="Question"/> when there is no label.</summary>
    public string ButtonTitle => Label.Length > 0 ? Label : Question;

    /// <summary>
    /// Narrower questions inside this entry (e.g. how often a stuurgroep meets, inside its role): their phrasings count
    /// for the entry, and a question that matches one best is answered with that facet's question and short answer.
    /// </summary>
    public IReadOnlyList<FaqFacet> Facets { get; init; } = [];

    /// <summary>Every way this entry is asked: the question, the phrasings, then each facet's question and phrasings.</summary>
    public IEnumerable<string> AllQuestions() =>
        Phrasings.Prepend(Question).Concat(Facets.SelectMany(f => f.Phrasings.Prepend(f.Question)));

    /// <summary>The facet with id <paramref name="facetId"/>, or null.</summary>
    public FaqFacet? FindFacet(string? facetId) =>
        facetId is null ? null : Facets.FirstOrDefault(f => string.Equals(f.Id, facetId, StringComparison.Ordinal));
}

/// <summary>A narrower question inside an entry, with its own one-sentence answer (the entry's answer is the detail).</summary>
/// <param name="Id">Id unique within the entry, e.g. <c>hoe-vaak</c>.</param>
/// <param name="Question">The facet's question, shown as the answer card's title.</param>
/// <param name="ShortAnswer">The answer in one sentence.</param>
/// <param name="Phrasings">Other ways people ask it.</param>
public sealed record FaqFacet(string Id, string Question, string ShortAnswer, IReadOnlyList<string> Phrasings);

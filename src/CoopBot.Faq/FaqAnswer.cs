namespace CoopBot.Faq;

/// <summary>What the bot should do with a question.</summary>
public enum FaqOutcome
{
    /// <summary>Confident: show <see cref="FaqAnswer.Best"/>'s answer (and its follow-ups).</summary>
    Answered,

    /// <summary>On topic but unsure: say so, offer <see cref="FaqAnswer.Closest"/> as buttons and the community manager.</summary>
    NotSure,

    /// <summary>Not about the cooperative model (opening hours, renewals, weather): refuse, offer the community manager.</summary>
    OutOfScope,
}

/// <summary>An entry offered as a suggestion, with its calibrated confidence.</summary>
/// <param name="Entry">The suggested entry; its <see cref="FaqEntry.Question"/> is the button text.</param>
/// <param name="Confidence">Calibrated confidence in [0, 1] that this entry answers the question.</param>
public sealed record FaqSuggestion(FaqEntry Entry, double Confidence);

/// <summary>The result of <see cref="FaqIndex.Answer"/>.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="IsConfident">True when <see cref="Confidence"/> reaches the calibrated threshold and the question is in scope.</param>
/// <param name="Best">The answering entry when confident; otherwise null (the bot never guesses).</param>
/// <param name="Confidence">Calibrated confidence of the best-ranked entry in [0, 1]; 0 when out of scope.</param>
/// <param name="Closest">Up to three best-ranked entries, best first; empty when out of scope.</param>
/// <param name="IsOutOfScope">True when the question hardly shares vocabulary with the knowledge base.</param>
public sealed record FaqAnswer(
    string Question,
    bool IsConfident,
    FaqEntry? Best,
    double Confidence,
    IReadOnlyList<FaqSuggestion> Closest,
    bool IsOutOfScope)
{
    /// <summary>When answered: the facet of <see cref="Best"/> the question is about (its title and short answer lead).</summary>
    public FaqFacet? Facet { get; init; }

    /// <summary>When out of scope: what kind of question it is, so the refusal can say where to ask it instead.</summary>
    public FaqRefusal? Refusal { get; init; }

    /// <summary>The action this answer calls for.</summary>
    public FaqOutcome Outcome => IsConfident ? FaqOutcome.Answered : IsOutOfScope ? FaqOutcome.OutOfScope : FaqOutcome.NotSure;
}

/// <summary>Why a question is out of scope, which decides where the refusal points the person to.</summary>
public enum FaqRefusal
{
    /// <summary>Not about the cooperative model at all (weather, recipes, ...): CoopBot's topics and the community manager.</summary>
    OffTopic,

    /// <summary>A visitor's question for a library (opening hours, membership, loans): the library itself.</summary>
    Library,

    /// <summary>A visitor's question for a cultuur- or gemeenschapscentrum (programme, tickets, hours): the centre itself.</summary>
    CultureCentre,
}

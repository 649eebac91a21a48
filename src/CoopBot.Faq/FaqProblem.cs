namespace CoopBot.Faq;

/// <summary>What is wrong with a knowledge-base file.</summary>
public enum FaqProblemKind
{
    /// <summary>An entry has no id.</summary>
    MissingId,

    /// <summary>Two entries share an id.</summary>
    DuplicateId,

    /// <summary>An entry has no question.</summary>
    EmptyQuestion,

    /// <summary>An entry has no answer.</summary>
    EmptyAnswer,

    /// <summary>A phrasing is blank.</summary>
    EmptyPhrasing,

    /// <summary>The same phrasing (after normalisation) appears twice, possibly in different entries.</summary>
    DuplicatePhrasing,

    /// <summary>A follow-up refers to an id that does not exist.</summary>
    UnknownFollowUp,

    /// <summary>An entry lists itself as follow-up.</summary>
    SelfFollowUp,

    /// <summary>An entry or facet has no short answer (the one sentence shown first).</summary>
    MissingShortAnswer,

    /// <summary>A short answer is more than one sentence or longer than <see cref="FaqKnowledgeBase.ShortAnswerMaxLength"/>.</summary>
    ShortAnswerTooLong,

    /// <summary>The button title (label, or the question without one) is longer than <see cref="FaqKnowledgeBase.ButtonTitleMaxLength"/>.</summary>
    ButtonTitleTooLong,

    /// <summary>A facet has no id or question, or its id occurs twice in the entry.</summary>
    InvalidFacet,
}

/// <summary>One validation finding, with a Dutch message for the community manager.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="EntryId">The entry concerned (or its position when it has no id).</param>
/// <param name="Message">A Dutch explanation.</param>
public sealed record FaqProblem(FaqProblemKind Kind, string EntryId, string Message);

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
    IReadOnlyList<string> FollowUps);

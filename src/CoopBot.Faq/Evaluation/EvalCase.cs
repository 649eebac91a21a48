namespace CoopBot.Faq.Evaluation;

/// <summary>One labelled question of an evaluation set.</summary>
/// <param name="Question">The question as a user would type it.</param>
/// <param name="Expected">Acceptable entry ids; empty when the question is out of scope (<c>none</c>).</param>
public sealed record EvalCase(string Question, IReadOnlyList<string> Expected)
{
    /// <summary>True when the question should be refused.</summary>
    public bool IsOutOfScope => Expected.Count == 0;
}

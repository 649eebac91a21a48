using CoopBot.Common;
using CoopBot.Domain.Common;

namespace CoopBot.Decisions.Contracts;

/// <summary>
/// An action that names only a decision: <c>decisions.refresh</c>, <c>decisions.remind</c>, and Confidentiality's
/// <c>nda.acknowledge</c> on the placeholder. Wire shape <c>{ "pollId": "…" }</c>, as every decision card posts it.
/// </summary>
internal sealed record PollAction(string PollId)
{
    /// <summary>The action, or <see cref="DecisionTexts.PollNotFound"/> when the data names no decision.</summary>
    public static Result<PollAction> Parse(CardActionData data) => PollIdOf(data) is { } pollId ? new PollAction(pollId) : DecisionTexts.PollNotFound;

    /// <summary>The <c>pollId</c> field, or null when it is absent or blank (a forged or broken card).</summary>
    internal static string? PollIdOf(CardActionData data) => data.Text("pollId") is { } pollId && !string.IsNullOrWhiteSpace(pollId) ? pollId : null;
}

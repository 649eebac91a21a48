using CoopBot.Common;
using CoopBot.Domain.Common;

namespace CoopBot.Decisions.Contracts;

/// <summary>
/// An action that names only a decision: <c>decisions.refresh</c>, <c>decisions.remind</c>, and Confidentiality's
/// <c>nda.acknowledge</c> on the placeholder. Wire shape <c>{ "pollId": "…" }</c>, as every decision card posts it.
/// </summary>
internal sealed record PollAction(string PollId)
{
    public static Result<PollAction> Parse(CardActionData data) => ForPoll(data, pollId => new PollAction(pollId));

    /// <summary>
    /// The action <paramref name="build"/> makes from the data's <c>pollId</c>, or <see cref="DecisionTexts.PollNotFound"/>
    /// when it is absent or blank (a forged or broken card): the one check every decision action shares.
    /// </summary>
    internal static Result<T> ForPoll<T>(CardActionData data, Func<string, T> build) =>
        data.Text("pollId") is { } pollId && !string.IsNullOrWhiteSpace(pollId) ? build(pollId) : DecisionTexts.PollNotFound;
}

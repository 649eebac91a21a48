using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Decisions;

/// <summary>Builds the per-viewer decision card for other features (<see cref="IDecisionViewerCards"/>).</summary>
internal sealed class DecisionViewerCards(DecisionService views) : IDecisionViewerCards
{
    public async Task<AdaptiveCard?> ForViewerAsync(string pollId, Actor viewer, string? notice, bool noticeIsError, CancellationToken ct) =>
        await views.GetViewAsync(pollId, viewer, ct) is { } view ? DecisionCards.ForViewer(view, notice, noticeIsError) : null;
}

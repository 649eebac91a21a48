using System.Collections.Concurrent;
using CoopBot.Common;
using Microsoft.Extensions.Options;

namespace CoopBot.Decisions;

/// <summary>
/// Coalesces shared-card updates: a burst of votes on one card produces at most one PUT per interval.
/// The update reads the latest tally when it runs, so nothing is lost by skipping intermediate states.
/// </summary>
internal sealed class SharedCardUpdater(
    IServiceProvider services, ProactiveMessenger messenger, TimeProvider clock, IOptions<DecisionsOptions> options, ILogger<SharedCardUpdater> logger)
{
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    // Decisions:SingleViewerCards (local loop): who acted last on each poll, whose view the next update shows.
    private readonly ConcurrentDictionary<string, Actor> _lastViewers = new(StringComparer.Ordinal);

    /// <summary>Asks for the card of this poll to be refreshed soon; returns at once.</summary>
    public void Request(string pollId, Actor? actor = null)
    {
        if (actor is not null && options.Value.SingleViewerCards)
        {
            _lastViewers[pollId] = actor;
        }

        if (_pending.TryAdd(pollId, 0))
        {
            _ = RunAsync(pollId);
        }
    }

    /// <summary>
    /// Updates the card now (used when the change must be visible immediately, e.g. on close). With
    /// Decisions:SingleViewerCards an open decision shows the view of whoever acted last: the Agents Playground has one
    /// person at the browser and no per-user refresh, and this is what Teams shows that person after its refresh.
    /// </summary>
    public async Task UpdateNowAsync(string pollId, CancellationToken ct)
    {
        var decisions = services.GetRequiredService<DecisionService>();
        var viewer = _lastViewers.TryGetValue(pollId, out var last) ? last : null;
        if (await decisions.GetViewAsync(pollId, viewer ?? Anonymous, ct) is { Poll.Card: { } location } view)
        {
            var card = view.Poll.Result is not null ? DecisionCards.Result(view)
                : viewer is not null ? DecisionCards.ForViewer(view) : DecisionCards.Shared(view);
            await messenger.UpdateCardAsync(location, card, ct);
        }
    }

    private async Task RunAsync(string pollId)
    {
        try
        {
            await Task.Delay(options.Value.CardUpdateInterval, clock);
            _pending.TryRemove(pollId, out _);
            await UpdateNowAsync(pollId, CancellationToken.None);
        }
        catch (Exception ex)
        {
            _pending.TryRemove(pollId, out _);
            logger.SharedCardUpdateFailed(pollId, ex);
        }
    }

    private static readonly Actor Anonymous = new(null, string.Empty, null);
}

using System.Collections.Concurrent;
using CoopBot.Common;
using Microsoft.Extensions.Options;

namespace CoopBot.Decisions;

/// <summary>
/// Coalesces shared-card updates: a burst of votes on one card produces at most one PUT per interval.
/// The update reads the latest tally when it runs, so nothing is lost by skipping intermediate states.
/// </summary>
internal sealed partial class SharedCardUpdater(
    IServiceProvider services, ProactiveMessenger messenger, TimeProvider clock, IOptions<DecisionsOptions> options, ILogger<SharedCardUpdater> logger)
{
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    /// <summary>Asks for the card of this poll to be refreshed soon; returns at once.</summary>
    public void Request(string pollId)
    {
        if (_pending.TryAdd(pollId, 0))
        {
            _ = RunAsync(pollId);
        }
    }

    /// <summary>Updates the card now (used when the change must be visible immediately, e.g. on close).</summary>
    public async Task UpdateNowAsync(string pollId, CancellationToken ct)
    {
        var decisions = services.GetRequiredService<DecisionService>();
        if (await decisions.GetViewAsync(pollId, Anonymous, ct) is { Poll.Card: { } location } view)
        {
            await messenger.UpdateCardAsync(location, view.Poll.Result is null ? DecisionCards.Shared(view) : DecisionCards.Result(view), ct);
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
            LogUpdateFailed(logger, pollId, ex);
        }
    }

    private static readonly Actor Anonymous = new(null, string.Empty, null);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Updating the shared card of poll {PollId} failed")]
    private static partial void LogUpdateFailed(ILogger logger, string pollId, Exception ex);
}

using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoopBot.Protocol.Connector;

/// <summary>
/// Paces Connector calls per conversation and for the whole bot: callers wait for a permit, they never fail.
/// Permits come in one-second windows driven by the injected <see cref="TimeProvider"/>, so tests control time.
/// A singleton: the HttpClient factory recreates handlers, the pacing state must outlive them.
/// </summary>
public sealed class ConnectorPacer : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private const string ThreadSuffix = ";messageid=";
    private readonly ConcurrentDictionary<string, PacedConversation> _conversations = new(StringComparer.Ordinal);
    private readonly FixedWindowRateLimiter _global;
    private readonly int _perConversation;
    private readonly ITimer _timer;
    private long _windowNumber;

    /// <summary>Creates the pacer with limits from <paramref name="options"/>.</summary>
    public ConnectorPacer(IOptions<ConnectorClientOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _perConversation = options.Value.PerConversationPerSecond;
        _global = CreateLimiter(options.Value.GlobalPerSecond);
        _timer = timeProvider.CreateTimer(_ => StartNextWindow(), null, Window, Window);
    }

    /// <summary>Waits until a call for <paramref name="conversationId"/> (null: not conversation-bound) may go out.</summary>
    public async ValueTask WaitAsync(string? conversationId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(conversationId))
        {
            var conversation = _conversations.GetOrAdd(ConversationKey(conversationId), _ => new PacedConversation(CreateLimiter(_perConversation)));
            conversation.LastUsedWindow = Interlocked.Read(ref _windowNumber);
            await AcquireAsync(conversation.Limiter, cancellationToken);
        }

        await AcquireAsync(_global, cancellationToken);
    }

    internal int TrackedConversations => _conversations.Count;

    /// <summary>The pacing key: a channel thread (<c>19:…;messageid=…</c>) is paced with its channel.</summary>
    public static string ConversationKey(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var thread = conversationId.IndexOf(ThreadSuffix, StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _timer.Dispose();
        _global.Dispose();
        foreach (var conversation in _conversations.Values)
        {
            conversation.Limiter.Dispose();
        }
    }

    private void StartNextWindow()
    {
        var window = Interlocked.Increment(ref _windowNumber);
        _global.TryReplenish();
        foreach (var (key, conversation) in _conversations)
        {
            conversation.Limiter.TryReplenish();
            // Forget conversations idle for a whole window. Removed limiters are not disposed: a caller that
            // fetched one just before removal still gets its (full) permits from it.
            if (conversation.LastUsedWindow < window - 1
                && conversation.Limiter.GetStatistics() is { CurrentQueuedCount: 0 } statistics
                && statistics.CurrentAvailablePermits >= _perConversation)
            {
                _conversations.TryRemove(new KeyValuePair<string, PacedConversation>(key, conversation));
            }
        }
    }

    private static async ValueTask AcquireAsync(RateLimiter limiter, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The Connector pacing queue refused a request.");
        }
    }

    // Manual replenishment from our own timer; the window only has to be shorter than that timer's period.
    private static FixedWindowRateLimiter CreateLimiter(int permitsPerWindow) => new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = permitsPerWindow,
        Window = TimeSpan.FromTicks(1),
        AutoReplenishment = false,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private sealed class PacedConversation(FixedWindowRateLimiter limiter)
    {
        public FixedWindowRateLimiter Limiter { get; } = limiter;

        public long LastUsedWindow { get; set; }
    }
}

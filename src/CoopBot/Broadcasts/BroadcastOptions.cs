namespace CoopBot.Broadcasts;

/// <summary>Section "Broadcast": fan-out of one card to many afnemer conversations through Azure Queue Storage.</summary>
public sealed class BroadcastOptions
{
    public const string SectionName = "Broadcast";

    /// <summary>Set false to run without the queue worker (e.g. tests that need no queue service).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Queue name; Storage:TablePrefix (lowercased) is put in front, so tests stay isolated.</summary>
    public string QueueName { get; set; } = "broadcasts";

    /// <summary>
    /// Production: the queue endpoint (<c>https://account.queue.core.windows.net/</c>) used with a managed identity.
    /// Empty: the queue endpoint of Storage:ConnectionString.
    /// </summary>
    public string QueueServiceUri { get; set; } = string.Empty;

    /// <summary>How long a received message stays hidden; a worker that crashes mid-send lets it reappear after this.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Wait between polls of an empty queue.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After this many receipts a message is poison: its delivery is marked failed and the message parked.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Sends in flight at once; the Connector pacer keeps them to 7/s per conversation and 30 rps overall.</summary>
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>The chair's delivery-stats card is updated at most once per this interval.</summary>
    public TimeSpan StatsUpdateInterval { get; set; } = TimeSpan.FromSeconds(2);
}

namespace CoopBot.Protocol.Connector;

/// <summary>Retry and pacing settings of outbound Connector calls (configuration section <c>Connector</c>).</summary>
public class ConnectorClientOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Connector";

    /// <summary>Retries after the first attempt for 429/412/502/503/504 and network errors.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>Longest wait between attempts; a longer Retry-After is not waited for and the response is returned.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Backoff base without Retry-After: attempt n waits a random time up to base × 2^(n-1).</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Calls per second per conversation (Teams allows 7 sends per second per thread).</summary>
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>Calls per second for the whole bot.</summary>
    public int GlobalPerSecond { get; set; } = 30;
}

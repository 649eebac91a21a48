namespace CoopBot.Protocol.Hosting;

/// <summary>Limits of the <c>/api/messages</c> endpoint (configuration section <c>Bot</c>).</summary>
public class BotAdapterOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Bot";

    /// <summary>Largest accepted request body; larger requests get 413.</summary>
    public long MaxRequestBytes { get; set; } = 1_048_576;

    /// <summary>Time an invoke handler gets before a timeout card is sent (Teams waits about 5 s).</summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(4.5);

    /// <summary>Tenants whose activities are accepted; empty accepts every tenant.</summary>
    public string[] AllowedTenantIds { get; set; } = [];
}

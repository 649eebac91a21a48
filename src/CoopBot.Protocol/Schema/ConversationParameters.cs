namespace CoopBot.Protocol.Schema;

/// <summary>
/// Body of <c>POST /v3/conversations</c>. Teams accepts two shapes: a 1:1 chat (<see cref="IsGroup"/> false,
/// one <c>29:</c> member, <see cref="TenantId"/>) or a new channel thread (<see cref="IsGroup"/> true,
/// <c>channelData.channel.id</c>, <see cref="TenantId"/> and a root <see cref="Activity"/>).
/// </summary>
public class ConversationParameters
{
    /// <summary>True for a channel thread, false for a 1:1 chat.</summary>
    public bool? IsGroup { get; set; }

    /// <summary>The bot account (<c>28:{appId}</c>); optional.</summary>
    public ChannelAccount? Bot { get; set; }

    /// <summary>Members of a 1:1 chat: exactly one user.</summary>
    public List<ChannelAccount>? Members { get; set; }

    /// <summary>Topic of the conversation.</summary>
    public string? TopicName { get; set; }

    /// <summary>The first activity; required for a channel thread.</summary>
    public Activity? Activity { get; set; }

    /// <summary>Channel data, e.g. a <see cref="TeamsChannelData"/> with <c>channel.id</c> set.</summary>
    public object? ChannelData { get; set; }

    /// <summary>The Entra tenant; required by Teams.</summary>
    public string? TenantId { get; set; }
}

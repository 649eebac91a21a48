namespace CoopBot.Protocol.Schema;

/// <summary>Result of <c>POST /v3/conversations</c>.</summary>
public class ConversationResourceResponse
{
    /// <summary>Id of the new conversation (<c>a:…</c>, or <c>19:…;messageid=…</c> for a channel thread).</summary>
    public string? Id { get; set; }

    /// <summary>Id of the first activity, when one was sent.</summary>
    public string? ActivityId { get; set; }

    /// <summary>Connector base URL for the conversation, when the service returns one.</summary>
    public string? ServiceUrl { get; set; }
}

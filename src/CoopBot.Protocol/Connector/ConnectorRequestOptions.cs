namespace CoopBot.Protocol.Connector;

/// <summary>Per-request data the client hands to the outbound handlers.</summary>
internal static class ConnectorRequestOptions
{
    /// <summary>The conversation a call is about; the pacing key.</summary>
    public static readonly HttpRequestOptionsKey<string> ConversationId = new("CoopBot.Protocol.ConversationId");
}

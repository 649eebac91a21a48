namespace CoopBot.Protocol.Connector;

/// <summary>
/// Waits for a <see cref="ConnectorPacer"/> permit before each attempt (retries included): per conversation,
/// keyed on the conversation id without its <c>;messageid=</c> part, and globally.
/// </summary>
public sealed class ConnectorRateLimiter(ConnectorPacer pacer) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.TryGetValue(ConnectorRequestOptions.ConversationId, out var conversationId);
        await pacer.WaitAsync(conversationId, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}

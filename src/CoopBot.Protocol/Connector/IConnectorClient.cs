using CoopBot.Protocol.Schema;

namespace CoopBot.Protocol.Connector;

/// <summary>Conversation operations of the Bot Connector REST API for one serviceUrl.</summary>
/// <remarks>Failed calls throw <see cref="ConnectorException"/>.</remarks>
public interface IConnectorClient
{
    /// <summary>The normalized serviceUrl all calls go to.</summary>
    Uri BaseUri { get; }

    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>: posts into the conversation (or channel thread).</summary>
    Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /v3/conversations/{conversationId}/activities/{activityId}</c>: replies to an activity;
    /// <c>replyToId</c> is set to <paramref name="activityId"/> when the activity has none.
    /// </summary>
    Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c>: replaces a sent activity.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>DELETE /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary><c>POST /v3/conversations</c>: starts a 1:1 chat or a channel thread.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary><c>GET /v3/conversations/{conversationId}/pagedmembers</c>: one page of the roster.</summary>
    Task<PagedMembersResult> GetConversationPagedMembersAsync(
        string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);
}

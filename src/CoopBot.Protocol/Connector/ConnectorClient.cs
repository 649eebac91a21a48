using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using CoopBot.Protocol.Schema;

namespace CoopBot.Protocol.Connector;

/// <summary>Bot Connector REST calls on one trusted serviceUrl; created by <see cref="ConnectorClientFactory"/>.</summary>
internal sealed class ConnectorClient(HttpClient http, Uri baseUri) : IConnectorClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public Uri BaseUri => baseUri;

    public async Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Escape(conversationId)}/activities";
        return await SendAsync<ResourceResponse>(HttpMethod.Post, path, activity, conversationId, cancellationToken) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(
        string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ReplyToId ??= activityId;
        var path = $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";
        return await SendAsync<ResourceResponse>(HttpMethod.Post, path, activity, conversationId, cancellationToken) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> UpdateActivityAsync(
        string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";
        return await SendAsync<ResourceResponse>(HttpMethod.Put, path, activity, conversationId, cancellationToken) ?? new ResourceResponse();
    }

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";
        return SendCoreAsync(HttpMethod.Delete, path, null, conversationId, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return await SendAsync<ConversationResourceResponse>(HttpMethod.Post, "v3/conversations", parameters, null, cancellationToken)
            ?? new ConversationResourceResponse();
    }

    public async Task<PagedMembersResult> GetConversationPagedMembersAsync(
        string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>(2);
        if (pageSize is { } size)
        {
            query.Add("pageSize=" + size.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers"
            + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
        return await SendAsync<PagedMembersResult>(HttpMethod.Get, path, null, conversationId, cancellationToken) ?? new PagedMembersResult();
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, object? body, string? conversationId, CancellationToken cancellationToken)
        where T : class
    {
        var content = await SendCoreAsync(method, path, body, conversationId, cancellationToken);
        try
        {
            return string.IsNullOrWhiteSpace(content) ? null : JsonSerializer.Deserialize<T>(content, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            throw new ConnectorException($"Bot Connector answered {method} {path} with a body that is not the expected JSON.", exception);
        }
    }

    private async Task<string> SendCoreAsync(HttpMethod method, string path, object? body, string? conversationId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path));
        if (body is not null)
        {
            // Buffered bytes, so the retry handler can send the same request again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options));
            request.Content.Headers.ContentType = JsonMediaType;
        }

        if (conversationId is not null)
        {
            request.Options.Set(ConnectorRequestOptions.ConversationId, conversationId);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var content = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
            throw new ConnectorException(response.StatusCode, ConnectorError.Parse(content), correlationId);
        }

        return content;
    }

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }
}

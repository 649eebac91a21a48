using System.Security.Claims;
using System.Text.Json;
using CoopBot.Protocol.Authentication;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopBot.Protocol.Hosting;

/// <summary>The CloudAdapter-shaped entry point of <c>POST /api/messages</c>.</summary>
public sealed partial class BotHttpAdapter(
    IBotTokenValidator validator,
    IConnectorClientFactory connectorFactory,
    ServiceUrlTrust trust,
    IOptions<BotAdapterOptions> adapterOptions,
    IOptions<BotAuthenticationOptions> authenticationOptions,
    IHostEnvironment environment,
    TimeProvider timeProvider,
    ILogger<BotHttpAdapter> logger) : IBotHttpAdapter
{
    private const int ReadChunkBytes = 16 * 1024;

    /// <inheritdoc />
    public async Task ProcessAsync(HttpContext http, ITurnHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(handler);
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            Reject(http, StatusCodes.Status405MethodNotAllowed, "only POST is accepted");
            return;
        }

        var body = await ReadBodyAsync(http.Request, adapterOptions.Value.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            Reject(http, StatusCodes.Status413PayloadTooLarge, "request body too large");
            return;
        }

        using var document = ParseDocument(body);
        var identifierProblem = document is null ? null : ActivityIdentifiers.FindProblem(document.RootElement);
        var activity = document is null ? null : identifierProblem is null ? Parse(document.RootElement) : Envelope(document.RootElement);
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type) || !ServiceUrlTrust.TryNormalize(activity.ServiceUrl, out _))
        {
            Reject(http, StatusCodes.Status400BadRequest, "malformed activity, or no type or serviceUrl");
            return;
        }

        var (status, identity) = await AuthenticateAsync(http.Request, activity, cancellationToken);
        if (status != StatusCodes.Status200OK)
        {
            http.Response.StatusCode = status;
            return;
        }

        if (!IsTenantAllowed(activity))
        {
            Log.TenantNotAllowed(logger, activity.GetTenantId());
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (identifierProblem is not null)
        {
            await RejectIdentifiersAsync(http, activity, identifierProblem, cancellationToken);
            return;
        }

        trust.Trust(activity.ServiceUrl!);
        using var scope = Log.TurnScope(logger, activity.Id, activity.Conversation?.Id, CorrelationId(http));
        Log.TurnStarted(logger, activity.Type, activity.Name);
        var turn = new TurnContext(activity, connectorFactory.Create(activity.ServiceUrl!), identity);
        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase))
        {
            await RunInvokeAsync(http, handler, turn, cancellationToken);
        }
        else
        {
            await RunActivityAsync(http, handler, turn, cancellationToken);
        }
    }

    private async Task<(int Status, ClaimsIdentity? Identity)> AuthenticateAsync(
        HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        var authentication = authenticationOptions.Value;
        if (authentication.HasNoAppId)
        {
            if (!AnonymousMode.IsDevelopmentAnonymousModeAllowed(authentication, environment, activity.ServiceUrl))
            {
                Log.TokenRejected(logger, nameof(TokenValidationStatus.Unauthorized), "no MicrosoftAppId outside Development with a loopback serviceUrl");
                return (StatusCodes.Status401Unauthorized, null);
            }

            Log.AnonymousActivity(logger, activity.ServiceUrl!);
            return (StatusCodes.Status200OK, null);
        }

        var header = request.Headers.Authorization;
        var outcome = await validator.ValidateAsync(header.Count == 1 ? header[0] : null, activity.ServiceUrl, activity.ChannelId, cancellationToken);
        if (outcome.IsValid)
        {
            return (StatusCodes.Status200OK, outcome.Identity);
        }

        Log.TokenRejected(logger, outcome.Status.ToString(), outcome.Reason);
        var status = outcome.Status == TokenValidationStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        return (status, null);
    }

    /// <summary>
    /// The W3C trace id, which ASP.NET Core takes from an incoming <c>traceparent</c> (or <c>Request-Id</c>) header and
    /// passes on to outbound calls; the connection's request id when no trace is active.
    /// </summary>
    private static string CorrelationId(HttpContext http) => System.Diagnostics.Activity.Current switch
    {
        { IdFormat: System.Diagnostics.ActivityIdFormat.W3C } trace => trace.TraceId.ToHexString(),
        { RootId: { } root } => root,
        _ => http.TraceIdentifier,
    };

    private bool IsTenantAllowed(Activity activity)
    {
        var allowed = adapterOptions.Value.AllowedTenantIds;
        if (allowed.Length == 0)
        {
            return true;
        }

        // Both places a tenant can appear must agree with the list; no tenant at all fails closed.
        string?[] tenants = [activity.Conversation?.TenantId, activity.GetTeamsChannelData().Tenant?.Id];
        var present = tenants.Where(tenant => !string.IsNullOrEmpty(tenant)).ToList();
        return present.Count > 0 && present.All(tenant => allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase));
    }

    private void Reject(HttpContext http, int status, string reason)
    {
        Log.RequestRejected(logger, status, reason);
        http.Response.StatusCode = status;
    }

    private static JsonDocument? ParseDocument(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Activity? Parse(JsonElement root)
    {
        try
        {
            return root.Deserialize<Activity>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What authentication and the answer need of an activity whose identifiers failed the edge check.</summary>
    private static Activity? Envelope(JsonElement root) => root.ValueKind != JsonValueKind.Object ? null : new Activity
    {
        Type = Text(root, "type"),
        Name = Text(root, "name"),
        ServiceUrl = Text(root, "serviceUrl"),
        ChannelId = Text(root, "channelId"),
    };

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// Bad identifiers never reach a handler (nothing is written): an invoke gets a 400 error with a Dutch message,
    /// other activities are acknowledged with 202 so the channel does not redeliver them, and logged.
    /// </summary>
    private async Task RejectIdentifiersAsync(HttpContext http, Activity activity, string problem, CancellationToken cancellationToken)
    {
        Log.IdentifiersRejected(logger, activity.Type, problem);
        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase))
        {
            await WriteInvokeResponseAsync(http, AdaptiveCardInvokeResponseFactory.MalformedRequest(AdapterTexts.InvalidIdentifiers), cancellationToken);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        // Counted while reading too: chunked requests carry no Content-Length.
        using var buffer = new MemoryStream();
        var chunk = new byte[ReadChunkBytes];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

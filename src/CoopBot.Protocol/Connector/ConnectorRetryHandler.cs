using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopBot.Protocol.Connector;

/// <summary>
/// Retries throttled and transient Connector answers (429, 412, 502, 503, 504) and network errors,
/// honouring Retry-After and otherwise backing off exponentially with full jitter.
/// </summary>
public sealed class ConnectorRetryHandler(
    IOptions<ConnectorClientOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException exception) when (attempt <= settings.MaxRetries && !cancellationToken.IsCancellationRequested)
            {
                var backoff = Backoff(attempt, settings);
                Log.ConnectorNetworkRetry(logger, request.Method.Method, attempt, backoff, exception);
                await Task.Delay(backoff, timeProvider, cancellationToken);
                continue;
            }

            if (attempt > settings.MaxRetries || !IsTransient(response.StatusCode))
            {
                return response;
            }

            var retryAfter = GetRetryAfter(response, timeProvider.GetUtcNow());
            if (retryAfter > settings.MaxRetryDelay)
            {
                Log.ConnectorRetryAfterTooLong(logger, request.Method.Method, retryAfter.Value, settings.MaxRetryDelay);
                return response;
            }

            var delay = retryAfter ?? Backoff(attempt, settings);
            Log.ConnectorRetry(logger, request.Method.Method, (int)response.StatusCode, attempt, delay);
            response.Dispose();
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    internal static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    internal static TimeSpan? GetRetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    internal static TimeSpan Backoff(int attempt, ConnectorClientOptions settings)
    {
        // Full jitter: a random wait up to the exponential ceiling spreads retries of many senders.
        var ceiling = settings.BaseRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        if (ceiling > settings.MaxRetryDelay)
        {
            ceiling = settings.MaxRetryDelay;
        }

        return ceiling * Random.Shared.NextDouble();
    }
}

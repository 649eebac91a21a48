using Microsoft.Extensions.Logging;

namespace CoopBot.Protocol;

/// <summary>Source-generated log messages of the protocol layer. Tokens and secrets are never logged.</summary>
internal static partial class Log
{
    // Ids only: never the activity text, card data, tokens or user names.
    private static readonly Func<ILogger, string?, string?, string, IDisposable?> TurnScopeFactory =
        LoggerMessage.DefineScope<string?, string?, string>("Activity {ActivityId} in conversation {ConversationId} (correlation {CorrelationId})");

    public static IDisposable? TurnScope(ILogger logger, string? activityId, string? conversationId, string correlationId) =>
        TurnScopeFactory(logger, activityId, conversationId, correlationId);

    [LoggerMessage(1, LogLevel.Information, "Token signed with unknown key {KeyId}; refreshing keys from {MetadataAddress}")]
    public static partial void UnknownSigningKey(ILogger logger, string keyId, string metadataAddress);

    [LoggerMessage(2, LogLevel.Warning, "Signing keys from {MetadataAddress} are unavailable")]
    public static partial void SigningKeysUnavailable(ILogger logger, string metadataAddress, Exception exception);

    [LoggerMessage(10, LogLevel.Information, "Activity request rejected with {StatusCode}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(11, LogLevel.Warning, "Activity token rejected ({Status}): {Reason}")]
    public static partial void TokenRejected(ILogger logger, string status, string reason);

    [LoggerMessage(12, LogLevel.Information, "Anonymous development mode: accepting an unauthenticated activity from {ServiceUrl}")]
    public static partial void AnonymousActivity(ILogger logger, string serviceUrl);

    [LoggerMessage(13, LogLevel.Warning, "Activity from tenant {TenantId} refused: tenant is not allowed")]
    public static partial void TenantNotAllowed(ILogger logger, string? tenantId);

    [LoggerMessage(14, LogLevel.Error, "Turn handler failed for a {ActivityType} activity")]
    public static partial void HandlerFailed(ILogger logger, string? activityType, Exception exception);

    [LoggerMessage(15, LogLevel.Warning, "Invoke {InvokeName} did not finish within {Timeout}; answered with a timeout card")]
    public static partial void InvokeTimedOut(ILogger logger, string? invokeName, TimeSpan timeout);

    [LoggerMessage(16, LogLevel.Error, "Invoke {InvokeName} failed after its timeout answer was sent")]
    public static partial void LateInvokeFailed(ILogger logger, string? invokeName, Exception exception);

    [LoggerMessage(17, LogLevel.Error, "Turn handler returned invoke status {Status}, which is not a valid HTTP answer")]
    public static partial void InvalidInvokeStatus(ILogger logger, int status);

    [LoggerMessage(18, LogLevel.Information, "Turn started: {ActivityType} {InvokeName}")]
    public static partial void TurnStarted(ILogger logger, string? activityType, string? invokeName);

    [LoggerMessage(19, LogLevel.Warning, "A {ActivityType} activity was not handled: {Problem}")]
    public static partial void IdentifiersRejected(ILogger logger, string? activityType, string problem);

    [LoggerMessage(20, LogLevel.Warning, "Connector {Method} answered {StatusCode}; retry {Attempt} in {Delay}")]
    public static partial void ConnectorRetry(ILogger logger, string method, int statusCode, int attempt, TimeSpan delay);

    [LoggerMessage(21, LogLevel.Warning, "Connector {Method} failed on the network; retry {Attempt} in {Delay}")]
    public static partial void ConnectorNetworkRetry(ILogger logger, string method, int attempt, TimeSpan delay, Exception exception);

    [LoggerMessage(22, LogLevel.Warning, "Connector {Method} asked to wait {RetryAfter}, longer than the {MaxDelay} limit; not retrying")]
    public static partial void ConnectorRetryAfterTooLong(ILogger logger, string method, TimeSpan retryAfter, TimeSpan maxDelay);
}

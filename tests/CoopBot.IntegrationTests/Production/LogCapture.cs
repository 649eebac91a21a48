using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CoopBot.IntegrationTests.Production;

/// <summary>One captured log entry: everything a log sink could store (message, structured values, scopes, exception).</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, string?>> Values, IReadOnlyList<string> Scopes, string? Exception)
{
    /// <summary>All text of the entry, as a JSON log line would contain it.</summary>
    public string AllText => string.Join('\n', new[] { Category, Message, Exception ?? string.Empty }
        .Concat(Values.Select(v => $"{v.Key}={v.Value}")).Concat(Scopes));

    public string? ScopeValue(string key) => Values.LastOrDefault(v => v.Key == "scope:" + key).Value;

    /// <summary>The event id (the source-generated ones are listed in docs/architecture.md).</summary>
    public int EventId { get; init; }

    /// <summary>A structured value of the message itself, e.g. <c>PollId</c>.</summary>
    public string? Value(string key) => Values.LastOrDefault(v => v.Key == key).Value;
}

/// <summary>
/// A logger provider added to a running host's <see cref="ILoggerFactory"/>: it records every entry at every level,
/// including all scope values, so tests can prove what never reaches the logs.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new List<KeyValuePair<string, string?>>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                values.AddRange(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value?.ToString())));
            }

            var scopes = new List<string>();
            capture._scopes.ForEachScope((scope, _) =>
            {
                scopes.Add(scope?.ToString() ?? string.Empty);
                if (scope is IEnumerable<KeyValuePair<string, object?>> scopePairs)
                {
                    values.AddRange(scopePairs.Select(p => KeyValuePair.Create("scope:" + p.Key, p.Value?.ToString())));
                }
            }, (object?)null);
            capture._entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), values, scopes, exception?.ToString()) { EventId = eventId.Id });
        }
    }
}

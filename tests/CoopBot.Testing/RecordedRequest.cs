namespace CoopBot.Testing;

/// <summary>A request as the fake server received it.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="PathAndQuery">Raw path and query string, still percent-encoded.</param>
/// <param name="Headers">Headers; multiple values joined with ", ".</param>
/// <param name="Body">Body decoded as UTF-8.</param>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>A header value, or null when absent (case-insensitive).</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

using Azure;

namespace CoopBot.Storage;

/// <summary>One embedded HTTP response of a batch response.</summary>
internal sealed record BatchPart(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// Parses a multipart/mixed batch response into its embedded HTTP responses, descending into the
/// change set part. Successful change sets hold one part per operation; a failed one holds a single
/// part whose error message starts with the failing operation's zero-based index ("3:...").
/// </summary>
internal static class BatchResponseReader
{
    public static IReadOnlyList<BatchPart> Read(Response response)
    {
        var boundary = response.Headers.ContentType is { } type ? BoundaryOf(type) : null;
        if (boundary is null)
        {
            throw new TableRequestFailedException(response.Status, "The batch response is not multipart/mixed.", null, null);
        }

        var parts = new List<BatchPart>();
        ReadMultipart(response.Content.ToString(), boundary, parts);
        return parts;
    }

    private static void ReadMultipart(string body, string boundary, List<BatchPart> parts)
    {
        var delimiter = "--" + boundary;
        var sections = body.Split(delimiter);
        // sections[0] is the preamble; a section starting with "--" follows the closing delimiter.
        foreach (var section in sections.Skip(1).Where(s => !s.StartsWith("--", StringComparison.Ordinal)))
        {
            var (headers, content) = SplitHeaders(section.TrimStart('\r', '\n'));
            var type = headers.GetValueOrDefault("Content-Type", "");
            if (BoundaryOf(type) is { } inner)
            {
                ReadMultipart(content, inner, parts);
            }
            else if (type.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
            {
                parts.Add(ReadHttpResponse(content, headers));
            }
        }
    }

    private static BatchPart ReadHttpResponse(string http, Dictionary<string, string> partHeaders)
    {
        var lineEnd = http.IndexOf("\r\n", StringComparison.Ordinal);
        var statusLine = lineEnd < 0 ? http : http[..lineEnd];
        var fields = statusLine.Split(' ', 3);
        if (fields.Length < 2 || !int.TryParse(fields[1], System.Globalization.CultureInfo.InvariantCulture, out var status))
        {
            throw new TableRequestFailedException($"Malformed status line in batch response: '{statusLine}'.");
        }

        var (headers, body) = SplitHeaders(lineEnd < 0 ? "" : http[(lineEnd + 2)..]);
        // Azurite puts Content-ID on the MIME part rather than the embedded response.
        foreach (var (name, value) in partHeaders)
        {
            headers.TryAdd(name, value);
        }

        return new BatchPart(status, headers, body.TrimEnd('\r', '\n'));
    }

    private static (Dictionary<string, string> Headers, string Remainder) SplitHeaders(string text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf("\r\n", position, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end == position)
            {
                return (headers, text[Math.Min(end + 2, text.Length)..]);
            }

            var line = text[position..end];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }

            position = end + 2;
        }

        return (headers, "");
    }

    private static string? BoundaryOf(string contentType)
    {
        const string marker = "boundary=";
        var at = contentType.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : contentType[(at + marker.Length)..].Split(';')[0].Trim().Trim('"');
    }
}

using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CoopBot.Storage.Queues;

/// <summary>
/// One storage queue over the Queue service REST API on Azure.Core's pipeline (Azure.Storage.Queues cannot be restored
/// from our package feed: its Azure.Storage.Common and System.IO.Hashing dependencies are missing). Message text is
/// base64-encoded, as the SDK's Base64 encoding does, so any JSON survives the XML envelope.
/// </summary>
public sealed class QueueClient
{
    private readonly HttpPipeline _pipeline;
    private readonly Uri _queueUri;

    internal QueueClient(HttpPipeline pipeline, Uri serviceEndpoint, string name)
    {
        _pipeline = pipeline;
        Name = name;
        _queueUri = new Uri(serviceEndpoint, Uri.EscapeDataString(name));
    }

    /// <summary>The queue name (lowercase letters, digits and hyphens).</summary>
    public string Name { get; }

    /// <summary>Creates the queue; an existing queue is fine.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken ct = default)
    {
        using var message = Create(RequestMethod.Put, string.Empty, string.Empty);
        await SendAsync(message, ct, tolerated: 409);
    }

    /// <summary>Adds a message; it becomes visible after <paramref name="visibilityDelay"/> (default at once).</summary>
    public async Task SendMessageAsync(string text, TimeSpan? visibilityDelay = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = visibilityDelay is { } delay ? $"visibilitytimeout={Seconds(delay)}" : string.Empty;
        using var message = Create(RequestMethod.Post, "/messages", query);
        var body = new XElement("QueueMessage", new XElement("MessageText", Convert.ToBase64String(Encoding.UTF8.GetBytes(text))));
        message.Request.Headers.SetValue("Content-Type", "application/xml");
        message.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(body.ToString(SaveOptions.DisableFormatting)));
        await SendAsync(message, ct);
    }

    /// <summary>Receives up to <paramref name="maxMessages"/> (1–32) messages, hidden from others for <paramref name="visibilityTimeout"/>.</summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var query = $"numofmessages={maxMessages.ToString(CultureInfo.InvariantCulture)}&visibilitytimeout={Seconds(visibilityTimeout)}";
        using var message = Create(RequestMethod.Get, "/messages", query);
        var response = await SendAsync(message, ct);
        var list = XDocument.Parse(response.Content.ToString());
        return list.Root?.Elements("QueueMessage").Select(ToMessage).ToList() ?? [];
    }

    /// <summary>Deletes a received message; false when it is gone or was received again by someone else (stale pop receipt).</summary>
    public async Task<bool> DeleteMessageAsync(string messageId, string popReceipt, CancellationToken ct = default)
    {
        using var message = Create(RequestMethod.Delete, "/messages/" + Uri.EscapeDataString(messageId), "popreceipt=" + Uri.EscapeDataString(popReceipt));
        var response = await SendAsync(message, ct, tolerated: 404, alsoTolerated: 400);
        return !response.IsError;
    }

    private static QueueMessage ToMessage(XElement e) => new(
        (string?)e.Element("MessageId") ?? string.Empty,
        (string?)e.Element("PopReceipt") ?? string.Empty,
        Encoding.UTF8.GetString(Convert.FromBase64String((string?)e.Element("MessageText") ?? string.Empty)),
        (long?)e.Element("DequeueCount") ?? 1);

    private HttpMessage Create(RequestMethod method, string path, string query)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(new Uri(_queueUri.AbsoluteUri + path + (query.Length == 0 ? string.Empty : "?" + query)));
        return message;
    }

    private async Task<Response> SendAsync(HttpMessage message, CancellationToken ct, int? tolerated = null, int? alsoTolerated = null)
    {
        try
        {
            await _pipeline.SendAsync(message, ct);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new QueueRequestFailedException($"The Queue service at {_queueUri.GetLeftPart(UriPartial.Authority)} could not be reached.", e);
        }

        var response = message.Response;
        if (response.IsError && response.Status != tolerated && response.Status != alsoTolerated)
        {
            response.Headers.TryGetValue("x-ms-error-code", out var code);
            throw new QueueRequestFailedException(response.Status, $"Queue {Name}: {response.Status} {code}", code, null);
        }

        return response;
    }

    private static string Seconds(TimeSpan span) => ((int)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}

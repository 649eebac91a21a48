using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CoopBot.Storage;

/// <summary>Builds Table REST requests on the shared pipeline and turns failures into typed exceptions.</summary>
internal sealed class TableTransport(HttpPipeline pipeline, Uri endpoint)
{
    /// <summary>
    /// Exactly one Accept header: a missing or duplicated one makes the service fall back to Atom (Azurite: 415).
    /// minimalmetadata keeps the <c>@odata.type</c> annotations that restore Int64, DateTime, Guid and Binary.
    /// </summary>
    public const string JsonAccept = "application/json;odata=minimalmetadata";

    /// <summary>The service root, ending in '/', e.g. <c>http://127.0.0.1:10002/devstoreaccount1/</c>.</summary>
    public Uri Endpoint { get; } = endpoint;

    /// <summary>Creates a message for <paramref name="escapedPath"/>, which must already be percent-encoded.</summary>
    public HttpMessage CreateMessage(RequestMethod method, string escapedPath)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(Endpoint);
        request.Uri.AppendPath(escapedPath, escape: false);
        request.Headers.SetValue("Accept", JsonAccept);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        return message;
    }

    public static void SetJson(HttpMessage message, byte[] json)
    {
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Content = RequestContent.Create(json);
    }

    /// <summary>
    /// Sends and returns the response; throws the mapped exception for error statuses other than
    /// <paramref name="tolerated"/>, and <see cref="TableRequestFailedException"/> (status 0) when the
    /// service cannot be reached.
    /// </summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken ct, int? tolerated = null)
    {
        try
        {
            await pipeline.SendAsync(message, ct);
        }
        catch (RequestFailedException e)
        {
            throw TableErrors.Unreachable(e);
        }
        catch (AggregateException e)
        {
            // Azure.Core's retry policy aggregates the transport failures of every attempt.
            throw TableErrors.Unreachable(e);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            // Azure.Core's network timeout, not the caller's cancellation.
            throw TableErrors.Unreachable(e);
        }

        var response = message.Response;
        if (response.IsError && response.Status != tolerated)
        {
            throw TableErrors.FromResponse(response);
        }

        return response;
    }
}

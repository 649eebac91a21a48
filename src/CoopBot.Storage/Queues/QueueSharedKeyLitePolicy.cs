using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CoopBot.Storage.Queues;

/// <summary>
/// Signs Queue service requests with SharedKeyLite: <c>VERB\nContent-MD5\nContent-Type\nDate\n</c> + the sorted
/// <c>x-ms-*</c> headers + <c>"/" + account + path [+ "?comp=" + value]</c>. The date travels in <c>x-ms-date</c>,
/// so the Date line stays empty. Runs per retry, after every header that is signed has been set.
/// </summary>
internal sealed class QueueSharedKeyLitePolicy(TableSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var contentType = request.Headers.TryGetValue("Content-Type", out var type) ? type : string.Empty;
        var signed = new StringBuilder()
            .Append(request.Method.Method.ToUpperInvariant()).Append('\n')
            .Append('\n')
            .Append(contentType).Append('\n')
            .Append('\n');
        foreach (var header in request.Headers
            .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .OrderBy(h => h.Name.ToLowerInvariant(), StringComparer.Ordinal))
        {
            signed.Append(header.Name.ToLowerInvariant()).Append(':').Append(header.Value.Trim()).Append('\n');
        }

        signed.Append(SharedKeyLitePolicy.BuildStringToSign(string.Empty, credential.AccountName, request.Uri.ToUri())[1..]);
        request.Headers.SetValue(HttpHeader.Names.Authorization, $"SharedKeyLite {credential.AccountName}:{credential.ComputeSignature(signed.ToString())}");
    }
}

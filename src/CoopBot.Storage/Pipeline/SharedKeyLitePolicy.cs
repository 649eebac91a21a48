using Azure.Core;
using Azure.Core.Pipeline;

namespace CoopBot.Storage;

/// <summary>
/// Signs requests with the Table service's SharedKeyLite scheme, the one Azure.Data.Tables uses:
/// <c>StringToSign = x-ms-date + "\n" + "/" + account + Uri.AbsolutePath [+ "?comp=" + value]</c>.
/// </summary>
internal sealed class SharedKeyLitePolicy(TableSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var date = message.Request.Headers.TryGetValue(TableHeadersPolicy.DateHeader, out var value)
            ? value
            : throw new InvalidOperationException("x-ms-date must be set before signing.");
        var stringToSign = BuildStringToSign(date, credential.AccountName, message.Request.Uri.ToUri());
        message.Request.Headers.SetValue(
            HttpHeader.Names.Authorization,
            $"SharedKeyLite {credential.AccountName}:{credential.ComputeSignature(stringToSign)}");
    }

    /// <summary>
    /// The path is used exactly as encoded; for path-style Azurite URLs the account therefore appears twice
    /// (<c>/devstoreaccount1/devstoreaccount1/Tables</c>), which is what Azurite verifies.
    /// </summary>
    internal static string BuildStringToSign(string date, string accountName, Uri uri)
    {
        var resource = "/" + accountName + uri.AbsolutePath;
        var comp = CompParameter(uri.Query);
        return date + "\n" + (comp is null ? resource : resource + "?comp=" + comp);
    }

    private static string? CompParameter(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&'))
        {
            if (pair.StartsWith("comp=", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(pair["comp=".Length..]);
            }
        }

        return null;
    }
}

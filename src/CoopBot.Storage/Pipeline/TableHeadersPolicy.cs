using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CoopBot.Storage;

/// <summary>
/// Sets <c>x-ms-version</c> and a fresh <c>x-ms-date</c> on every attempt. It runs per retry, before
/// authorization, because the Shared Key signature covers the date and the service rejects stale dates.
/// </summary>
internal sealed class TableHeadersPolicy(string serviceVersion) : HttpPipelineSynchronousPolicy
{
    public const string DateHeader = "x-ms-date";

    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.SetValue("x-ms-version", serviceVersion);
        message.Request.Headers.SetValue(DateHeader, DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture));
    }
}

using Azure.Core;

namespace CoopBot.Storage;

/// <summary>
/// Options for <see cref="TableServiceClient"/> and <see cref="TableClient"/>: Azure.Core's retry, diagnostics and
/// transport settings plus the Table service REST version.
/// </summary>
public class TableClientOptions : ClientOptions
{
    /// <summary>The REST version used unless <see cref="ServiceVersion"/> is changed; tested against Azurite 3.37.0.</summary>
    public const string DefaultServiceVersion = "2019-02-02";

    /// <summary>Creates options with Azure.Core's default retry policy (exponential, 3 retries).</summary>
    public TableClientOptions()
    {
        // Headers that help debugging and carry no secrets; Authorization stays redacted by Azure.Core.
        Diagnostics.LoggedHeaderNames.Add("x-ms-version");
        Diagnostics.LoggedHeaderNames.Add("x-ms-error-code");
        Diagnostics.LoggedHeaderNames.Add("DataServiceVersion");
        Diagnostics.LoggedHeaderNames.Add("Preference-Applied");
        Diagnostics.LoggedQueryParameters.Add("$top");
        Diagnostics.LoggedQueryParameters.Add("$select");
    }

    /// <summary>The <c>x-ms-version</c> header value, e.g. "2019-02-02" or "2020-12-06".</summary>
    public string ServiceVersion { get; set; } = DefaultServiceVersion;
}

using System.ComponentModel.DataAnnotations;

namespace CoopBot.Graph;

/// <summary>
/// Section "Graph": the app registration CoopBot uses for Microsoft Graph (application permissions), the same keys the
/// CLI's <c>registry check-teams</c> reads. Feature settings live in their own section (e.g. Meetings:OrganizerMailbox).
/// Without TenantId and ClientId the bot does not use Graph.
/// </summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string SectionName = "Graph";

    /// <summary>The public-cloud Graph endpoint.</summary>
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Entra tenant of the app registration.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>Client (application) id of the app registration.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>Client secret; never in the repo. Empty: the bot's own identity (its managed identity in Azure, az login locally).</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Graph base URL; tests point it at a loopback fake server.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>True when enough is configured to get app-only tokens.</summary>
    public bool IsConfigured => TenantId.Length > 0 && ClientId.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured && ClientSecret.Length > 0)
        {
            yield return new ValidationResult("Graph:ClientSecret is set without Graph:TenantId and Graph:ClientId.");
        }

        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
        {
            yield return new ValidationResult("Graph:BaseUrl must be an https URL (http only on loopback, for tests).");
        }
    }
}

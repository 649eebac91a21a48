using System.ComponentModel.DataAnnotations;

namespace CoopBot.Graph;

/// <summary>
/// Section "Graph": the app registration CoopBot uses for Microsoft Graph (application permissions, client credentials
/// or a managed identity). Shared by every feature that calls Graph; feature-specific settings live in their own section
/// (e.g. Meetings:OrganizerMailbox). Empty: Graph is not used.
/// </summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string SectionName = "Graph";

    /// <summary>The public-cloud Graph endpoint.</summary>
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Entra tenant of the app registration.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>Client id of the app registration, or of a user-assigned managed identity.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>Client secret; never in the repo (user secrets, Key Vault reference or environment variable).</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Use the host's managed identity instead of a secret (user-assigned when ClientId is set).</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Graph base URL; tests point it at a loopback fake server.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>True when enough is configured to get app-only tokens.</summary>
    public bool IsConfigured => UseManagedIdentity || (TenantId.Length > 0 && ClientId.Length > 0 && ClientSecret.Length > 0);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var parts = new[] { TenantId, ClientId, ClientSecret }.Count(p => p.Length > 0);
        if (!UseManagedIdentity && parts is > 0 and < 3)
        {
            yield return new ValidationResult("Graph: set TenantId, ClientId and ClientSecret together, or UseManagedIdentity.");
        }

        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
        {
            yield return new ValidationResult("Graph:BaseUrl must be an https URL (http only on loopback, for tests).");
        }
    }
}

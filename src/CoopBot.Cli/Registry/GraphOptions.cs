using System.ComponentModel.DataAnnotations;

namespace CoopBot.Cli.Registry;

/// <summary>Section "Graph": the app that reads team rosters (application permission TeamMember.Read.All, or RSC TeamMember.Read.Group).</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Public-cloud Graph; tests point it at a loopback fake server.</summary>
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>App-only scope for every Graph call.</summary>
    public const string Scope = "https://graph.microsoft.com/.default";

    /// <summary>Entra tenant of the app registration.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>Client (application) id.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>Client secret; never in the repo. Empty = DefaultAzureCredential (az login, managed identity).</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Graph base URL including the version segment.</summary>
    [Url]
    public string BaseUrl { get; set; } = DefaultBaseUrl;
}

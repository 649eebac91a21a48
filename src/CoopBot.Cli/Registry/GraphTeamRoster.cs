using Azure.Core;
using Azure.Identity;
using CoopBot.Graph;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Authentication.Azure;

namespace CoopBot.Cli.Registry;

/// <summary>A member of a Teams team as Graph reports it.</summary>
internal sealed record TeamMember(string AadObjectId, string? Name);

/// <summary>
/// Reads team rosters with Microsoft.Graph 5. The HttpClient comes from GraphClientFactory so Graph's retry (429 with
/// Retry-After, 503), redirect and compression handlers stay in the pipeline.
/// </summary>
internal sealed class GraphTeamRoster(GraphServiceClient graph)
{
    public static GraphTeamRoster Create(GraphOptions options, TokenCredential credential, HttpMessageHandler? finalHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = options.BaseUrl.TrimEnd('/');
        // Kiota only sends tokens to hosts it allows; naming the configured host keeps a fake loopback server working too.
        var authentication = new AzureIdentityAuthenticationProvider(
            credential, allowedHosts: [new Uri(baseUrl).Host], observabilityOptions: null, isCaeEnabled: true, scopes: [GraphClientProvider.Scope]);
        var http = GraphClientFactory.Create(finalHandler: finalHandler ?? new SocketsHttpHandler());
        return new GraphTeamRoster(new GraphServiceClient(http, authentication, baseUrl));
    }

    /// <summary>ClientSecretCredential when a secret is configured, otherwise DefaultAzureCredential.</summary>
    public static TokenCredential Credential(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ClientSecret.Length > 0
            ? new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret)
            : new DefaultAzureCredential();
    }

    /// <summary>Every member of the team (GET /teams/{id}/members, all pages).</summary>
    public async Task<IReadOnlyList<TeamMember>> MembersAsync(string teamGroupId, CancellationToken ct)
    {
        var members = new List<TeamMember>();
        var page = await graph.Teams[teamGroupId].Members.GetAsync(cancellationToken: ct);
        if (page is null)
        {
            return members;
        }

        var iterator = PageIterator<ConversationMember, ConversationMemberCollectionResponse>.CreatePageIterator(graph, page, member =>
        {
            if (member is AadUserConversationMember { UserId: { Length: > 0 } userId } user)
            {
                members.Add(new TeamMember(userId, user.DisplayName));
            }

            return true;
        });
        await iterator.IterateAsync(ct);
        return members;
    }
}

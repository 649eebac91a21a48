using Microsoft.Graph;

namespace CoopBot.Graph.Contracts;

/// <summary>The process's one Microsoft Graph client (with Graph's retry middleware), for features that call Graph.</summary>
public interface IGraphClient
{
    /// <summary>False without Graph settings: features then work without Graph (e.g. meetings only on the card).</summary>
    bool IsConfigured { get; }

    /// <summary>The client; only call when <see cref="IsConfigured"/>.</summary>
    GraphServiceClient Client { get; }
}

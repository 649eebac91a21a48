using CoopBot.Protocol.Authentication;

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>Stands in for Entra at the edge: always hands out the same token.</summary>
public sealed class StaticTokenProvider(string token) : IAccessTokenProvider
{
    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
}

namespace CoopBot.Protocol.Authentication;

/// <summary>No token at all: for local development against the Agents Playground, which accepts anonymous calls.</summary>
public sealed class AnonymousAccessTokenProvider : IAccessTokenProvider
{
    /// <inheritdoc />
    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}

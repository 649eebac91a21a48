namespace CoopBot.Protocol.Authentication;

/// <summary>Supplies the bot's bearer token for calls to the Connector.</summary>
public interface IAccessTokenProvider
{
    /// <summary>A valid access token, or null when the bot runs without identity (development only).</summary>
    Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken);
}

using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CoopBot.Protocol.Authentication;

/// <summary>OpenID configuration plus the Bot Framework <c>endorsements</c> of each signing key.</summary>
internal sealed class EndorsedOpenIdConfiguration(string json) : OpenIdConnectConfiguration(json)
{
    /// <summary>Key id to the channel ids that key is endorsed for (compared ordinally).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements { get; set; } =
        new Dictionary<string, IReadOnlySet<string>>();

    public bool HasSigningKey(string keyId) => SigningKeys.Any(key => key.KeyId == keyId);
}

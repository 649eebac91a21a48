using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace CoopBot.Protocol.Authentication;

/// <summary>
/// Reads the OpenID metadata and its key set. IdentityModel's JsonWebKey does not model the Bot Framework
/// <c>endorsements</c> array, so the raw key-set JSON is parsed here as well.
/// </summary>
internal sealed class EndorsedConfigurationRetriever : IConfigurationRetriever<EndorsedOpenIdConfiguration>
{
    public async Task<EndorsedOpenIdConfiguration> GetConfigurationAsync(
        string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var metadata = await retriever.GetDocumentAsync(address, cancel);
        var configuration = new EndorsedOpenIdConfiguration(metadata);
        if (string.IsNullOrEmpty(configuration.JwksUri))
        {
            throw new InvalidOperationException($"The OpenID metadata at '{address}' has no jwks_uri.");
        }

        var keySetJson = await retriever.GetDocumentAsync(configuration.JwksUri, cancel);
        configuration.JsonWebKeySet = new JsonWebKeySet(keySetJson);
        foreach (var key in configuration.JsonWebKeySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        configuration.Endorsements = ParseEndorsements(keySetJson);
        return configuration;
    }

    internal static Dictionary<string, IReadOnlySet<string>> ParseEndorsements(string keySetJson)
    {
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keySetJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = list.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.String)
                    .Select(item => item.GetString()!)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return endorsements;
    }
}

using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>An RSA key generated for the test, publishable as a JWK.</summary>
public sealed class TestSigningKey(string keyId) : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string KeyId { get; } = keyId;

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, algorithm);

    public Dictionary<string, object> ToJwk(string[]? endorsements)
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>One OpenID server (and its RSA keys) for every class that validates tokens.</summary>
[CollectionDefinition(Name)]
public sealed class OpenIdServerGroup : ICollectionFixture<OpenIdServer>
{
    public const string Name = "OpenId";
}

using CoopBot.Protocol.Connector;

namespace CoopBot.Protocol.Tests.Connector;

public class ServiceUrlTrustTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/")]
    [InlineData("https://SMBA.TrafficManager.net/emea", "https://smba.trafficmanager.net/emea/")]
    [InlineData("HTTPS://smba.trafficmanager.net:443/emea/?x=1", "https://smba.trafficmanager.net/emea/")]
    [InlineData("http://localhost:56150/_connector", "http://localhost:56150/_connector/")]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net/")]
    public void Normalize_Spellings_GiveCanonicalForm(string input, string expected)
    {
        Assert.Equal(expected, ServiceUrlTrust.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/relative/path")]
    [InlineData("ftp://smba.trafficmanager.net/emea/")]
    [InlineData("https://user:pass@smba.trafficmanager.net/emea/")]
    public void TryNormalize_NotAnHttpUrl_False(string? input)
    {
        Assert.False(ServiceUrlTrust.TryNormalize(input, out _));
    }

    [Fact]
    public void IsTrusted_EquivalentSpelling_True()
    {
        var trust = new ServiceUrlTrust();

        trust.Trust("https://smba.trafficmanager.net/emea/");

        Assert.True(trust.IsTrusted("https://SMBA.trafficmanager.net/emea"));
        Assert.False(trust.IsTrusted("https://smba.trafficmanager.net/amer/"));
        Assert.False(trust.IsTrusted("https://smba.trafficmanager.net/EMEA/"));
    }

    [Fact]
    public void Trust_InvalidUrl_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ServiceUrlTrust().Trust("not a url"));
    }
}

namespace CoopBot.Storage.Tests.Unit;

public sealed class ConnectionStringTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void Parse_UseDevelopmentStorage_TargetsAzuriteDefaultPort()
    {
        var parsed = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1/"), parsed.Endpoint);
        Assert.Equal("devstoreaccount1", parsed.Credential.AccountName);
    }

    [Fact]
    public void Parse_ExplicitTableEndpoint_UsesItWithTrailingSlash()
    {
        var parsed = StorageConnectionString.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:5555/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:5555/devstoreaccount1/"), parsed.Endpoint);
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=coop;AccountKey={0};EndpointSuffix=core.windows.net", "https://coop.table.core.windows.net/")]
    [InlineData("accountname=coop;accountkey={0}", "https://coop.table.core.windows.net/")]
    [InlineData(" AccountName = coop ; AccountKey={0} ; EndpointSuffix=core.chinacloudapi.cn ;", "https://coop.table.core.chinacloudapi.cn/")]
    public void Parse_AccountNameAndSuffix_BuildsTableEndpoint(string template, string expected)
    {
        var parsed = StorageConnectionString.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Key));

        Assert.Equal(new Uri(expected), parsed.Endpoint);
        Assert.Equal("coop", parsed.Credential.AccountName);
    }

    [Theory]
    [InlineData("AccountName=coop")]
    [InlineData("AccountKey=abc=")]
    [InlineData("AccountName=coop;AccountKey=aGVsbG8=;SharedAccessSignature=sv=2020")]
    [InlineData("garbage")]
    public void Parse_Incomplete_ThrowsArgumentExceptionWithoutSecrets(string connectionString)
    {
        var e = Assert.Throws<ArgumentException>(() => StorageConnectionString.Parse(connectionString));

        Assert.DoesNotContain("aGVsbG8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TableServiceClient_ConnectionString_ExposesEndpoint()
    {
        var client = new TableServiceClient($"AccountName=coop;AccountKey={Key};TableEndpoint=https://example.test/x");

        Assert.Equal(new Uri("https://example.test/x/"), client.Uri);
    }
}

namespace CoopBot.Storage.Tests.Unit;

public sealed class SharedKeyLiteTests
{
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const string Date = "Sat, 21 Nov 2026 18:15:20 GMT";

    [Fact]
    public void BuildStringToSign_PathStyleAzurite_RepeatsAccountAndDropsQuery()
    {
        var uri = new Uri("http://127.0.0.1:10002/devstoreaccount1/Tables?$top=1&NextTableName=abc");

        var stringToSign = SharedKeyLitePolicy.BuildStringToSign(Date, "devstoreaccount1", uri);

        Assert.Equal(Date + "\n/devstoreaccount1/devstoreaccount1/Tables", stringToSign);
    }

    [Fact]
    public void BuildStringToSign_ProductionStyleWithComp_KeepsOnlyComp()
    {
        var uri = new Uri("https://acct.table.core.windows.net/mytable?comp=acl&timeout=5");

        var stringToSign = SharedKeyLitePolicy.BuildStringToSign(Date, "acct", uri);

        Assert.Equal(Date + "\n/acct/mytable?comp=acl", stringToSign);
    }

    [Fact]
    public void BuildStringToSign_EscapedEntityPath_UsesPathExactlyAsEncoded()
    {
        var uri = new Uri("http://127.0.0.1:10002/devstoreaccount1/meetings(PartitionKey='O%27%27Brien',RowKey='r1')");

        var stringToSign = SharedKeyLitePolicy.BuildStringToSign(Date, "devstoreaccount1", uri);

        Assert.Equal(Date + "\n/devstoreaccount1/devstoreaccount1/meetings(PartitionKey='O%27%27Brien',RowKey='r1')", stringToSign);
    }

    [Theory]
    // Expected values computed independently with: printf '%s' "$STS" | openssl dgst -sha256 -mac HMAC -macopt hexkey:<key> -binary | base64
    [InlineData("/devstoreaccount1/devstoreaccount1/Tables", "pMEBoPP/+v5TNLe0CSqCGiyeBOGdypFPY1NV8d5QgV8=")]
    [InlineData("/devstoreaccount1/devstoreaccount1/meetings(PartitionKey='O%27%27Brien',RowKey='r1')", "2dZVi9xcLvukhPSKzquwzS8j0ztpWfgX9+hicepGMI0=")]
    public void ComputeSignature_KnownStringToSign_MatchesOpenSsl(string resource, string expected)
    {
        var credential = new TableSharedKeyCredential("devstoreaccount1", DevKey);

        Assert.Equal(expected, credential.ComputeSignature(Date + "\n" + resource));
    }

    [Fact]
    public void Credential_KeyNotBase64_ThrowsWithoutEchoingKey()
    {
        var e = Assert.Throws<ArgumentException>(() => new TableSharedKeyCredential("acct", "not*base64"));

        Assert.DoesNotContain("not*base64", e.Message, StringComparison.Ordinal);
    }
}

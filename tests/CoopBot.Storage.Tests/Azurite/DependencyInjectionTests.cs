using Azure.Core;
using Azure.Data.Tables;
using CoopBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopBot.Storage.Tests.Azurite;

[Collection(AzuriteShared.Collection)]
public sealed class DependencyInjectionTests(AzuriteFixture fixture)
{
    private readonly string _prefix = TestTables.UniquePrefix();

    [Fact]
    public async Task GetTableAsync_SameNameConcurrently_CreatesPrefixedTableOnceAndCachesClient()
    {
        using var provider = Build(new() { ["Storage:ConnectionString"] = fixture.Server.ConnectionString, ["Storage:TablePrefix"] = _prefix });
        var tables = provider.GetRequiredService<ITableClientProvider>();

        var clients = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => tables.GetTableAsync("Votes")));
        var again = await tables.GetTableAsync("Votes");

        Assert.All(clients, c => Assert.Same(again, c));
        Assert.Equal(_prefix + "Votes", again.Name);
        await again.AddEntityAsync(new TableEntity("p", "r"));
        Assert.Equal(409, (await provider.GetRequiredService<TableServiceClient>().CreateTableIfNotExistsAsync(_prefix + "Votes")).GetRawResponse().Status);
        Assert.IsType<LimitCheckedTableClient>(again);
    }

    [Fact]
    public void AddTableStorage_NoSection_DefaultsToLocalAzurite()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(("UseDevelopmentStorage=true", ""), (options.ConnectionString, options.TablePrefix));
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), provider.GetRequiredService<TableServiceClient>().Uri);
    }

    [Theory]
    [InlineData("Storage:TablePrefix", "bad-prefix")]
    [InlineData("Storage:TablePrefix", "1abc")]
    [InlineData("Storage:ConnectionString", "AccountName=only")]
    [InlineData("Storage:TableServiceUri", "http://insecure.example/")]
    public void AddTableStorage_InvalidSettings_FailValidation(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);
    }

    [Fact]
    public void AddTableStorage_ServiceUriWithoutCredential_ThrowsClearError()
    {
        using var provider = Build(new() { ["Storage:TableServiceUri"] = "https://coop.table.core.windows.net/" });

        var e = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<TableServiceClient>());

        Assert.Contains("TokenCredential", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTableStorage_ServiceUriWithCredentialFactory_UsesThatEndpoint()
    {
        var factoryCalls = 0;
        using var provider = Build(
            new() { ["Storage:TableServiceUri"] = "https://coop.table.core.windows.net/" },
            _ => { factoryCalls++; return new StaticCredential(); });

        var client = provider.GetRequiredService<TableServiceClient>();

        Assert.Equal((new Uri("https://coop.table.core.windows.net/"), 1), (client.Uri, factoryCalls));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Func<IServiceProvider, TokenCredential>? credentialFactory = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddTableStorage(configuration, credentialFactory).BuildServiceProvider();
    }

    private sealed class StaticCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("unused", DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}

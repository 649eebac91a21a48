using CoopBot.Protocol.Authentication;
using CoopBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopBot.Protocol.Tests.Authentication;

public class AccessTokenProviderFactoryTests
{
    private const string AppId = "9f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f";
    private const string TenantId = "4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Create_NoAppId_AnonymousProviderWithoutToken(string? appId)
    {
        var provider = AccessTokenProviderFactory.Create(new BotAuthenticationOptions { MicrosoftAppId = appId });

        Assert.IsType<AnonymousAccessTokenProvider>(provider);
        Assert.Null(await provider.GetAccessTokenAsync(default));
    }

    [Fact]
    public void Create_SingleTenant_MsalOnTenantAuthority()
    {
        var provider = AccessTokenProviderFactory.Create(Options(MicrosoftAppTypes.SingleTenant));

        Assert.Equal($"https://login.microsoftonline.com/{TenantId}", Assert.IsType<MsalAccessTokenProvider>(provider).Authority);
    }

    [Theory]
    [InlineData("MultiTenant")]
    [InlineData("multitenant")]
    [InlineData(null)]
    public void Create_MultiTenantOrUnset_MsalOnBotFrameworkAuthority(string? appType)
    {
        var provider = AccessTokenProviderFactory.Create(Options(appType));

        Assert.Equal("https://login.microsoftonline.com/botframework.com", Assert.IsType<MsalAccessTokenProvider>(provider).Authority);
    }

    [Fact]
    public void Create_OAuthEndpointOverride_UsedForAuthority()
    {
        var options = Options(MicrosoftAppTypes.SingleTenant);
        options.OAuthEndpoint = "https://login.example.test/";

        var provider = Assert.IsType<MsalAccessTokenProvider>(AccessTokenProviderFactory.Create(options));

        Assert.Equal($"https://login.example.test/{TenantId}", provider.Authority);
    }

    [Fact]
    public void Create_UserAssignedMsi_ManagedIdentityProvider()
    {
        var provider = AccessTokenProviderFactory.Create(new BotAuthenticationOptions { MicrosoftAppId = AppId, MicrosoftAppType = "UserAssignedMSI" });

        Assert.IsType<ManagedIdentityAccessTokenProvider>(provider);
    }

    [Theory]
    [InlineData("SingleTenant", null, "secret")]
    [InlineData("SingleTenant", TenantId, null)]
    [InlineData("MultiTenant", null, null)]
    [InlineData("FederatedCredentials", TenantId, "secret")]
    public void Create_IncompleteOrUnknownSetup_Throws(string appType, string? tenantId, string? password)
    {
        var options = new BotAuthenticationOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppType = appType,
            MicrosoftAppTenantId = tenantId,
            MicrosoftAppPassword = password,
        };

        Assert.Throws<InvalidOperationException>(() => AccessTokenProviderFactory.Create(options));
    }

    [Fact]
    public void AddBotConnector_SingleTenantWithoutSecret_FailsOptionsValidation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = TenantId,
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddBotConnector(configuration).BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains("MicrosoftAppPassword is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotConnector_RootKeysAndSections_BoundToOptions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["Connector:MaxRetries"] = "7",
            ["Bot:InvokeTimeout"] = "00:00:03",
            ["Bot:AllowedTenantIds:0"] = TenantId,
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddBotConnector(configuration).BuildServiceProvider();

        Assert.Equal(AppId, services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.MicrosoftAppId);
        Assert.Equal(7, services.GetRequiredService<IOptions<ConnectorClientOptions>>().Value.MaxRetries);
        var adapter = services.GetRequiredService<IOptions<CoopBot.Protocol.Hosting.BotAdapterOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(3), adapter.InvokeTimeout);
        Assert.Equal([TenantId], adapter.AllowedTenantIds);
        Assert.IsType<ManagedIdentityAccessTokenProvider>(services.GetRequiredService<IAccessTokenProvider>());
    }

    private static BotAuthenticationOptions Options(string? appType) => new()
    {
        MicrosoftAppId = AppId,
        MicrosoftAppType = appType,
        MicrosoftAppTenantId = TenantId,
        MicrosoftAppPassword = "not-a-real-secret",
    };
}

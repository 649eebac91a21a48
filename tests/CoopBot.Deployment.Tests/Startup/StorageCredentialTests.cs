using Azure.Identity;
using CoopBot.Hosting;
using CoopBot.Protocol.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopBot.Deployment.Tests.Startup;

/// <summary>With Storage:TableServiceUri, storage calls are signed by the bot's own identity (one RBAC assignment covers it).</summary>
public sealed class StorageCredentialTests
{
    private const string AppId = "6b0e4a52-5d1f-4f58-9c51-3f1f1f2a7c10";
    private const string TenantId = "5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5";

    [Theory]
    [InlineData(AppId, "UserAssignedMSI", null, typeof(ManagedIdentityCredential))]
    [InlineData(AppId, "userassignedmsi", null, typeof(ManagedIdentityCredential))]
    [InlineData(AppId, "SingleTenant", "not-a-real-secret", typeof(ClientSecretCredential))]
    [InlineData("", null, null, typeof(DefaultAzureCredential))]
    public void Create_PicksTheBotsIdentity(string appId, string? appType, string? password, Type expected)
    {
        var services = Services(new BotAuthenticationOptions { MicrosoftAppId = appId, MicrosoftAppType = appType, MicrosoftAppPassword = password, MicrosoftAppTenantId = TenantId });

        Assert.IsType(expected, StorageCredential.Create(services));
    }

    [Fact]
    public void Create_WithASecretButNoTenant_ExplainsWhatIsMissing()
    {
        var services = Services(new BotAuthenticationOptions { MicrosoftAppId = AppId, MicrosoftAppType = "MultiTenant", MicrosoftAppPassword = "not-a-real-secret" });

        var error = Assert.Throws<InvalidOperationException>(() => StorageCredential.Create(services));
        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(BotAuthenticationOptions options) =>
        new ServiceCollection().AddSingleton(Options.Create(options)).BuildServiceProvider();
}

using CoopBot.Protocol.Authentication;
using CoopBot.Protocol.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CoopBot.Protocol.Tests.Hosting;

public class AnonymousModeTests
{
    [Theory]
    [InlineData("", "Development", "http://localhost:56150/_connector", true)]
    [InlineData(null, "Development", "http://127.0.0.1:3978/", true)]
    [InlineData("", "Development", "https://smba.trafficmanager.net/emea/", false)]
    [InlineData("", "Production", "http://localhost:56150/_connector", false)]
    [InlineData("", "Staging", "http://localhost:56150/_connector", false)]
    [InlineData("9f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f", "Development", "http://localhost:56150/_connector", false)]
    [InlineData("", "Development", null, false)]
    public void IsDevelopmentAnonymousModeAllowed_Matrix(string? appId, string environment, string? serviceUrl, bool expected)
    {
        var allowed = AnonymousMode.IsDevelopmentAnonymousModeAllowed(
            new BotAuthenticationOptions { MicrosoftAppId = appId }, new Environment(environment), serviceUrl);

        Assert.Equal(expected, allowed);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "CoopBot";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

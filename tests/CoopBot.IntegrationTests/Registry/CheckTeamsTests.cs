using System.Text.Json;
using CoopBot.Cli;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Microsoft.AspNetCore.Http;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>"registry check-teams" against a fake Graph server: paging, a 429 retried by Graph's handlers, and the report.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class CheckTeamsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string TeamGroupId = "7d8e9f00-1111-4222-8333-444455556666";
    private CoopBotApp _app = null!;
    private FakeHttpServer _graph = null!;
    private int _requests;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _graph = await FakeHttpServer.StartAsync(AnswerAsync);
    }

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public void CheckTeams_DemoTeam_ReportsWhoHasNoSeatAndWhoIsMissing()
    {
        var (code, output, _) = new RegistryCli(azurite.Server, _app, _graph.BaseAddress).Run("registry", "check-teams");

        Assert.Equal(CliExitCodes.Failure, code);
        Assert.Contains($"Stuurgroep Basisinfrastructuur Digitale Bibliotheek (team {TeamGroupId}): verschillen", output, StringComparison.Ordinal);
        Assert.Contains(CliTexts.InTeamWithoutSeat("Fien De Smet", DemoUser.NonMember.AadObjectId), output, StringComparison.Ordinal);
        Assert.Contains(CliTexts.SeatedNotInTeam("Els Jacobs", DemoUser.Els.AadObjectId), output, StringComparison.Ordinal);
        Assert.DoesNotContain("Bram Claes", output, StringComparison.Ordinal);
        Assert.Contains("Stuurgroep Beleven: geen team gekoppeld", output, StringComparison.Ordinal);

        var calls = _graph.Requests.Where(r => r.PathAndQuery.Contains($"/v1.0/teams/{TeamGroupId}/members", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, calls.Count); // 429, first page, next page
        Assert.Equal("1", calls[1].Header("Retry-Attempt"));
        Assert.All(calls, c => Assert.Equal("Bearer fake-graph-token", c.Header("Authorization")));
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var n = Interlocked.Increment(ref _requests);
        if (n == 1)
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            return;
        }

        var next = context.Request.Query.ContainsKey("page");
        var members = next
            ? new[] { Member(DemoUser.Dries), Member(DemoUser.NonMember), Member(new DemoUser("user-id-7", "a1c0ffee-0000-4000-8000-000000000007", "Hannes Vermeulen")), Member(new DemoUser("user-id-9", "a1c0ffee-0000-4000-8000-000000000009", "Jeroen Mertens")) }
            : new[] { Member(DemoUser.Chair), Member(DemoUser.Bram), Member(DemoUser.Chloe) };
        var body = new Dictionary<string, object> { ["value"] = members };
        if (!next)
        {
            body["@odata.nextLink"] = new Uri(_graph.BaseAddress, $"v1.0/teams/{TeamGroupId}/members?page=2").ToString();
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private static Dictionary<string, object> Member(DemoUser user) => new()
    {
        ["@odata.type"] = "#microsoft.graph.aadUserConversationMember",
        ["id"] = $"membership-{user.TeamsId}",
        ["displayName"] = user.Name,
        ["userId"] = user.AadObjectId,
        ["roles"] = Array.Empty<string>(),
    };
}

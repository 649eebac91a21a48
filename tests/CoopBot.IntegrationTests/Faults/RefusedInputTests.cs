using System.Net;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;
using CoopBot.Registry;
using CoopBot.Domain.Registry;

namespace CoopBot.IntegrationTests.Faults;

/// <summary>
/// Issue 15 defects 4 and 5 and "authorization before any write": every refused or malformed input is answered (never
/// with a 5xx) and leaves storage exactly as it was, compared row by row (serviceUrl bookkeeping aside).
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class RefusedInputTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string NewTeamId = "19:nog-niet-gezien@thread.tacv2";
    private CoopBotApp _app = null!;
    private PollFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new PollFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Link_ByAMemberAsTheFirstActivityOfTheTeam_IsRefusedAndWritesNothing()
    {
        var before = await StorageSnapshot.TakeAsync(_app);

        var response = await _app.InvokeAsync(TeamInvoke(_app.ServiceUrl, DemoUser.Bram, NewTeamId, "registry.team.link", new JsonObject { ["steeringGroupId"] = "basisinfrastructuur" }));

        Assert.Contains(FeedbackRejections.OnlyChairMayLink.Message, TextOf(response["value"]), StringComparison.Ordinal);
        Assert.Empty(StorageSnapshot.Changes(before, await StorageSnapshot.TakeAsync(_app)));
    }

    [Fact]
    public async Task Link_ByTheChairAsTheFirstActivityOfTheTeam_RecordsTheInstallAndLinks()
    {
        var response = await _app.InvokeAsync(TeamInvoke(_app.ServiceUrl, DemoUser.Chair, NewTeamId, "registry.team.link", new JsonObject { ["steeringGroupId"] = "inspireren" }));

        Assert.Contains(RegistryTexts.TeamLinkedHeading, TextOf(response["value"]), StringComparison.Ordinal);
        Assert.NotNull(await _app.GetService<CoopBot.Registry.TeamLinks>().FindAsync(NewTeamId, CancellationToken.None));
    }

    public static TheoryData<string, string, string> PollRefusals => new()
    {
        { "lid sluit", "decisions.close", "bram" },
        { "lid verlengt", "decisions.extend", "bram" },
        { "lid heropent", "decisions.reopen", "bram" },
        { "lid stuurt herinnering", "decisions.remind", "bram" },
        { "lid zet uitkomst", "decisions.outcome", "bram" },
        { "niet-lid stemt", "decisions.vote", "fien" },
        { "voorzitter stemt", "decisions.vote", "chair" },
        { "onbekende keuze", "decisions.vote", "bram-o9" },
        { "lege reactie", "decisions.comment", "bram" },
    };

    [Theory]
    [MemberData(nameof(PollRefusals))]
    public async Task PollAction_Refused_IsAnsweredInDutchAndWritesNothing(string _, string verb, string who)
    {
        var pollId = await _flow.CreatePollAsync("Weigeringen", "Ja", "Nee");
        var actor = who switch { "fien" => DemoUser.NonMember, "chair" => DemoUser.Chair, _ => DemoUser.Bram };
        var fields = new JsonObject
        {
            ["choice"] = who == "bram-o9" ? "o9" : "o1",
            ["closesDate"] = DateTime.UtcNow.AddDays(9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["closesTime"] = "12:00",
            ["statement"] = "Toelichting",
            ["comment"] = " ",
        };
        var before = await StorageSnapshot.TakeAsync(_app);
        var posts = _app.Connector.Calls.Count;

        var response = await _flow.ActAsync(actor, verb, pollId, fields);

        Assert.Contains("\"color\":\"Attention\"", response.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(StorageSnapshot.Changes(before, await StorageSnapshot.TakeAsync(_app)));
        Assert.Equal(posts, _app.Connector.Calls.Count);
    }

    public static TheoryData<string, string> InvokeEdgeRows => new()
    {
        { "activity id of 600 characters", "id" },
        { "aadObjectId with a slash", "from.aadObjectId" },
        { "aadObjectId with a backslash", "from.aadObjectId" },
        { "tenant id of 600 characters", "conversation.tenantId" },
        { "no conversation id", "conversation.id" },
        { "replyToId with a hash", "replyToId" },
    };

    [Theory]
    [MemberData(nameof(InvokeEdgeRows))]
    public async Task VoteAndComment_WithBadIdentifiers_Answer400AndWriteNothing(string row, string field)
    {
        var pollId = await _flow.CreatePollAsync("Randgevallen", "Ja", "Nee");
        var before = await StorageSnapshot.TakeAsync(_app);
        foreach (var (verb, data) in new[] { ("decisions.vote", new JsonObject { ["pollId"] = pollId, ["choice"] = "o1" }), ("decisions.comment", new JsonObject { ["pollId"] = pollId, ["comment"] = "Hallo" }) })
        {
            var activity = Spoil(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, verb, data), field, row);

            using var response = await _app.PostActivityAsync(activity);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("ongeldige gegevens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(StorageSnapshot.Changes(before, await StorageSnapshot.TakeAsync(_app)));
    }

    public static TheoryData<string> MessageEdgeRows => new() { "help", "welkom", "faq", "installatie" };

    [Theory]
    [MemberData(nameof(MessageEdgeRows))]
    public async Task NonInvoke_WithoutConversationIdOrWithAHugeTenant_Is202AndDoesNothing(string kind)
    {
        var before = await StorageSnapshot.TakeAsync(_app);
        var posts = _app.Connector.Calls.Count;
        JsonObject activity = kind switch
        {
            "help" => TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.Bram, "help"),
            "faq" => TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.Bram, "wat is een dienst?"),
            "welkom" => BotAddedToTeam(_app.ServiceUrl, DemoUser.Chair, NewTeamId, "Nieuw team"),
            _ => InstallationAdd(),
        };
        if (kind == "installatie")
        {
            activity["conversation"]!["tenantId"] = new string('t', 50_000);
        }
        else
        {
            activity["conversation"]!.AsObject().Remove("id");
        }

        using var response = await _app.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(posts, _app.Connector.Calls.Count);
        Assert.Empty(StorageSnapshot.Changes(before, await StorageSnapshot.TakeAsync(_app)));
    }

    private JsonObject InstallationAdd()
    {
        var activity = BotAddedToTeam(_app.ServiceUrl, DemoUser.Chair, NewTeamId, "Nieuw team");
        activity["type"] = "installationUpdate";
        activity["action"] = "add";
        return activity;
    }

    private static JsonObject Spoil(JsonObject activity, string field, string row)
    {
        JsonNode? value = row switch
        {
            _ when row.Contains("600", StringComparison.Ordinal) => new string('x', 600),
            _ when row.Contains("backslash", StringComparison.Ordinal) => "a1c0ffee\\0001",
            _ when row.Contains("slash", StringComparison.Ordinal) => "a1c0ffee/0001",
            _ when row.Contains("hash", StringComparison.Ordinal) => "1763720130999#x",
            _ => null,
        };
        var names = field.Split('.');
        var parent = names.Length == 1 ? activity : activity[names[0]]!.AsObject();
        if (value is null)
        {
            parent.Remove(names[^1]);
        }
        else
        {
            parent[names[^1]] = value;
        }

        return activity;
    }
}

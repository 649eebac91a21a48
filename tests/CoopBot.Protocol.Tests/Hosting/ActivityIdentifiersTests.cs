using System.Net;
using System.Text.Json.Nodes;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Tests.Infrastructure;

namespace CoopBot.Protocol.Tests.Hosting;

/// <summary>Issue 15: the one edge check of activity identifiers, row by row, and what the adapter answers.</summary>
public sealed class ActivityIdentifiersTests
{
    private static readonly Dictionary<string, string?> Development = new() { ["MicrosoftAppId"] = "" };

    public static TheoryData<string, string, string> BadRows()
    {
        var rows = new TheoryData<string, string, string>();
        string[] fields = ["id", "replyToId", "from.id", "from.aadObjectId", "recipient.id", "conversation.id", "conversation.tenantId", "channelData.tenant.id"];
        (string Name, string Json)[] values =
        [
            ("too long", JsonString(new string('a', ActivityIdentifiers.MaxLength + 1))),
            ("50,000 characters", JsonString(new string('t', 50_000))),
            ("slash", JsonString("a1c0ffee/0000")),
            ("backslash", JsonString("a1c0ffee\\0000")),
            ("hash", JsonString("f:1#2")),
            ("question mark", JsonString("f:1?x=2")),
            ("control character", JsonString("f:1\u0007")),
            ("DEL", JsonString("f:1\u007F")),
            ("empty", JsonString(string.Empty)),
            ("blank", JsonString("   ")),
            ("number", "42"),
            ("object", "{\"id\":\"x\"}"),
            ("array", "[\"x\"]"),
            ("boolean", "true"),
        ];
        foreach (var field in fields)
        {
            foreach (var (name, json) in values)
            {
                rows.Add(field, name, json);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public void FindProblem_BadIdentifier_NamesTheField(string field, string _, string json)
    {
        var activity = WithField(TestActivities.Invoke(), field, json);

        var problem = ActivityIdentifiers.FindProblem(System.Text.Json.JsonDocument.Parse(activity.ToJsonString()).RootElement);

        Assert.NotNull(problem);
        Assert.StartsWith(field, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conversation.id")]
    [InlineData("conversation")]
    public void FindProblem_NoConversationId_IsAProblem(string removed)
    {
        var activity = TestActivities.Message();
        if (removed == "conversation")
        {
            activity.Remove("conversation");
        }
        else
        {
            activity["conversation"]!.AsObject().Remove("id");
        }

        Assert.Equal("conversation.id is missing", ActivityIdentifiers.FindProblem(System.Text.Json.JsonDocument.Parse(activity.ToJsonString()).RootElement));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("replyToId")]
    [InlineData("from.aadObjectId")]
    [InlineData("conversation.tenantId")]
    [InlineData("channelData.tenant.id")]
    public void FindProblem_OptionalIdentifierAbsentOrNull_IsFine(string field)
    {
        var activity = WithField(TestActivities.Invoke(), field, "null");

        Assert.Null(ActivityIdentifiers.FindProblem(System.Text.Json.JsonDocument.Parse(activity.ToJsonString()).RootElement));
    }

    [Theory]
    [InlineData("19:basisinfrastructuur-besluiten@thread.tacv2;messageid=1763720130123")]
    [InlineData("a:1Xy9ZwVuTsRqPoNmLkJiHgFeDcBa8765432109876543210")]
    [InlineData("' or PartitionKey ne '")]
    [InlineData("Ærø-ünïcødé-€")]
    public void FindProblem_RealAndOddButStorableIds_AreAccepted(string id)
    {
        var activity = WithField(TestActivities.Invoke(), "conversation.id", JsonString(id));

        Assert.Null(ActivityIdentifiers.FindProblem(System.Text.Json.JsonDocument.Parse(activity.ToJsonString()).RootElement));
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task Process_InvokeWithBadIdentifier_Answers400InDutchAndNeverRunsTheHandler(string field, string _, string json)
    {
        var handler = new RecordingTurnHandler();
        await using var host = await AdapterHost.StartAsync(handler, "Development", Development);

        using var response = await host.PostAsync(WithField(TestActivities.Invoke(), field, json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Contains("ongeldige gegevens", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(handler.Turns);
    }

    [Theory]
    [InlineData("id", "\"f:1/2\"")]
    [InlineData("conversation.tenantId", "\"tenant#1\"")]
    [InlineData("from.aadObjectId", "7")]
    [InlineData("conversation.id", "null")]
    [InlineData("from", "\"not an account\"")]
    public async Task Process_MessageWithBadIdentifier_Answers202AndNeverRunsTheHandler(string field, string json)
    {
        var handler = new RecordingTurnHandler();
        await using var host = await AdapterHost.StartAsync(handler, "Development", Development);

        using var response = await host.PostAsync(WithField(TestActivities.Message(), field, json));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(handler.Turns);
    }

    [Fact]
    public async Task Process_BadIdentifierWithoutToken_IsStillUnauthorized()
    {
        var handler = new RecordingTurnHandler();
        await using var host = await AdapterHost.StartAsync(handler, "Development", Development);

        // Anonymous mode accepts loopback serviceUrls only: this one must be authenticated, and is not.
        using var response = await host.PostAsync(WithField(TestActivities.Invoke("https://smba.trafficmanager.net/emea/"), "id", "\"a/b\""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(handler.Turns);
    }

    private static string JsonString(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static JsonObject WithField(JsonObject activity, string path, string json)
    {
        var names = path.Split('.');
        var parent = activity;
        foreach (var name in names[..^1])
        {
            parent = parent[name] as JsonObject ?? (JsonObject)(parent[name] = new JsonObject());
        }

        parent[names[^1]] = JsonNode.Parse(json);
        return activity;
    }
}

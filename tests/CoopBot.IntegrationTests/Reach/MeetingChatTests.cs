using System.Globalization;
using System.Text.Json.Nodes;
using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.IntegrationTests.Meetings;
using CoopBot.Testing;
using CoopBot.MeetingChat;
using CoopBot.Meetings;

namespace CoopBot.IntegrationTests.Reach;

/// <summary>
/// Issue 18: CoopBot in the Teams meeting of a vergadering it planned (through the fake Graph, so the meeting has its
/// join link): the meeting events, a vote during the meeting with the in-meeting notification, and who may vote.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class MeetingChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string PublicBaseUrl = "https://coopbot-test.azurewebsites.net";
    private const string BotId = "00000000-0000-0000-0000-000000c00b07";
    private FakeGraph _graph = null!;
    private CoopBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _app = await _graph.StartAppAsync(azurite.Server, new Dictionary<string, string?> { ["MeetingChat:PublicBaseUrl"] = PublicBaseUrl });
        var meetingId = await new MeetingFlow(_app).ScheduleMeetingAsync(MeetingFlow.InDays(10), title: "Najaarsvergadering");
        // The calendar event (with the join link that identifies the Teams meeting) is created by a background job.
        await Eventually.TrueAsync(
            async () => (await _app.GetService<CoopBot.Meetings.MeetingService>().GetViewAsync(meetingId, CancellationToken.None))?.Meeting.Event?.JoinUrl is not null,
            MeetingFlow.Wait,
            "the Teams meeting of the vergadering");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task MeetingStart_OfThePlannedMeeting_PostsThePublicAgendaInTheChatOnce()
    {
        await _app.PostActivityAsync(TeamsActivity.MeetingEvent(_app.ServiceUrl, start: true, FakeGraph.JoinUrl));
        await _app.PostActivityAsync(TeamsActivity.MeetingEvent(_app.ServiceUrl, start: true, FakeGraph.JoinUrl));

        var posted = Assert.Single(ChatPosts());
        Assert.Contains(MeetingChatTexts.StartHeading, posted.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Najaarsvergadering", posted.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingStart_OfAMeetingCoopBotDidNotPlan_PostsNothing_AndTheChatIsNoStuurgroepChat()
    {
        await _app.PostActivityAsync(TeamsActivity.MeetingEvent(_app.ServiceUrl, start: true, "https://teams.microsoft.com/l/meetup-join/ander-overleg"));
        await _app.PostActivityAsync(TeamsActivity.MeetingChatMessage(_app.ServiceUrl, DemoUser.Chair, "stemming tijdens de vergadering"));

        var reply = Assert.Single(ChatPosts());
        Assert.Null(reply.Card);
        Assert.Contains(MeetingChatTexts.NotAMeetingChat, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuringTheMeeting_ChairStartsAVote_CardAndInMeetingNotificationInTheChat_OnlyMembersVote()
    {
        await _app.PostActivityAsync(TeamsActivity.MeetingEvent(_app.ServiceUrl, start: true, FakeGraph.JoinUrl));
        await _app.PostActivityAsync(TeamsActivity.MeetingChatMessage(_app.ServiceUrl, DemoUser.Chair, "stemming tijdens de vergadering"));
        var form = ChatPosts().Last().Card!;
        Assert.Equal("meetingchat.create", form["actions"]![0]!["verb"]!.GetValue<string>());

        var response = await _app.InvokeAsync(TeamsActivity.InMeetingChat(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Chair, "meetingchat.create", Form())));

        Assert.Contains("gestart", response.ToJsonString(), StringComparison.Ordinal);
        var posts = ChatPosts().ToList();
        var pollId = PollFlow.PollIdOf(posts[^2].Card!);
        var notification = posts[^1].Body!["channelData"]!["notification"]!;
        Assert.True(notification["alertInMeeting"]!.GetValue<bool>());
        Assert.Equal(
            $"https://teams.microsoft.com/l/bubble/{BotId}?url={Uri.EscapeDataString(PublicBaseUrl + "/vergadering/stemming")}&height=270&width=250&title=Stemming&completionBotId={BotId}",
            notification["externalResourceUrl"]!.GetValue<string>());
        Assert.Contains("Uitstel van de vergadering?", posts[^1].Text, StringComparison.Ordinal);

        var flow = new PollFlow(_app);
        Assert.Contains(DecisionTexts.VoteCounted, CardCopy.Of(await flow.VoteAsync(DemoUser.Bram, pollId, "o1")), StringComparison.Ordinal);
        await flow.VoteAsync(DemoUser.NonMember, pollId, "o1");
        var poll = await _app.GetService<DecisionService>().GetViewAsync(pollId, new Actor(DemoUser.Chair.AadObjectId, DemoUser.Chair.Name, DemoUser.Chair.TeamsId), CancellationToken.None);
        Assert.Equal(1, poll!.Tally.Voters);
    }

    [Fact]
    public async Task DuringTheMeeting_AMember_CannotStartAVote()
    {
        await _app.PostActivityAsync(TeamsActivity.MeetingEvent(_app.ServiceUrl, start: true, FakeGraph.JoinUrl));

        await _app.PostActivityAsync(TeamsActivity.MeetingChatMessage(_app.ServiceUrl, DemoUser.Bram, "stemming tijdens de vergadering"));

        Assert.Equal(DecisionTexts.OnlyManagersMayCreate.Message, ChatPosts().Last().Text);
    }

    [Fact]
    public async Task MessageExtension_InTheMeetingChat_OpensTheFormAndNotifiesTheMeeting()
    {
        await _app.PostActivityAsync(TeamsActivity.MeetingEvent(_app.ServiceUrl, start: true, FakeGraph.JoinUrl));

        var dialog = await _app.InvokeAsync(TeamsActivity.InMeetingChat(TeamsActivity.FetchTask(_app.ServiceUrl, DemoUser.Chair, "nieuwVoorstel")));
        var fields = Form();
        fields["form"] = "voorstel";
        fields["steeringGroupId"] = "basisinfrastructuur";
        var submitted = await _app.InvokeAsync(TeamsActivity.InMeetingChat(TeamsActivity.SubmitAction(_app.ServiceUrl, DemoUser.Chair, "nieuwVoorstel", fields)));

        Assert.Equal("continue", dialog["task"]!["type"]!.GetValue<string>());
        Assert.Equal("message", submitted["task"]!["type"]!.GetValue<string>());
        Assert.True(ChatPosts().Last().Body!["channelData"]!["notification"]!["alertInMeeting"]!.GetValue<bool>());
    }

    [Fact]
    public async Task MeetingEnd_PostsTheVerslagButtonAndTheDecisionsOfTheMeetingOnce()
    {
        await _app.PostActivityAsync(TeamsActivity.MeetingEvent(_app.ServiceUrl, start: true, FakeGraph.JoinUrl));
        await _app.InvokeAsync(TeamsActivity.InMeetingChat(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Chair, "meetingchat.create", Form())));

        await _app.PostActivityAsync(TeamsActivity.MeetingEvent(_app.ServiceUrl, start: false, FakeGraph.JoinUrl));
        await _app.PostActivityAsync(TeamsActivity.MeetingEvent(_app.ServiceUrl, start: false, FakeGraph.JoinUrl));

        var ended = Assert.Single(ChatPosts(), c => c.Card?.ToJsonString().Contains(MeetingChatTexts.EndHeading, StringComparison.Ordinal) == true).Card!;
        Assert.Contains("Uitstel van de vergadering?", ended.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("meetings.minutesform", ended["actions"]![0]!["verb"]!.GetValue<string>());
        var refused = await _app.InvokeAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, "meetings.minutesform", ended["actions"]![0]!["data"]!.DeepClone().AsObject()));
        Assert.Contains(MeetingTexts.OnlyManagers.Message, CardCopy.Of(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BubblePage_IsAStaticDutchPageWithoutDecisionData()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri("/vergadering/stemming", UriKind.Relative));

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(MeetingChatTexts.BubblePageText, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private IEnumerable<ConnectorCall> ChatPosts() => _app.Connector.CallsTo("POST", TeamsActivity.MeetingChatId);

    private static JsonObject Form() => new()
    {
        ["form"] = "stemming",
        ["steeringGroupId"] = "basisinfrastructuur",
        ["title"] = "Uitstel van de vergadering?",
        ["options"] = "Ja\nNee",
        ["closesDate"] = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["closesTime"] = "17:00",
    };
}

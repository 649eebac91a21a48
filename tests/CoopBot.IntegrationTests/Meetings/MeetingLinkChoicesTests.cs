using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.Domain.Decisions;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Meetings;
using CoopBot.Testing;
using CoopBot.Decisions.Contracts;

namespace CoopBot.IntegrationTests.Meetings;

/// <summary>
/// Issue 16 §4: the agenda point and verslag forms offer that stuurgroep's decisions as choice lists labelled
/// "reference · title" instead of asking for ids; a forged value is refused in Dutch and nothing is written.
/// </summary>
[Collection(AzuriteQueueFixture.Collection)]
public sealed class MeetingLinkChoicesTests(AzuriteQueueFixture azurite) : IAsyncLifetime
{
    private static readonly DemoUser BelevenChair = new("user-id-8", "a1c0ffee-0000-4000-8000-000000000008", "Ilse Van Damme");

    private CoopBotApp _app = null!;
    private MeetingFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server, settings: MeetingFlow.BroadcastSettings());
        _flow = new MeetingFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AgendaForm_OffersOnlyThisStuurgroepsOpenDecisions_ForgedChoiceRefused_InputKept()
    {
        var polls = new PollFlow(_app);
        var open = await polls.CreatePollAsync("Keuze leverancier bibliotheekwebsites", "A", "B");
        var closed = await polls.CreateAsync("voorstel", "Al gesloten voorstel");
        await polls.CloseAsync(DemoUser.Chair, closed);
        var elsewhere = await OtherStuurgroepDecisionAsync();
        var meetingId = await _flow.ScheduleMeetingAsync(MeetingFlow.InDays(20), 60, "Najaarsvergadering");

        var picker = Input(_flow.Threads()[^1].Card!, "itemDecisions");
        var reference = await ReferenceAsync(open);
        var choice = Assert.Single(picker["choices"]!.AsArray());
        Assert.Equal(open, choice!["value"]!.GetValue<string>());
        Assert.Equal($"{reference} · Keuze leverancier bibliotheekwebsites", choice["title"]!.GetValue<string>());
        Assert.True(picker["isMultiSelect"]!.GetValue<bool>());

        // A value that was never offered (another stuurgroep's decision) is refused; the point is not added; the form keeps what was typed.
        var forged = await AddItemAsync(meetingId, "Roadmap websites", elsewhere);
        Assert.Contains("bestaat niet in het besluitenregister van deze stuurgroep", MeetingFlow.CardText(forged), StringComparison.Ordinal);
        Assert.Empty(await AgendaAsync(meetingId));
        var kept = forged["value"]!;
        Assert.Equal("Roadmap websites", Input(kept, "itemTitle")["value"]!.GetValue<string>());
        Assert.Equal(elsewhere, Input(kept, "itemDecisions")["value"]!.GetValue<string>());

        // The reference works where an id is expected; the stored link is the id.
        var added = await AddItemAsync(meetingId, "Roadmap websites", reference.ToLowerInvariant());
        Assert.Contains(MeetingTexts.ItemAdded, CardCopy.Of(added), StringComparison.Ordinal);
        Assert.Equal([open], Assert.Single(await AgendaAsync(meetingId)).DecisionIds);
    }

    [Fact]
    public async Task MinutesForm_OffersThisStuurgroepsDecisions_ForgedChoiceRefused_TextKept()
    {
        var polls = new PollFlow(_app);
        var decided = await polls.CreatePollAsync("Keuze zoekmachine", "A", "B");
        await polls.CloseAsync(DemoUser.Chair, decided);
        var elsewhere = await OtherStuurgroepDecisionAsync();
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var start = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddSeconds(6), brussels).DateTime;
        var meetingId = await _flow.ScheduleMeetingAsync(new DateTime(start.Ticks - (start.Ticks % TimeSpan.TicksPerSecond)), 15, "Korte vergadering");
        Assert.Contains("toegevoegd", MeetingFlow.CardText(await AddItemAsync(meetingId, "Zoekmachine", null)), StringComparison.Ordinal);
        await Eventually.TrueAsync(() => DateTime.UtcNow > TimeZoneInfo.ConvertTimeToUtc(start, brussels).AddSeconds(1), MeetingFlow.Wait, "the meeting has started");

        var form = (await _flow.InvokeAsync(DemoUser.Chair, "meetings.minutesform", new JsonObject { ["meetingId"] = meetingId }))["value"]!;
        var picker = Input(form, "decisions1");
        var choice = Assert.Single(picker["choices"]!.AsArray());
        Assert.Equal(decided, choice!["value"]!.GetValue<string>());
        Assert.StartsWith(await ReferenceAsync(decided), choice["title"]!.GetValue<string>(), StringComparison.Ordinal);

        var minutes = new JsonObject { ["meetingId"] = meetingId, ["text1"] = "We kozen zoekmachine A.", ["decisions1"] = $"{decided},{elsewhere}" };
        var refused = await _flow.InvokeAsync(DemoUser.Chair, "meetings.publish", minutes);
        Assert.Contains("bestaat niet in het besluitenregister van deze stuurgroep", MeetingFlow.CardText(refused), StringComparison.Ordinal);
        var meeting = (await _app.GetService<MeetingStore>().GetAsync(meetingId, default))!.Meeting;
        Assert.Null(meeting.Minutes);
        Assert.Null(meeting.DraftMinutes);
        var kept = refused["value"]!;
        Assert.Equal("We kozen zoekmachine A.", Input(kept, "text1")["value"]!.GetValue<string>());
        Assert.Equal($"{decided},{elsewhere}", Input(kept, "decisions1")["value"]!.GetValue<string>());
    }

    private async Task<string> OtherStuurgroepDecisionAsync()
    {
        var created = await _app.GetService<DecisionCreation>().CreateAsync(
            new CreatePollRequest("beleven", new CoopBot.Common.Actor(BelevenChair.AadObjectId, BelevenChair.Name, BelevenChair.TeamsId), PollKinds.Proposal.Id,
                "Arcadegames vernieuwen", null, [], null, $"test|{Guid.NewGuid():N}"),
            default);
        Assert.True(created.IsSuccess, created.Rejection?.Message);
        Assert.StartsWith("BL-", created.Value!.Reference, StringComparison.Ordinal);
        return created.Value.Id;
    }

    private async Task<string> ReferenceAsync(string pollId) =>
        (await _app.GetService<DecisionService>().FindAsync(pollId, default))!.Reference!;

    private async Task<IReadOnlyList<Domain.Meetings.AgendaItem>> AgendaAsync(string meetingId) =>
        (await _app.GetService<MeetingStore>().GetAsync(meetingId, default))!.Meeting.Agenda;

    private Task<JsonNode> AddItemAsync(string meetingId, string title, string? decisions) =>
        _flow.InvokeAsync(DemoUser.Chair, "meetings.additem", new JsonObject
        {
            ["meetingId"] = meetingId,
            ["itemTitle"] = title,
            ["itemPresenter"] = "Hannes Vermeulen",
            ["itemMinutes"] = "15",
            ["itemConfidential"] = "false",
            ["itemDecisions"] = decisions,
        });

    /// <summary>The input with this id anywhere in the card (the agenda form sits in a ShowCard).</summary>
    private static JsonNode Input(JsonNode card, string id) =>
        Descendants(card).First(n => n is JsonObject o && o["id"]?.GetValue<string>() == id);

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}

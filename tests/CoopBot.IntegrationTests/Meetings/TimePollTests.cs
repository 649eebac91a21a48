using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Meetings;

namespace CoopBot.IntegrationTests.Meetings;

/// <summary>Issue 7, time poll: members answer ja / als het moet / nee per slot; the chair sees the summary and picks.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class TimePollTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private MeetingFlow _flow = null!;

    private static int NextYear => DateTime.UtcNow.Year + 1;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new MeetingFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<string> StartPollAsync(params DateTime[] moments)
    {
        var data = new JsonObject { ["steeringGroupId"] = MeetingFlow.Group, ["title"] = "Voorjaarsoverleg" };
        for (var i = 0; i < moments.Length; i++)
        {
            MeetingFlow.AddMoment(data, i + 1, moments[i], 90, online: i != 1, place: i == 1 ? "Cultuurconnect, Brussel" : null);
        }

        var response = await _flow.InvokeAsync(DemoUser.Chair, "meetings.poll", data);
        Assert.Contains(MeetingTexts.TimePollStartedHeading, response.ToJsonString(), StringComparison.Ordinal);
        return MeetingFlow.MeetingIdOf(_flow.Threads()[^1].Card!);
    }

    private Task<JsonNode> AnswerAsync(DemoUser who, string meetingId, params string[] answers)
    {
        var data = new JsonObject { ["meetingId"] = meetingId };
        for (var i = 0; i < answers.Length; i++)
        {
            data[$"slots{i + 1}"] = answers[i];
        }

        return _flow.InvokeAsync(who, "meetings.answer", data);
    }

    [Fact]
    public async Task TimePoll_MembersAnswer_SummaryPerSlot_ChairPicksBest_MeetingIsPlanned()
    {
        var meetingId = await StartPollAsync(new DateTime(NextYear, 4, 14, 10, 0, 0), new DateTime(NextYear, 4, 15, 14, 0, 0), new DateTime(NextYear, 4, 16, 10, 0, 0));

        await AnswerAsync(DemoUser.Bram, meetingId, "Ja", "AlsHetMoet", "Nee");
        await AnswerAsync(DemoUser.Chloe, meetingId, "Nee", "Ja", "Ja");
        var dries = await AnswerAsync(DemoUser.Dries, meetingId, "Ja", "Ja", "Nee");
        var changed = await AnswerAsync(DemoUser.Bram, meetingId, "Ja", "Ja", "Nee"); // the last answer counts
        var outsider = await AnswerAsync(DemoUser.NonMember, meetingId, "Ja", "Ja", "Ja");

        Assert.Contains(MeetingTexts.AnswersSaved, CardCopy.Of(dries), StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.OnlyMembers.Message, CardCopy.Of(outsider), StringComparison.Ordinal);
        var summary = MeetingFlow.CardText(changed);
        Assert.Contains(MeetingFlow.Escape("2 ja · 0 als het moet · 1 nee"), summary, StringComparison.Ordinal);
        Assert.Contains(MeetingFlow.Escape("3 ja · 0 als het moet · 0 nee"), summary, StringComparison.Ordinal);
        Assert.Matches($"Beste moment tot nu toe: [a-z]+ 15 april {NextYear} om 14:00", summary);

        var byMember = await _flow.InvokeAsync(DemoUser.Bram, "meetings.pick", new JsonObject { ["meetingId"] = meetingId, ["pick"] = "s2" });
        var picked = await _flow.InvokeAsync(DemoUser.Chair, "meetings.pick", new JsonObject { ["meetingId"] = meetingId, ["pick"] = "s2" });
        var late = await AnswerAsync(DemoUser.Els, meetingId, "Ja", "Ja", "Ja");

        Assert.Contains(MeetingTexts.OnlyManagers.Message, CardCopy.Of(byMember), StringComparison.Ordinal);
        var card = MeetingFlow.CardText(picked);
        Assert.Contains("Het moment ligt vast", card, StringComparison.Ordinal);
        Assert.Contains(MeetingFlow.Escape($"15 april {NextYear} om 14:00 tot 15:30"), card, StringComparison.Ordinal);
        Assert.Contains("Cultuurconnect, Brussel", card, StringComparison.Ordinal);
        Assert.Contains("meetings.rsvp", card, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.NotPolling.Message, CardCopy.Of(late), StringComparison.Ordinal);
        await _flow.WaitForCallAsync("PUT", "/activities/", "Aanwezigheid");
    }

    [Theory]
    [InlineData(1, "2 tot 6 mogelijke momenten")]
    [InlineData(0, "Geef een geldige datum")]
    public async Task TimePoll_WrongNumberOfSlots_IsRefused(int slots, string message)
    {
        var data = new JsonObject { ["steeringGroupId"] = MeetingFlow.Group };
        for (var i = 1; i <= slots; i++)
        {
            MeetingFlow.AddMoment(data, i, new DateTime(NextYear, 5, i, 10, 0, 0));
        }

        var response = await _flow.InvokeAsync(DemoUser.Chair, "meetings.poll", data);

        Assert.Contains(MeetingFlow.Escape(message), MeetingFlow.CardText(response), StringComparison.Ordinal);
        Assert.Empty(_flow.Threads());
    }

    [Fact]
    public async Task TimePoll_PickWhenYearIsFull_IsRefusedByTheCap()
    {
        var meetingId = await StartPollAsync(new DateTime(NextYear, 6, 2, 10, 0, 0), new DateTime(NextYear, 6, 3, 10, 0, 0));
        await _flow.ScheduleMeetingAsync(new DateTime(NextYear, 2, 10, 14, 0, 0));
        await _flow.ScheduleMeetingAsync(new DateTime(NextYear, 5, 10, 14, 0, 0));
        await _flow.ScheduleMeetingAsync(new DateTime(NextYear, 9, 10, 14, 0, 0));

        var pick = await _flow.InvokeAsync(DemoUser.Chair, "meetings.pick", new JsonObject { ["meetingId"] = meetingId, ["pick"] = "s1" });

        Assert.Contains("De stuurgroep komt 1", System.Text.RegularExpressions.Regex.Unescape(MeetingFlow.CardText(pick)), StringComparison.Ordinal);
    }
}

using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Meetings;

namespace CoopBot.IntegrationTests.Meetings;

/// <summary>Issue 7, scheduling: the planning form, a fixed date, the yearly cap, RSVP, reschedule and cancel, over HTTP.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class MeetingSchedulingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private MeetingFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new MeetingFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static int NextYear => DateTime.UtcNow.Year + 1;

    [Fact]
    public async Task VergaderingPlannen_Chair_GetsPlanningForm()
    {
        await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.Chair, "vergadering plannen"));

        var sent = Assert.Single(_app.Connector.CallsTo("POST", "/activities"));
        Assert.Contains(MeetingTexts.PlanHeading, sent.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["meetings.schedule", "meetings.poll"], sent.Card!["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
    }

    [Fact]
    public async Task VergaderingPlannen_Member_IsRefusedServerSide()
    {
        await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.Bram, "vergadering plannen"));
        var viaCard = await _flow.ScheduleAsync(MeetingFlow.InDays(20), by: DemoUser.Bram);

        Assert.Contains(MeetingTexts.OnlyManagers.Message, Assert.Single(_app.Connector.CallsTo("POST", "/activities")).Text, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.OnlyManagers.Message, CardCopy.Of(viaCard), StringComparison.Ordinal);
        Assert.Empty(_flow.Threads());
    }

    [Fact]
    public async Task Schedule_FixedDate_PostsMeetingCardInBrusselsTime()
    {
        var summer = new DateTime(NextYear, 7, 7, 14, 0, 0);

        await _flow.ScheduleMeetingAsync(summer, 90, "Zomeroverleg");

        var card = _flow.Threads().Single().Card!.ToJsonString();
        Assert.Contains(MeetingFlow.Escape($"7 juli {NextYear} om 14:00 tot 15:30"), card, StringComparison.Ordinal);
        Assert.Contains("Zomeroverleg", card, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.Online, card, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTexts.JoinButton, card, StringComparison.Ordinal); // no Graph: no Teams link
    }

    [Fact]
    public async Task Schedule_FourthInOneYear_IsRefusedQuotingTheRule_CancelledOnesDoNotCount()
    {
        var first = await _flow.ScheduleMeetingAsync(new DateTime(NextYear, 2, 10, 14, 0, 0));
        await _flow.ScheduleMeetingAsync(new DateTime(NextYear, 5, 10, 14, 0, 0));
        await _flow.ScheduleMeetingAsync(new DateTime(NextYear, 9, 10, 14, 0, 0));

        var fourth = MeetingFlow.CardText(await _flow.ScheduleAsync(new DateTime(NextYear, 11, 10, 14, 0, 0)));
        Assert.Contains("De stuurgroep komt 1 à 3 keer per jaar samen.", System.Text.RegularExpressions.Regex.Unescape(fourth), StringComparison.Ordinal);
        Assert.Contains($"In {NextYear} zijn er al 3 vergaderingen gepland of gehouden", System.Text.RegularExpressions.Regex.Unescape(fourth), StringComparison.Ordinal);
        Assert.Equal(3, _flow.Threads().Count);

        await _flow.InvokeAsync(DemoUser.Chair, "meetings.cancel", new JsonObject { ["meetingId"] = first });
        var again = await _flow.ScheduleAsync(new DateTime(NextYear, 11, 10, 14, 0, 0));
        Assert.Contains(MeetingTexts.PlannedHeading, again.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_ConcurrentRequestsForTheLastPlace_OnlyOneIsPlanned()
    {
        await _flow.ScheduleMeetingAsync(new DateTime(NextYear, 2, 10, 14, 0, 0));
        await _flow.ScheduleMeetingAsync(new DateTime(NextYear, 5, 10, 14, 0, 0));

        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => _flow.ScheduleAsync(new DateTime(NextYear, 9, 10 + i, 14, 0, 0))));

        Assert.Single(racing, r => r.ToJsonString().Contains(MeetingTexts.PlannedHeading, StringComparison.Ordinal));
        Assert.Equal(3, _flow.Threads().Count);
    }

    [Fact]
    public async Task Schedule_RedeliveredActivity_PlansOnce()
    {
        await _flow.ScheduleAsync(MeetingFlow.InDays(40), activityId: "f:redelivered");
        await _flow.ScheduleAsync(MeetingFlow.InDays(40), activityId: "f:redelivered");

        Assert.Single(_flow.Threads());
    }

    [Theory]
    [InlineData("2020-01-01", "14:00", "120", "in het verleden")]
    [InlineData("morgen", "14:00", "120", "Geef een geldige datum")]
    [InlineData("2099-01-01", "14:00", "5", "Geef een geldige datum")]
    public async Task Schedule_BadInput_ShowsFormWithDutchMessage(string date, string time, string minutes, string message)
    {
        var data = new JsonObject { ["steeringGroupId"] = MeetingFlow.Group, ["date1"] = date, ["time1"] = time, ["minutes1"] = minutes, ["online1"] = "true" };

        var response = await _flow.InvokeAsync(DemoUser.Chair, "meetings.schedule", data);

        Assert.Equal(200, response["statusCode"]!.GetValue<int>());
        Assert.Contains(MeetingFlow.Escape(message), MeetingFlow.CardText(response), StringComparison.Ordinal);
        Assert.Empty(_flow.Threads());
    }

    [Theory]
    [InlineData("2020-01-01", "09:30", "90")] // "in het verleden": date and time stay as typed
    [InlineData("2099-03-04", "10:15", "5")] // too short: the 5 stays, the message names 15 to 480
    public async Task Schedule_Refused_FormKeepsWhatWasTyped(string date, string time, string minutes)
    {
        var data = new JsonObject { ["steeringGroupId"] = MeetingFlow.Group, ["date1"] = date, ["time1"] = time, ["minutes1"] = minutes, ["online1"] = "true" };

        var response = await _flow.InvokeAsync(DemoUser.Chair, "meetings.schedule", data);

        var inputs = response["value"]!["body"]!.AsArray().SelectMany(Inputs).ToDictionary(i => i["id"]!.GetValue<string>(), i => i["value"]?.ToJsonString());
        Assert.Equal($"\"{date}\"", inputs["date1"]);
        Assert.Equal($"\"{time}\"", inputs["time1"]);
        Assert.Equal(minutes, inputs["minutes1"]);
        Assert.DoesNotContain("\"min\"", response.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(_flow.Threads());
    }

    // Inputs at any depth of a card body (moments sit in containers).
    private static IEnumerable<JsonNode> Inputs(JsonNode? element) =>
        element is null ? []
        : element["id"] is not null && element["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) ? [element]
        : (element["items"] as JsonArray ?? []).SelectMany(Inputs);

    [Fact]
    public async Task Schedule_OnSiteWithoutPlace_IsRefused()
    {
        var response = await _flow.ScheduleAsync(MeetingFlow.InDays(30), online: false);

        Assert.Contains("vul de plaats in", MeetingFlow.CardText(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rsvp_MembersAnswer_SharedCardCountsAndNonMemberIsRefused()
    {
        var meetingId = await _flow.ScheduleMeetingAsync(MeetingFlow.InDays(30));

        var bram = await _flow.InvokeAsync(DemoUser.Bram, "meetings.rsvp", new JsonObject { ["meetingId"] = meetingId, ["answer"] = "Aanwezig" });
        await _flow.InvokeAsync(DemoUser.Chloe, "meetings.rsvp", new JsonObject { ["meetingId"] = meetingId, ["answer"] = "Afwezig" });
        var outsider = await _flow.InvokeAsync(DemoUser.NonMember, "meetings.rsvp", new JsonObject { ["meetingId"] = meetingId, ["answer"] = "Aanwezig" });

        Assert.Contains(MeetingTexts.NotedPresent, CardCopy.Of(bram), StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.OnlyMembers.Message, CardCopy.Of(outsider), StringComparison.Ordinal);
        var update = await _flow.WaitForCallAsync("PUT", "/activities/", "1 aanwezig · 1 afwezig · 5 nog niet geantwoord");
        Assert.NotNull(update);
    }

    [Fact]
    public async Task RescheduleAndCancel_ChairOnly()
    {
        var meetingId = await _flow.ScheduleMeetingAsync(new DateTime(NextYear, 3, 3, 10, 0, 0));
        var move = new JsonObject { ["meetingId"] = meetingId };
        MeetingFlow.AddMoment(move, 1, new DateTime(NextYear, 3, 10, 15, 30, 0), 60);

        var byMember = await _flow.InvokeAsync(DemoUser.Bram, "meetings.reschedule", move);
        var byChair = await _flow.InvokeAsync(DemoUser.Chair, "meetings.reschedule", move);
        var cancelByMember = await _flow.InvokeAsync(DemoUser.Dries, "meetings.cancel", new JsonObject { ["meetingId"] = meetingId });
        var cancel = await _flow.InvokeAsync(DemoUser.Chair, "meetings.cancel", new JsonObject { ["meetingId"] = meetingId });
        var cancelAgain = await _flow.InvokeAsync(DemoUser.Chair, "meetings.cancel", new JsonObject { ["meetingId"] = meetingId });

        Assert.Contains(MeetingTexts.OnlyManagers.Message, CardCopy.Of(byMember), StringComparison.Ordinal);
        Assert.Contains(MeetingFlow.Escape($"10 maart {NextYear} om 15:30 tot 16:30"), MeetingFlow.CardText(byChair), StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.OnlyManagers.Message, CardCopy.Of(cancelByMember), StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.Cancelled, CardCopy.Of(cancel), StringComparison.Ordinal);
        Assert.Contains("Geannuleerd", MeetingFlow.CardText(cancel), StringComparison.Ordinal);
        Assert.Contains("Deze vergadering is geannuleerd; ze kan niet meer worden gewijzigd", MeetingFlow.CardText(cancelAgain), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMeetingId_GetsDutch400()
    {
        var response = await _flow.InvokeAsync(DemoUser.Chair, "meetings.cancel", new JsonObject { ["meetingId"] = "bestaat/niet" });

        Assert.Equal(400, response["statusCode"]!.GetValue<int>());
        Assert.Contains(MeetingTexts.NotFound.Message, CardCopy.Of(response), StringComparison.Ordinal);
    }
}

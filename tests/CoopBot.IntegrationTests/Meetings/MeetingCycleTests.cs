using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Meetings;

namespace CoopBot.IntegrationTests.Meetings;

/// <summary>
/// Issue 7, agenda and verslag: the whole cycle over HTTP with the demo registry. The agenda goes to the channel and,
/// redacted, to every afnemer; the chair publishes the verslag; an afnemer's feedback reaches the meeting thread.
/// The leak check looks at every payload that left for an afnemer conversation and at the stored broadcast cards.
/// </summary>
[Collection(AzuriteQueueFixture.Collection)]
public sealed class MeetingCycleTests(AzuriteQueueFixture azurite) : IAsyncLifetime
{
    // bib-antwerpen's recorded conversation in the demo registry: the afnemer side of the broadcast.
    private const string AfnemerConversation = "19:stuurgroep-basisinfrastructuur@thread.tacv2/activities";
    private static readonly string[] Confidential = ["Offerte", "Zeta", "87.500", "87500", "levering in mei", "Aquabrowser-vervanging", "Jeroen Mertens"];

    private CoopBotApp _app = null!;
    private MeetingFlow _flow = null!;

    public async Task InitializeAsync()
    {
        var settings = MeetingFlow.BroadcastSettings();
        settings["Meetings:AgendaLeadTime"] = "00:00:08";
        settings["Meetings:AgendaUpdateDelay"] = "00:00:01";
        _app = await CoopBotApp.StartAsync(azurite.Server, settings: settings);
        _flow = new MeetingFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AgendaVerslagFeedback_PublicVersionsCarryNothingConfidential()
    {
        var pollId = await new PollFlow(_app).CreatePollAsync("Keuze leverancier bibliotheekwebsites");
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var start = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddSeconds(16), brussels).DateTime;
        var meetingId = await _flow.ScheduleMeetingAsync(new DateTime(start.Ticks - (start.Ticks % TimeSpan.TicksPerSecond)), 15, "Najaarsvergadering");

        var badLink = await AddItemAsync(meetingId, "Rondvraag", "An Peeters", "10", confidential: false, decisions: "bestaat-niet");
        Assert.Contains("bestaat niet in het besluitenregister", MeetingFlow.CardText(badLink), StringComparison.Ordinal);
        await AddItemAsync(meetingId, "Roadmap bibliotheekwebsites", "Hannes Vermeulen", "30", confidential: false, decisions: pollId);
        await AddItemAsync(meetingId, "Offerte Zeta: Aquabrowser-vervanging", "Jeroen Mertens", "20", confidential: true, amount: "87.500,00");
        await AddItemAsync(meetingId, "Rondvraag", "An Peeters", "10", confidential: false);

        var fullAgenda = await _flow.WaitForCallAsync("POST", "19:basisinfrastructuur-besluiten@thread.tacv2", MeetingTexts.FullAgendaKind);
        Assert.Contains("87.500,00", Unescaped(fullAgenda.Body!.ToJsonString()), StringComparison.Ordinal);
        var publicAgenda = await _flow.WaitForCallAsync("POST", AfnemerConversation, MeetingTexts.PublicAgendaKind);
        Assert.Contains(MeetingTexts.ConfidentialMarker, publicAgenda.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Keuze leverancier bibliotheekwebsites", publicAgenda.Body.ToJsonString(), StringComparison.Ordinal);

        await Eventually.TrueAsync(() => DateTime.UtcNow > TimeZoneInfo.ConvertTimeToUtc(start, brussels).AddSeconds(1), MeetingFlow.Wait, "the meeting has started");
        var form = await _flow.InvokeAsync(DemoUser.Chair, "meetings.minutesform", new JsonObject { ["meetingId"] = meetingId });
        Assert.Contains(MeetingTexts.MinutesFormHeading, MeetingFlow.CardText(form), StringComparison.Ordinal);
        var minutes = new JsonObject
        {
            ["meetingId"] = meetingId,
            ["text1"] = "De roadmap werd goedgekeurd.",
            ["decisions1"] = pollId,
            ["text2"] = "Offerte Zeta aanvaard voor 87.500 euro; levering in mei.",
            ["text3"] = "Geen vragen.",
            ["present"] = $"{DemoUser.Chair.AadObjectId},{DemoUser.Bram.AadObjectId}",
        };
        var published = await _flow.InvokeAsync(DemoUser.Chair, "meetings.publish", minutes);
        Assert.Contains(MeetingTexts.MinutesPublishedNotice, CardCopy.Of(published), StringComparison.Ordinal);
        var again = await _flow.InvokeAsync(DemoUser.Chair, "meetings.publish", minutes);
        Assert.Contains(MeetingTexts.MinutesPublished.Message, CardCopy.Of(again), StringComparison.Ordinal);

        var fullMinutes = await _flow.WaitForCallAsync("POST", "19:basisinfrastructuur-besluiten@thread.tacv2", MeetingTexts.FullMinutesKind);
        Assert.Contains("Offerte Zeta aanvaard", fullMinutes.Body!.ToJsonString(), StringComparison.Ordinal);
        var publicMinutes = await _flow.WaitForCallAsync("POST", AfnemerConversation, MeetingTexts.PublicMinutesKind);
        Assert.Contains("De roadmap werd goedgekeurd", publicMinutes.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Aanwezig: An Peeters, Bram Claes", publicMinutes.Body.ToJsonString(), StringComparison.Ordinal);
        await _flow.WaitForCallAsync("PUT", "/activities/", "1 van 1");

        var feedback = new JsonObject { ["meetingId"] = meetingId, ["feedback"] = "Graag meer uitleg over de roadmap!" };
        var thanks = await _flow.InvokeAsync(DemoUser.NonMember, "meetings.feedback", feedback, "f:feedback-1");
        await _flow.InvokeAsync(DemoUser.NonMember, "meetings.feedback", feedback, "f:feedback-1");
        Assert.Contains("Bedankt", MeetingFlow.CardText(thanks), StringComparison.Ordinal);
        var relayed = await _flow.WaitForCallAsync("POST", "19:basisinfrastructuur-besluiten@thread.tacv2", "Feedback van Fien De Smet op het verslag");
        Assert.Single(_app.Connector.Calls, c => MeetingFlow.Contains(c, "Graag meer uitleg over de roadmap"));
        Assert.NotNull(relayed);

        var afnemerPayloads = _app.Connector.Calls.Where(c => c.Path.Contains(AfnemerConversation, StringComparison.Ordinal)).Select(c => c.Body!.ToJsonString())
            .Append(MeetingFlow.CardText(thanks))
            .Concat(await StoredBroadcastCardsAsync(meetingId))
            .ToList();
        Assert.True(afnemerPayloads.Count >= 4, $"public agenda, public verslag, feedback answer and stored cards; got {afnemerPayloads.Count}");
        var sentCards = _app.Connector.Calls.Select(c => c.Card).OfType<JsonNode>().ToList();
        var parsed = await ReferenceCardValidator.ValidateAsync(sentCards);
        Assert.All(parsed, r => Assert.True(r.IsClean && r.Bytes < 28 * 1024, r.ToString()));
        Assert.All(afnemerPayloads, payload => Assert.All(Confidential, secret => Assert.False(Unescaped(payload).Contains(secret, StringComparison.OrdinalIgnoreCase), $"{secret} leaked: {Unescaped(payload)}")));
    }

    [Fact]
    public async Task PointsAddedAfterTheAgendaWentOut_OneUpdatedAgendaReachesTheAfnemers_WithoutConfidentialDetails()
    {
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var start = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddSeconds(10), brussels).DateTime;
        var meetingId = await _flow.ScheduleMeetingAsync(new DateTime(start.Ticks - (start.Ticks % TimeSpan.TicksPerSecond)), 15, "Najaarsvergadering");
        await AddItemAsync(meetingId, "Roadmap bibliotheekwebsites", "Hannes Vermeulen", "30", confidential: false);
        await _flow.WaitForCallAsync("POST", AfnemerConversation, MeetingTexts.PublicAgendaKind);

        // Two points added right after each other: one updated agenda, in the thread and to every afnemer.
        await AddItemAsync(meetingId, "Offerte Zeta: Aquabrowser-vervanging", "Jeroen Mertens", "20", confidential: true, amount: "87.500,00");
        await AddItemAsync(meetingId, "Rondvraag", "An Peeters", "10", confidential: false);
        var updated = await _flow.WaitForCallAsync("POST", AfnemerConversation, "Bijgewerkte agenda");
        var body = Unescaped(updated.Body!.ToJsonString());
        Assert.Contains("Rondvraag", body, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.ConfidentialMarker, body, StringComparison.Ordinal);
        Assert.All(Confidential, secret => Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase));
        await Eventually.TrueAsync(
            () => _app.Connector.Calls.Count(c => c.Path.Contains("19:basisinfrastructuur-besluiten@thread.tacv2", StringComparison.Ordinal) && MeetingFlow.Contains(c, MeetingTexts.FullAgendaKind)) == 2,
            MeetingFlow.Wait,
            "the updated full agenda in the meeting thread");
        await Task.Delay(TimeSpan.FromSeconds(2)); // the second point's own update job has run by now, and found nothing new
        Assert.Single(_app.Connector.Calls, c => c.Path.Contains(AfnemerConversation, StringComparison.Ordinal) && MeetingFlow.Contains(c, "Bijgewerkte agenda"));
    }

    [Theory]
    [InlineData("voor", true)]
    [InlineData("tegen", false)]
    public async Task VerslagApprovedByTheMembers_IsPublishedOnlyWhenTheProposalPasses(string vote, bool approved)
    {
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var start = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddSeconds(4), brussels).DateTime;
        var meetingId = await _flow.ScheduleMeetingAsync(new DateTime(start.Ticks - (start.Ticks % TimeSpan.TicksPerSecond)), 15, "Najaarsvergadering");
        await AddItemAsync(meetingId, "Roadmap bibliotheekwebsites", "Hannes Vermeulen", "30", confidential: false);
        await AddItemAsync(meetingId, "Offerte Zeta: Aquabrowser-vervanging", "Jeroen Mertens", "20", confidential: true, amount: "87.500,00");
        await Eventually.TrueAsync(() => DateTime.UtcNow > TimeZoneInfo.ConvertTimeToUtc(start, brussels).AddSeconds(1), MeetingFlow.Wait, "the meeting has started");
        var minutes = new JsonObject
        {
            ["meetingId"] = meetingId,
            ["text1"] = "De roadmap werd besproken.",
            ["text2"] = "Offerte Zeta aanvaard voor 87.500 euro; levering in mei.",
            ["present"] = $"{DemoUser.Chair.AadObjectId},{DemoUser.Bram.AadObjectId}",
        };

        // The chair asks for approval: the draft goes to the meeting thread, a proposal to the channel; nothing to afnemers.
        var submitted = await _flow.InvokeAsync(DemoUser.Chair, "meetings.approval", minutes, "f:approval-1");
        Assert.Contains(MeetingTexts.MinutesSubmittedForApproval, CardCopy.Of(submitted), StringComparison.Ordinal);
        await _flow.InvokeAsync(DemoUser.Chair, "meetings.approval", minutes, "f:approval-1");
        var proposal = Assert.Single(_flow.Threads(), t => MeetingFlow.Contains(t, "Goedkeuring verslag: Najaarsvergadering"));
        await _flow.WaitForCallAsync("POST", "19:basisinfrastructuur-besluiten@thread.tacv2", "Ontwerpverslag (ter goedkeuring");
        var direct = await _flow.InvokeAsync(DemoUser.Chair, "meetings.publish", minutes);
        Assert.Contains(MeetingTexts.MinutesAwaitingApproval.Message, CardCopy.Of(direct), StringComparison.Ordinal);
        Assert.DoesNotContain(_app.Connector.Calls, c => c.Path.Contains(AfnemerConversation, StringComparison.Ordinal) && MeetingFlow.Contains(c, MeetingTexts.PublicMinutesKind));

        var polls = new PollFlow(_app);
        var pollId = PollFlow.PollIdOf(proposal.Card!);
        foreach (var member in new[] { DemoUser.Bram, DemoUser.Chloe })
        {
            await polls.VoteAsync(member, pollId, vote);
        }

        await polls.CloseAsync(DemoUser.Chair, pollId);
        if (approved)
        {
            var publicMinutes = await _flow.WaitForCallAsync("POST", AfnemerConversation, MeetingTexts.PublicMinutesKind);
            Assert.Contains("De roadmap werd besproken", publicMinutes.Body!.ToJsonString(), StringComparison.Ordinal);
            Assert.All(Confidential, secret => Assert.DoesNotContain(secret, Unescaped(publicMinutes.Body.ToJsonString()), StringComparison.OrdinalIgnoreCase));
            await _flow.WaitForCallAsync("POST", "19:basisinfrastructuur-besluiten@thread.tacv2", MeetingTexts.FullMinutesKind);
        }
        else
        {
            await _flow.WaitForCallAsync("POST", "19:basisinfrastructuur-besluiten@thread.tacv2", "niet goedgekeurd");
            var form = await _flow.InvokeAsync(DemoUser.Chair, "meetings.minutesform", new JsonObject { ["meetingId"] = meetingId });
            Assert.Contains(MeetingTexts.MinutesFormHeading, MeetingFlow.CardText(form), StringComparison.Ordinal);
            Assert.DoesNotContain(_app.Connector.Calls, c => MeetingFlow.Contains(c, MeetingTexts.PublicMinutesKind));
        }
    }

    /// <summary>Card text is markdown-escaped ("87\\.500") and JSON-escaped; compare on the plain characters.</summary>
    private static string Unescaped(string json) => System.Text.RegularExpressions.Regex.Unescape(json).Replace("\\", string.Empty, StringComparison.Ordinal);

    private Task<JsonNode> AddItemAsync(string meetingId, string title, string presenter, string minutes, bool confidential, string? decisions = null, string? amount = null) =>
        _flow.InvokeAsync(DemoUser.Chair, "meetings.additem", new JsonObject
        {
            ["meetingId"] = meetingId,
            ["itemTitle"] = title,
            ["itemPresenter"] = presenter,
            ["itemMinutes"] = minutes,
            ["itemConfidential"] = confidential ? "true" : "false",
            ["itemDecisions"] = decisions,
            ["itemAmount"] = amount,
        });

    private async Task<IEnumerable<string>> StoredBroadcastCardsAsync(string meetingId)
    {
        var table = await _app.GetService<CoopBot.Broadcasts.BroadcastService>().Table(CancellationToken.None);
        var cards = new List<string>();
        foreach (var kind in new[] { "agenda", "verslag" })
        {
            var header = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>($"b|{meetingId}.{kind}", "~h", cancellationToken: CancellationToken.None)).Value;
            cards.Add(header.GetString("Card")!);
        }

        return cards;
    }
}

using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.IntegrationTests.Meetings;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Playground.PlaygroundEvent;
using CoopBot.Meetings;

namespace CoopBot.IntegrationTests.Playground;

/// <summary>
/// Issue 7 in the real Agents Playground: the chair plans a meeting, adds agenda items (one confidential), the full agenda
/// reaches the stuurgroep channel and the public agenda the afnemers' conversation (the demo team's General channel,
/// through Azure Queue Storage), the chair publishes the verslag, and an afnemer's feedback reaches the meeting thread.
/// </summary>
[Collection(AzuriteQueueFixture.Collection)]
public sealed class MeetingCyclePlaygroundTests(AzuriteQueueFixture azurite) : PlaygroundTestBase(azurite.Server, MeetingFlow.BroadcastSettings())
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private const string AfnemerChannel = DemoUser.TeamId; // Bibliotheek Antwerpen's afnemer conversation in the demo registry

    [Fact]
    public async Task PlanAgendaVerslagFeedback_PublicVersionsReachTheAfnemersWithoutConfidentialDetails()
    {
        await using var events = await Playground.OpenEventsAsync();
        var chair = DemoUser.Chair.TeamsId;

        await Playground.SendMessageAsync(DemoUser.ChannelId, chair, "vergadering plannen", mentionBot: true);
        var form = await events.WaitForAsync(e => Verbs(e).Contains("meetings.schedule"), Wait);
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var start = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddSeconds(20), brussels).DateTime;
        var schedule = new JsonObject { ["steeringGroupId"] = "basisinfrastructuur", ["title"] = "Najaarsvergadering" };
        MeetingFlow.AddMoment(schedule, 1, new DateTime(start.Ticks - (start.Ticks % TimeSpan.TicksPerSecond)), 15);
        var planned = await Playground.ExecuteActionAsync(Conversation(form), MessageId(form), chair, "meetings.schedule", schedule);
        Assert.Contains(MeetingTexts.PlannedHeading, Text(planned), StringComparison.Ordinal);

        var meeting = await events.WaitForAsync(e => Text(e).Contains("\"verb\":\"meetings.additem\"", StringComparison.Ordinal), Wait);
        var meetingId = MeetingFlow.MeetingIdOf(Card(meeting)!);
        foreach (var (title, confidential, amount) in new[] { ("Offerte Zeta", true, "87.500,00"), ("Roadmap bibliotheekwebsites", false, (string?)null) })
        {
            await Playground.ExecuteActionAsync(Conversation(meeting), MessageId(meeting), chair, "meetings.additem", new JsonObject
            {
                ["meetingId"] = meetingId, ["itemTitle"] = title, ["itemPresenter"] = "An Peeters", ["itemMinutes"] = "20",
                ["itemConfidential"] = confidential ? "true" : "false", ["itemAmount"] = amount,
            });
        }

        var publicAgenda = await events.WaitForAsync(e => Conversation(e).StartsWith(AfnemerChannel, StringComparison.Ordinal) && Text(e).Contains(MeetingTexts.PublicAgendaKind, StringComparison.Ordinal), Wait);
        // The agenda goes out once the meeting is within 7 days (here at once); the confidential point is only named as such.
        Assert.Contains(MeetingTexts.ConfidentialMarker, Text(publicAgenda), StringComparison.Ordinal);
        Assert.DoesNotContain("87.500", Text(publicAgenda), StringComparison.Ordinal);

        await Eventually.TrueAsync(() => DateTime.UtcNow > TimeZoneInfo.ConvertTimeToUtc(start, brussels).AddSeconds(1), Wait, "the meeting has started");
        var published = await Playground.ExecuteActionAsync(Conversation(meeting), MessageId(meeting), chair, "meetings.publish", new JsonObject
        {
            ["meetingId"] = meetingId, ["text1"] = "Offerte Zeta aanvaard voor 87.500 euro.", ["text2"] = "De roadmap werd goedgekeurd.",
            ["present"] = DemoUser.Chair.AadObjectId,
        });
        Assert.Contains(MeetingTexts.MinutesPublishedNotice, CardCopy.Of(published), StringComparison.Ordinal);

        var publicMinutes = await events.WaitForAsync(e => Conversation(e).StartsWith(AfnemerChannel, StringComparison.Ordinal) && Text(e).Contains(MeetingTexts.PublicMinutesKind, StringComparison.Ordinal), Wait);
        Assert.Contains("De roadmap werd goedgekeurd", Text(publicMinutes), StringComparison.Ordinal);
        Assert.DoesNotContain("87.500", Text(publicMinutes), StringComparison.Ordinal);
        Assert.DoesNotContain("Offerte Zeta", Text(publicMinutes), StringComparison.Ordinal);

        // An afnemer (Fien De Smet, Bibliotheek Antwerpen) answers on the public verslag; it reaches the stuurgroep.
        await Playground.ExecuteActionAsync(Conversation(publicMinutes), MessageId(publicMinutes), DemoUser.NonMember.TeamsId, "meetings.feedback",
            new JsonObject { ["meetingId"] = meetingId, ["feedback"] = "Graag meer uitleg over de roadmap!" });
        await events.WaitForAsync(e => Text(e).Contains("Feedback van Fien De Smet op het verslag", StringComparison.Ordinal), Wait);
    }
}

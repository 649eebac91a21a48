using Azure.Data.Tables;
using CoopBot.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Protocol.Hosting;
using CoopBot.Registry.Contracts;
using SeatRole = CoopBot.Domain.Registry.SeatRole;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Decisions;

/// <summary>
/// The local loop's demo poll (issue 16 §1), on only with Registry:DemoPoll in Development with the demo registry.
/// The Agents Playground draws only messages that arrive while its page is open, and it announces each conversation
/// the page opens with a conversationUpdate. So when the page opens a stuurgroep channel, the one demo poll of that
/// stuurgroep is created (as its voorzitter, without any chat message) or, when it exists, its card is posted again
/// and becomes the card later updates go to. One fixed id per stuurgroep: a second stored copy cannot exist, and a
/// concurrent create hits 409 and posts the stored one.
/// </summary>
internal sealed class DemoPoll(
    DecisionService decisions,
    DecisionCreation creation,
    DecisionCardPoster poster,
    SharedCardUpdater cards,
    IMembershipDirectory directory,
    IDemoRegistry demo,
    TimeProvider clock)
{
    public static string IdOf(string steeringGroupId) => $"demo-{steeringGroupId}";

    public async Task OnChannelOpenedAsync(TurnContext turn, CancellationToken ct)
    {
        var channelData = turn.Activity.GetTeamsChannelData();
        var botAdded = turn.Activity.MembersAdded?.Any(m => m is not null && m.Id == turn.Activity.Recipient?.Id) ?? false;
        var channelId = channelData.Channel?.Id ?? channelData.Settings?.SelectedChannel?.Id;
        if (!demo.DemoPollEnabled || !botAdded || channelId is null || await directory.FindByTeamAsync(channelData.Team?.Id, channelId, ct) is not { } group)
        {
            return;
        }

        var poll = await decisions.FindAsync(IdOf(group.Id), ct) ?? await CreateAsync(group, turn.ActivityKey(), ct);
        if (poll is not null)
        {
            await poster.PostAsync(turn, poll.Id, ct, channelId);

            // With Decisions:SingleViewerCards the card then turns into the view of the person at the page.
            cards.Request(poll.Id, turn.Actor());
        }
    }

    private async Task<PollRecord?> CreateAsync(SteeringGroup group, string activityKey, CancellationToken ct)
    {
        var seats = await directory.GetSeatsAsync(group.Id, ct);
        if (seats.FirstOrDefault(s => s.Seat.Role == SeatRole.Voorzitter) is not { } chair)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), decisions.TimeZone).Date);
        var request = new CreatePollRequest(
            group.Id, new Actor(chair.AadObjectId, chair.Name, chair.TeamsUserId), PollKinds.SingleChoice.Id, DecisionTexts.DemoPollQuestion, null,
            DecisionTexts.DemoPollOptions, DutchFormat.ToUtc(today.AddDays(3), new TimeOnly(17, 0), decisions.TimeZone), activityKey)
        {
            PollId = IdOf(group.Id),
        };
        try
        {
            var created = await creation.CreatePollAsync(request, ct);
            return created.IsSuccess ? created.Value : null;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return await decisions.FindAsync(request.PollId!, ct);
        }
    }
}

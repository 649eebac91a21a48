using CoopBot.Decisions.Contracts;
using CoopBot.Protocol.Authentication;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CoopBot.MeetingChat;

/// <summary>
/// The in-meeting notification (content bubble) for a vote started in a meeting chat: a message with
/// <c>channelData.notification.alertInMeeting</c> and the bubble link. The card itself is already in the chat.
/// </summary>
internal sealed class MeetingChatNotifier(IOptions<MeetingChatOptions> options)
{
    public const string BubblePath = "/vergadering/stemming";
    private const string BotIdPrefix = "28:";

    public async Task NotifyAsync(TurnContext turn, DecisionSummary poll, CancellationToken ct)
    {
        if (turn.Activity.GetTeamsChannelData().Meeting?.Id is null)
        {
            return;
        }

        var text = MeetingChatTexts.Notification(poll.Definition.Kind.DisplayName, poll.Definition.Title);
        var notification = new NotificationInfo { AlertInMeeting = true, ExternalResourceUrl = BubbleUrl(turn.Activity.Recipient?.Id) };
        await turn.SendActivityAsync(
            new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain", ChannelData = ProtocolJsonElement(new TeamsChannelData { Notification = notification }) },
            ct);
    }

    // https://teams.microsoft.com/l/bubble/{appId}?url=…&height=…&width=…&title=…&completionBotId={botId}; the Teams
    // app id and the bot id are the same GUID in CoopBot's manifest.
    private string? BubbleUrl(string? recipientId)
    {
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        if (baseUrl.Length == 0 || recipientId is null)
        {
            return null;
        }

        var botId = recipientId.StartsWith(BotIdPrefix, StringComparison.Ordinal) ? recipientId[BotIdPrefix.Length..] : recipientId;
        var page = Uri.EscapeDataString(baseUrl + BubblePath);
        return $"{AuthenticationConstants.TeamsBubbleBaseUrl}/{botId}?url={page}&height=270&width=250&title={Uri.EscapeDataString(MeetingChatTexts.BubbleTitle)}&completionBotId={botId}";
    }

    private static System.Text.Json.JsonElement ProtocolJsonElement(TeamsChannelData data) =>
        System.Text.Json.JsonSerializer.SerializeToElement(data, ProtocolJson.Options);
}

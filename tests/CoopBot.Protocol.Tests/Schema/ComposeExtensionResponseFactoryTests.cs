using System.Text.Json;
using System.Text.Json.Nodes;
using CoopBot.Protocol.Schema;

namespace CoopBot.Protocol.Tests.Schema;

public class ComposeExtensionResponseFactoryTests
{
    private static readonly JsonObject Card = new() { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

    [Fact]
    public void Dialog_Card_TaskContinueWithCardAttachment()
    {
        var response = ComposeExtensionResponseFactory.Dialog(Card, "Nieuwe stemming");

        Assert.Equal(200, response.Status);
        Assert.Equal(
            """{"task":{"type":"continue","value":{"title":"Nieuwe stemming","height":"large","width":"medium","card":{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5"}}}}}""",
            Body(response));
    }

    [Fact]
    public void DialogMessage_Text_TaskMessage()
    {
        var response = ComposeExtensionResponseFactory.DialogMessage("Alleen de voorzitter kan dit.");

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"task":{"type":"message","value":"Alleen de voorzitter kan dit."}}""", Body(response));
    }

    [Fact]
    public void Results_CardWithPreview_ComposeExtensionResultList()
    {
        var response = ComposeExtensionResponseFactory.Results([ComposeExtensionResponseFactory.CardResult(Card, "Titel", "Goedgekeurd")]);

        Assert.Equal(
            """{"composeExtension":{"attachmentLayout":"list","type":"result","attachments":[{"preview":{"contentType":"application/vnd.microsoft.card.thumbnail","content":{"title":"Titel","text":"Goedgekeurd"}},"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5"}}]}}""",
            Body(response));
    }

    [Fact]
    public void ResultMessage_Text_ComposeExtensionMessage()
    {
        Assert.Equal("""{"composeExtension":{"type":"message","text":"Niets gevonden."}}""", Body(ComposeExtensionResponseFactory.ResultMessage("Niets gevonden.")));
    }

    [Fact]
    public void InvokeValues_DocumentedShapes_ReadTyped()
    {
        // Shapes from Microsoft's message-extension and meeting-event documentation.
        var fetch = Activity("""{"type":"invoke","name":"composeExtension/fetchTask","value":{"commandId":"maakVoorstel","commandContext":"message","messagePayload":{"id":"1","linkToMessage":"https://teams.microsoft.com/l/message/19:x/1","body":{"contentType":"html","content":"<p>Tekst</p>"}},"context":{"theme":"default"}}}""");
        var query = Activity("""{"type":"invoke","name":"composeExtension/query","value":{"commandId":"besluitZoeken","parameters":[{"name":"zoekterm","value":"website"}],"queryOptions":{"skip":0,"count":25}}}""");
        var link = Activity("""{"type":"invoke","name":"composeExtension/queryLink","value":{"url":"https://coopbot.example/besluiten/p1"}}""");
        var start = Activity("""{"type":"event","name":"application/vnd.microsoft.meetingStart","value":{"Id":"MCMx","MeetingType":"Scheduled","JoinUrl":"https://teams.microsoft.com/l/meetup-join/x","Title":"Stuurgroep","StartTime":"2026-03-10T13:00:00Z"},"channelData":{"meeting":{"id":"MCMx"}}}""");

        Assert.Equal("<p>Tekst</p>", fetch.GetValueAs<MessagingExtensionAction>()!.MessagePayload!.Body!.Content);
        Assert.Equal("website", query.GetValueAs<MessagingExtensionQuery>()!.GetParameter("zoekterm"));
        Assert.Equal(25, query.GetValueAs<MessagingExtensionQuery>()!.QueryOptions!.Count);
        Assert.Equal("https://coopbot.example/besluiten/p1", link.GetValueAs<AppBasedLinkQuery>()!.Url);
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/x", start.GetValueAs<MeetingEventDetails>()!.JoinUrl);
        Assert.Equal("MCMx", start.GetTeamsChannelData().Meeting!.Id);
    }

    [Fact]
    public void Notification_InMeeting_WritesChannelDataFields()
    {
        var data = new TeamsChannelData { Notification = new NotificationInfo { AlertInMeeting = true, ExternalResourceUrl = "https://teams.microsoft.com/l/bubble/a" } };

        Assert.Equal(
            """{"notification":{"alertInMeeting":true,"externalResourceUrl":"https://teams.microsoft.com/l/bubble/a"}}""",
            JsonSerializer.Serialize(data, ProtocolJson.Options));
    }

    private static Activity Activity(string json) => JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;

    private static string Body(InvokeResponse response) => JsonSerializer.Serialize(response.Body, response.Body!.GetType(), ProtocolJson.Options);
}

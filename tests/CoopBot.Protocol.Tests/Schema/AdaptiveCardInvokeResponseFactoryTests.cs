using System.Text.Json;
using System.Text.Json.Nodes;
using CoopBot.Protocol.Schema;

namespace CoopBot.Protocol.Tests.Schema;

public class AdaptiveCardInvokeResponseFactoryTests
{
    [Fact]
    public void Card_AnyCard_Http200WithCardBody()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var response = AdaptiveCardInvokeResponseFactory.Card(card);

        Assert.Equal(200, response.Status);
        Assert.Equal(
            """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5"}}""",
            Body(response));
    }

    [Fact]
    public void Message_Text_Http200WithMessageBody()
    {
        var response = AdaptiveCardInvokeResponseFactory.Message("Je stem is geregistreerd.");

        Assert.Equal(200, response.Status);
        Assert.Equal(
            """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Je stem is geregistreerd."}""",
            Body(response));
    }

    [Fact]
    public void BadRequest_Message_Http200WithStatus400ErrorBody()
    {
        var response = AdaptiveCardInvokeResponseFactory.BadRequest("Onbekende keuze.");

        Assert.Equal(200, response.Status);
        Assert.Equal(
            """{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadRequest","message":"Onbekende keuze."}}""",
            Body(response));
    }

    [Fact]
    public void Error_CustomStatusAndCode_CarriedInBody()
    {
        var body = JsonNode.Parse(Body(AdaptiveCardInvokeResponseFactory.Error(403, "Forbidden", "Geen stemrecht.")))!;

        Assert.Equal(403, body["statusCode"]!.GetValue<int>());
        Assert.Equal("Forbidden", body["value"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public void NotImplemented_Always_Http501WithoutBody()
    {
        var response = AdaptiveCardInvokeResponseFactory.NotImplemented();

        Assert.Equal(501, response.Status);
        Assert.Null(response.Body);
    }

    private static string Body(InvokeResponse response) =>
        JsonSerializer.Serialize(response.Body, response.Body!.GetType(), ProtocolJson.Options);
}

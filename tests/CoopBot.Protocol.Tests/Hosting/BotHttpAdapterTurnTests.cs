using System.Net;
using System.Text.Json.Nodes;
using CoopBot.Protocol.Schema;
using CoopBot.Protocol.Tests.Infrastructure;

namespace CoopBot.Protocol.Tests.Hosting;

/// <summary>What the adapter answers for each turn outcome, and replies through the turn's connector.</summary>
public sealed class BotHttpAdapterTurnTests
{
    private static readonly Dictionary<string, string?> Development = new() { ["MicrosoftAppId"] = "" };

    [Fact]
    public async Task Process_InvokeHandled_WritesHandlersInvokeResponse()
    {
        var handler = new RecordingTurnHandler((turn, _) =>
            Task.FromResult<InvokeResponse?>(AdaptiveCardInvokeResponseFactory.Message(
                $"Stem '{turn.Activity.GetValueAs<AdaptiveCardInvokeValue>()!.Action!.Data.GetProperty("choice").GetString()}' geregistreerd.")));
        await using var host = await AdapterHost.StartAsync(handler, "Development", Development);

        using var response = await host.PostAsync(TestActivities.Invoke());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Equal("Stem 'voor' geregistreerd.", body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Process_InvokeNotHandled_Returns501()
    {
        await using var host = await AdapterHost.StartAsync(new RecordingTurnHandler(), "Development", Development);

        using var response = await host.PostAsync(TestActivities.Invoke());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Process_InvokeSlowerThanTimeout_AnswersTimeoutCardAndCancelsHandler()
    {
        var handlerCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingTurnHandler(async (_, cancellationToken) =>
        {
            using var registration = cancellationToken.Register(() => handlerCancelled.TrySetResult());
            await handlerCancelled.Task;
            return AdaptiveCardInvokeResponseFactory.Message("te laat");
        });
        await using var host = await AdapterHost.StartAsync(handler, "Development", new(Development) { ["Bot:InvokeTimeout"] = "00:00:00.3" });

        using var response = await host.PostAsync(TestActivities.Invoke());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(503, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("Timeout", body["value"]!["code"]!.GetValue<string>());
        Assert.Equal("CoopBot antwoordde niet op tijd. Probeer het zo meteen opnieuw.", body["value"]!["message"]!.GetValue<string>());
        await handlerCancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Process_MessageHandlerThrows_Returns500WithoutDetails()
    {
        var handler = new RecordingTurnHandler((_, _) => throw new InvalidOperationException("secret detail"));
        await using var host = await AdapterHost.StartAsync(handler, "Development", Development);

        using var response = await host.PostAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Process_InvokeHandlerThrows_Returns500WithoutDetails()
    {
        var handler = new RecordingTurnHandler((_, _) => Task.FromException<InvokeResponse?>(new InvalidOperationException("secret detail")));
        await using var host = await AdapterHost.StartAsync(handler, "Development", Development);

        using var response = await host.PostAsync(TestActivities.Invoke());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Process_MessageHandlerReplies_PostsReplyIntoSameThreadViaConnector()
    {
        await using var connector = await FakeConnectorServer.StartAsync();
        var serviceUrl = $"{connector.BaseUri}_connector";
        var handler = new RecordingTurnHandler(async (turn, cancellationToken) =>
        {
            await turn.SendActivityAsync(turn.Activity.RemoveRecipientMention() + ": 2 open", cancellationToken);
            return null;
        });
        await using var host = await AdapterHost.StartAsync(handler, "Development", Development);

        using var response = await host.PostAsync(TestActivities.Message(serviceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(connector.Requests);
        Assert.Equal(
            "/_connector/v3/conversations/19%3Aa1b2c3d4e5f60718293a4b5c6d7e8f90%40thread.tacv2%3Bmessageid%3D1772439330512/activities",
            request.RawTarget);
        var reply = JsonNode.Parse(request.Body)!;
        Assert.Equal("message", reply["type"]!.GetValue<string>());
        Assert.Equal("toon de open beslissingen: 2 open", reply["text"]!.GetValue<string>());
        Assert.Equal("28:9f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f", reply["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("1772439330512", reply["replyToId"]!.GetValue<string>());
        Assert.Equal(string.Empty, request.Authorization);
    }
}

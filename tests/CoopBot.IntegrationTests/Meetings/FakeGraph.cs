using System.Text.Json.Nodes;
using CoopBot.Testing;
using Microsoft.AspNetCore.Http;

namespace CoopBot.IntegrationTests.Meetings;

/// <summary>A loopback Microsoft Graph stand-in for the calendar calls; it records every request for JSON checks.</summary>
public sealed partial class FakeGraph : IAsyncDisposable
{
    public const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_test%40thread.v2/0";
    public const string Mailbox = "vergaderingen@cultuurconnect.be";

    private FakeGraph(FakeHttpServer server) => Server = server;

    public FakeHttpServer Server { get; }

    public string BaseUrl => Server.BaseAddress + "v1.0";

    public static async Task<FakeGraph> StartAsync() => new(await FakeHttpServer.StartAsync(HandleAsync));

    public IReadOnlyList<RecordedRequest> Calls(string method, string pathEnd) =>
        Server.Requests.Where(r => r.Method == method && r.PathAndQuery.Split('?')[0].EndsWith(pathEnd, StringComparison.Ordinal)).ToList();

    public static JsonNode Json(RecordedRequest request) => JsonNode.Parse(request.Body)!;

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private static async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        context.Response.ContentType = "application/json";
        if (context.Request.Method == "POST" && path.EndsWith("/events", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 201;
            await context.Response.WriteAsync($$$"""{"id":"evt-1","isOnlineMeeting":true,"onlineMeeting":{"joinUrl":"{{{JoinUrl}}}"}}""");
        }
        else if (context.Request.Method == "PATCH")
        {
            await context.Response.WriteAsync($$$"""{"id":"evt-1","onlineMeeting":{"joinUrl":"{{{JoinUrl}}}"}}""");
        }
        else if (path.EndsWith("/cancel", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 202;
        }
        else
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("""{"error":{"code":"ResourceNotFound","message":"Onbekend in de fake Graph."}}""");
        }
    }
}

using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using CoopBot.Testing;
using Microsoft.AspNetCore.Http;

namespace CoopBot.Storage.Tests.Unit;

/// <summary>Wire behaviour Azurite cannot show: OAuth (needs HTTPS), empty pages with continuation, odd error bodies.</summary>
public sealed class FakeServiceTests
{
    [Fact]
    public async Task TokenCredential_OverHttps_SendsBearerTokenForStorageScope()
    {
        await using var server = await FakeHttpServer.StartAsync(context => { context.Response.StatusCode = 200; return context.Response.WriteAsync("{\"value\":[]}"); }, https: true);
        var credential = new RecordingCredential("token-123");
        var options = new TableClientOptions { Transport = new HttpClientTransport(server.CreateTrustingHandler()) };
        var service = new TableServiceClient(new Uri(server.BaseAddress, "acct"), credential, options);

        await service.PingAsync();

        var request = Assert.Single(server.Requests);
        Assert.Equal("Bearer token-123", request.Header("Authorization"));
        Assert.Equal(["https://storage.azure.com/.default"], credential.RequestedScopes);
        Assert.Equal(TableClientOptions.DefaultServiceVersion, request.Header("x-ms-version"));
        Assert.NotNull(request.Header("x-ms-date"));
        Assert.Equal("application/json;odata=minimalmetadata", request.Header("Accept"));
        Assert.Equal("/acct/Tables?$top=1", request.PathAndQuery);
    }

    [Fact]
    public async Task Query_EmptyPageWithContinuation_KeepsFollowingTokensVerbatim()
    {
        var responses = new Queue<(string Body, string? NextPartition, string? NextRow)>(
        [
            (Page("a"), "cDE=", "cjE+/w=="),
            (Page(), "cDI=", null),
            (Page("b"), null, null),
        ]);
        await using var server = await FakeHttpServer.StartAsync(context =>
        {
            var (body, nextPartition, nextRow) = responses.Dequeue();
            if (nextPartition is not null)
            {
                context.Response.Headers["x-ms-continuation-NextPartitionKey"] = nextPartition;
            }

            if (nextRow is not null)
            {
                context.Response.Headers["x-ms-continuation-NextRowKey"] = nextRow;
            }

            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(body);
        });
        var table = FakeTableService.Client(server).GetTableClient("paged");

        var rows = await table.QueryAsync(filter: "PartitionKey ne 'x'", maxPerPage: 5).Select(e => e.RowKey).ToListAsync();

        Assert.Equal(["a", "b"], rows);
        var paths = server.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.Equal(3, paths.Count);
        Assert.Contains("$filter=PartitionKey%20ne%20%27x%27", paths[0], StringComparison.Ordinal);
        Assert.Contains("$top=5", paths[0], StringComparison.Ordinal);
        Assert.EndsWith("&NextPartitionKey=cDE%3D&NextRowKey=cjE%2B%2Fw%3D%3D", paths[1], StringComparison.Ordinal);
        Assert.EndsWith("&NextPartitionKey=cDI%3D", paths[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(409, "{\"odata.error\":{\"code\":\"TableBeingDeleted\",\"message\":{\"value\":\"busy\"}}}", null, typeof(TableRequestFailedException), "TableBeingDeleted")]
    [InlineData(404, "", "TableNotFound", typeof(TableNotFoundException), "TableNotFound")]
    [InlineData(500, "<html>proxy error</html>", null, typeof(TableRequestFailedException), null)]
    public async Task Errors_BodyOrHeaderCodes_MapToTypedExceptions(int status, string body, string? headerCode, Type expected, string? code)
    {
        await using var server = await FakeHttpServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            if (headerCode is not null)
            {
                context.Response.Headers["x-ms-error-code"] = headerCode;
            }

            return context.Response.WriteAsync(body);
        });
        var options = new TableClientOptions { Retry = { MaxRetries = 0 } };
        var table = FakeTableService.Client(server, options).GetTableClient("errors");

        var e = await Assert.ThrowsAnyAsync<TableRequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.IsType(expected, e);
        Assert.Equal((status, code), (e.Status, e.ErrorCode));
    }

    [Fact]
    public async Task AddEntity_SharedKeyLite_SignsAndSendsExpectedHeaders()
    {
        await using var server = await FakeHttpServer.StartAsync(context =>
        {
            context.Response.StatusCode = 204;
            context.Response.Headers.ETag = "W/\"datetime'x'\"";
            return Task.CompletedTask;
        });
        var table = FakeTableService.Client(server).GetTableClient("signed");

        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1 });

        var request = Assert.Single(server.Requests);
        Assert.Equal("W/\"datetime'x'\"", etag.ToString());
        Assert.StartsWith("SharedKeyLite devstoreaccount1:", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal(("return-no-content", "3.0", "application/json"), (request.Header("Prefer"), request.Header("DataServiceVersion"), request.Header("Content-Type")));
        Assert.Equal("p", JsonDocument.Parse(request.Body).RootElement.GetProperty("PartitionKey").GetString());
    }

    private static string Page(params string[] rowKeys) =>
        JsonSerializer.Serialize(new { value = rowKeys.Select(r => new Dictionary<string, string> { ["PartitionKey"] = "p", ["RowKey"] = r }) });

    private sealed class RecordingCredential(string token) : TokenCredential
    {
        public List<string> RequestedScopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            RequestedScopes.AddRange(requestContext.Scopes);
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}

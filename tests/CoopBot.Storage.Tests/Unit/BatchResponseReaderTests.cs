using CoopBot.Testing;
using Microsoft.AspNetCore.Http;

namespace CoopBot.Storage.Tests.Unit;

/// <summary>Batch responses in Azure's own shape (no Content-ID), which Azurite does not reproduce exactly.</summary>
public sealed class BatchResponseReaderTests
{
    private const string ChangesetPart = "--changesetresponse_c1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n";

    [Fact]
    public async Task SubmitTransaction_AzureStyleFailure_ReportsIndexFromMessagePrefix()
    {
        var body = Wrap(
            ChangesetPart
            + "HTTP/1.1 412 Precondition Failed\r\nX-Content-Type-Options: nosniff\r\nDataServiceVersion: 3.0;\r\n"
            + "Content-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8\r\n\r\n"
            + "{\"odata.error\":{\"code\":\"UpdateConditionNotSatisfied\",\"message\":{\"lang\":\"en-US\",\"value\":"
            + "\"1:The update condition specified in the request was not satisfied.\\nRequestId:x\\nTime:y\"}}}\r\n");
        await using var server = await ServeAsync(body);
        var table = FakeTableService.Client(server).GetTableClient("batchtable");

        var e = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "b"), Azure.ETag.All),
        ]));

        Assert.Equal((1, 412, "UpdateConditionNotSatisfied"), (e.FailedOperationIndex, e.Status, e.ErrorCode));
        Assert.Contains("action 1 (UpdateMerge)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitTransaction_AzureStyleSuccess_ReturnsETagsInOrder()
    {
        static string Part(string etag) => ChangesetPart + $"HTTP/1.1 204 No Content\r\nETag: {etag}\r\n\r\n\r\n";
        await using var server = await ServeAsync(Wrap(Part("W/\"1\"") + Part("W/\"2\"")));
        var table = FakeTableService.Client(server).GetTableClient("batchtable");

        var etags = (await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "b")),
        ])).ETags();

        Assert.Equal(["W/\"1\"", "W/\"2\""], etags.Select(e => e.ToString()));
        var request = Assert.Single(server.Requests);
        Assert.EndsWith("/devstoreaccount1/$batch", request.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("multipart/mixed; boundary=batch_", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Contains("MERGE " + server.BaseAddress + "devstoreaccount1/batchtable(PartitionKey='p',RowKey='b') HTTP/1.1\r\n", request.Body, StringComparison.Ordinal);
    }

    private static string Wrap(string changesetParts) =>
        "--batchresponse_b1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_c1\r\n\r\n"
        + changesetParts + "--changesetresponse_c1--\r\n--batchresponse_b1--\r\n";

    private static Task<FakeHttpServer> ServeAsync(string body) =>
        FakeHttpServer.StartAsync(context =>
        {
            context.Response.StatusCode = 202;
            context.Response.ContentType = "multipart/mixed; boundary=batchresponse_b1";
            return context.Response.WriteAsync(body);
        });
}

using System.Net.Http.Headers;
using System.Text;
using Azure.Data.Tables;
using Azure.Data.Tables.Sas;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Azure.Storage.Sas;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Compatibility;

/// <summary>
/// Data written by the previous CoopBot (our own REST client, ADR 0001/0007) must stay readable: the rows and the
/// queue message are sent here byte for byte as that client sent them (authorised with a SAS, since its signer is gone).
/// </summary>
public sealed class OldShapeTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync() => _azurite = await AzuriteServer.StartAsync(table: true, queue: true);

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task Entity_WrittenAsThePreviousClientDid_ReadsBackWithEveryTypeAndWidening()
    {
        var table = new LimitCheckedTableClient(_azurite.ConnectionString, "old" + TestTables.UniquePrefix(), new TableClientOptions());
        await table.CreateIfNotExistsAsync();
        var id = Guid.Parse("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8");
        // EntityJsonWriter: Int32 and bool bare, Int64 as an annotated string, DateTime with seven digits, binary as base64.
        var json = $$"""
            {"PartitionKey":"poll-1","RowKey":"~poll","Question":"Chloë's vraag <&>","Voters":12,"Open":true,
            "AmountCents@odata.type":"Edm.Int64","AmountCents":"8500000","Small":42,
            "Ratio@odata.type":"Edm.Double","Ratio":0.5,
            "ClosesAt@odata.type":"Edm.DateTime","ClosesAt":"2026-12-06T13:45:00.1234567Z",
            "Key@odata.type":"Edm.Guid","Key":"{{id:D}}",
            "Sealed@odata.type":"Edm.Binary","Sealed":"AQID"}
            """;
        await SendOldAsync(table, HttpMethod.Post, string.Empty, json);

        var entity = (await table.GetEntityOrNullAsync("poll-1", "~poll"))!;

        Assert.Equal("Chloë's vraag <&>", entity.GetString("Question"));
        Assert.Equal((12, true), (entity.GetInt32("Voters"), entity.GetBoolean("Open")));
        Assert.Equal((8_500_000L, 42L), (entity.GetInt64Widened("AmountCents"), entity.GetInt64Widened("Small")));
        Assert.Equal(0.5, entity.GetDouble("Ratio"));
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 13, 45, 0, TimeSpan.Zero).AddTicks(1234567), entity.GetDateTimeOffset("ClosesAt"));
        Assert.Equal(id, entity.GetGuid("Key"));
        Assert.Equal([1, 2, 3], entity.GetBinary("Sealed"));
        Assert.NotEqual(default, entity.ETag);
    }

    [Fact]
    public async Task Entity_WrittenByTheSdk_ReadsAsThePreviousClientExpected()
    {
        var table = new LimitCheckedTableClient(_azurite.ConnectionString, "new" + TestTables.UniquePrefix(), new TableClientOptions());
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["AmountCents"] = 8_500_000L, ["At"] = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), ["N"] = 3 });

        var body = await SendOldAsync(table, HttpMethod.Get, "(PartitionKey='p',RowKey='r')", null);

        // The same annotations EntityJsonReader relied on: Int64 and DateTime typed, Int32 bare.
        Assert.Contains("\"AmountCents@odata.type\":\"Edm.Int64\"", body, StringComparison.Ordinal);
        Assert.Contains("\"AmountCents\":\"8500000\"", body, StringComparison.Ordinal);
        Assert.Contains("\"At@odata.type\":\"Edm.DateTime\"", body, StringComparison.Ordinal);
        Assert.Contains("\"N\":3", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueueMessage_QueuedByThePreviousClient_IsReceivedAsTheSameText()
    {
        const string text = """{"b":"meeting-1.agenda","d":"19:a@thread.tacv2;messageid=1 Chloë <&>"}""";
        var queue = await NewQueueAsync();
        var sas = queue.GenerateSasUri(QueueSasPermissions.All, DateTimeOffset.UtcNow.AddHours(1));
        // QueueClient.SendMessageAsync of the previous version: base64 UTF-8 text in a QueueMessage envelope.
        var envelope = $"<QueueMessage><MessageText>{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}</MessageText></QueueMessage>";
        using var request = new HttpRequestMessage(HttpMethod.Post, new UriBuilder(sas) { Path = sas.AbsolutePath + "/messages" }.Uri)
        {
            Content = new StringContent(envelope, Encoding.UTF8, "application/xml"),
        };
        request.Headers.Add("x-ms-version", "2021-02-12");
        (await Http.SendAsync(request)).EnsureSuccessStatusCode();

        QueueMessage[] received = await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30));

        var message = Assert.Single(received);
        Assert.Equal((text, 1L), (message.Body.ToString(), message.DequeueCount));
        Assert.True(await queue.TryDeleteMessageAsync(message.MessageId, message.PopReceipt));
    }

    [Fact]
    public async Task TryDeleteMessage_StalePopReceiptOrGone_ReturnsFalseLikeThePreviousClient()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("x");
        QueueMessage[] first = await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1));
        QueueMessage[] again = [];
        await Eventually.TrueAsync(async () => (again = await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30))).Length == 1, TimeSpan.FromSeconds(10));

        Assert.False(await queue.TryDeleteMessageAsync(first[0].MessageId, first[0].PopReceipt));
        Assert.True(await queue.TryDeleteMessageAsync(again[0].MessageId, again[0].PopReceipt));
        Assert.False(await queue.TryDeleteMessageAsync(again[0].MessageId, again[0].PopReceipt));
    }

    // As BroadcastQueue creates its queues: Base64 message encoding.
    private async Task<QueueClient> NewQueueAsync()
    {
        var queue = new QueueClient(_azurite.ConnectionString, "q" + TestTables.UniquePrefix().ToLowerInvariant(), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    private static async Task<string> SendOldAsync(TableClient table, HttpMethod method, string entityPath, string? json)
    {
        var sas = table.GenerateSasUri(TableSasPermissions.All, DateTimeOffset.UtcNow.AddHours(1));
        using var request = new HttpRequestMessage(method, new UriBuilder(sas) { Path = sas.AbsolutePath + entityPath }.Uri);
        // TableHeadersPolicy of the previous client.
        request.Headers.Add("x-ms-version", "2019-02-02");
        request.Headers.Add("DataServiceVersion", "3.0");
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json;odata=minimalmetadata"));
        if (json is not null)
        {
            request.Headers.Add("Prefer", "return-no-content");
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body;
    }
}

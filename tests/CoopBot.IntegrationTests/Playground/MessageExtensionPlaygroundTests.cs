using System.Globalization;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Playground;

/// <summary>
/// Issue 18 through the real Agents Playground: it sends message-extension invokes (fetchTask, submitAction, query,
/// queryLink) from its compose box. Meeting events and the in-meeting bubble it cannot produce (see README).
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class MessageExtensionPlaygroundTests(AzuriteFixture azurite) : PlaygroundTestBase(azurite.Server)
{
    [Fact]
    public async Task ComposeBox_ChairOpensTheDialog_SubmitsIt_AndSearchesTheRegister()
    {
        await using var events = await Playground.OpenEventsAsync();

        var dialog = await Playground.ComposeExtensionAsync(DemoUser.ChannelId, DemoUser.Chair.TeamsId, "composeExtension/fetchTask", new JsonObject
        {
            ["commandId"] = "nieuweStemming",
            ["commandContext"] = "compose",
        });
        Assert.Equal("continue", dialog["task"]!["type"]!.GetValue<string>());
        var data = dialog["task"]!["value"]!["card"]!["content"]!["actions"]![0]!["data"]!.DeepClone().AsObject();
        data["title"] = "Welke dag voor de dienstendag?";
        data["options"] = "Donderdag\nVrijdag";
        data["closesDate"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        data["closesTime"] = "17:00";

        var submitted = await Playground.ComposeExtensionAsync(DemoUser.ChannelId, DemoUser.Chair.TeamsId, "composeExtension/submitAction", new JsonObject
        {
            ["commandId"] = "nieuweStemming",
            ["commandContext"] = "compose",
            ["data"] = data,
        });
        Assert.StartsWith("Stemming gestart", submitted["task"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        await events.WaitForAsync(e => e.ToJsonString().Contains("Welke dag voor de dienstendag?", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        var refused = await Playground.ComposeExtensionAsync(DemoUser.ChannelId, DemoUser.Bram.TeamsId, "composeExtension/fetchTask", new JsonObject
        {
            ["commandId"] = "nieuweStemming",
            ["commandContext"] = "compose",
        });
        Assert.Equal("message", refused["task"]!["type"]!.GetValue<string>());

        var search = await Playground.ComposeExtensionAsync(DemoUser.ChannelId, DemoUser.Bram.TeamsId, "composeExtension/query", new JsonObject
        {
            ["commandId"] = "besluitZoeken",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "zoekterm", ["value"] = "dienstendag" }),
        });
        // The poll is still open, so the besluitenregister has nothing yet: a Dutch message in the result area.
        Assert.Equal("message", search["composeExtension"]!["type"]!.GetValue<string>());
    }
}

using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>The registry cards as actually sent over HTTP pass Microsoft's reference parser.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class RegistryCardsSentTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CardsSentByRegistryCommandsAndFlows_PassReferenceParser()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        foreach (var text in new[] { "wie zit in de stuurgroep", "mijn stuurgroepen", "samenstelling", "help" })
        {
            await app.PostActivityAsync(TeamsActivity.ChannelMessage(app.ServiceUrl, DemoUser.Chair, text));
        }

        await app.PostActivityAsync(TeamsActivity.PersonalMessage(app.ServiceUrl, DemoUser.NonMember, "bezwaar samenstelling"));
        var submitted = await app.InvokeAsync(PersonalInvoke(app.ServiceUrl, DemoUser.NonMember, "registry.feedback.submit",
            new JsonObject { ["kind"] = "Bezwaar", ["steeringGroupId"] = "basisinfrastructuur", ["motivation"] = "**Te** weinig <b>kleine</b> bibliotheken." }));
        var forwarded = await WaitForPostAsync(app, "/v3/conversations/group-chat-id/activities", "**Te** weinig");
        var decided = await app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, CommunityManager, "registry.feedback.decide",
            forwarded.Card!["actions"]![0]!["data"]!.DeepClone().AsObject()));
        await WaitForPostAsync(app, "/v3/conversations/a:1on1", "aanvaard");
        await app.PostActivityAsync(BotAddedToTeam(app.ServiceUrl, DemoUser.Chair, "19:nieuw@thread.tacv2", "Nieuw team"));

        var cards = app.Connector.Calls.Select(c => c.Card).Append(submitted["value"]).Append(decided["value"]).OfType<JsonNode>().ToList();
        Assert.True(cards.Count >= 9, $"expected members, my groups, composition, help, form, submitted, forwarded, decided, told and link cards; got {cards.Count}");
        var results = await ReferenceCardValidator.ValidateAsync(cards);
        Assert.All(results, r => Assert.True(r.IsClean && r.Bytes < 28 * 1024, r.ToString()));
    }
}

using System.Text.Json.Nodes;
using CoopBot.Faq;
using CoopBot.FaqChat;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Faq;

/// <summary>
/// Issue 16 §4: the community manager adds a ticket's question to the FAQ with a button on the ticket card (no CLI),
/// picking the entry; from then on the FAQ answers that question with that entry. Real host, real Azurite.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class TicketPhrasingTests(AzuriteFixture azurite)
{
    private static readonly DemoUser CommunityManager = FaqFlow.CommunityManager;

    // A question the shipped knowledge base is not sure about (checked below, so a changed knowledge base shows up here).
    private const string Question = "Kan ik als bibliothecaris de werking van Bibster bijsturen?";
    private const string ChosenEntry = "inbreng-cooperanten";

    [Fact]
    public async Task AddPhrasing_ByCommunityManager_FaqThenAnswersThatQuestionWithTheChosenEntry()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        Assert.NotEqual(FaqOutcome.Answered, (await app.GetService<FaqIndexHolder>().CurrentAsync(default)).Answer(Question).Outcome);
        var card = await TicketCardAsync(app);

        // The card offers every entry, the best match preselected, and a button: no command line anymore.
        Assert.DoesNotContain("dotnet run", card.ToJsonString(), StringComparison.Ordinal);
        var picker = FindInput(card, "entryId");
        Assert.Equal(app.GetService<FaqIndexHolder>().KnowledgeBase.Entries.Count, picker["choices"]!.AsArray().Count);
        var suggested = await app.GetService<FaqPhrasingService>().SuggestedEntryAsync(Question, default);
        Assert.Equal(suggested, picker["value"]?.GetValue<string>());
        var button = FaqFlow.Actions(card).Single(a => a["verb"]!.GetValue<string>() == FaqVerbs.AddPhrasing);

        var click = TeamsActivity.CardAction(app.ServiceUrl, CommunityManager, FaqVerbs.AddPhrasing, Data(button, ChosenEntry), "f:add-phrasing");
        var added = await app.InvokeAsync(click.DeepClone());
        var again = await app.InvokeAsync(click.DeepClone()); // Teams redelivers the same click

        var entry = app.GetService<FaqIndexHolder>().KnowledgeBase.Find(ChosenEntry)!;
        Assert.Equal(200, added["statusCode"]!.GetValue<int>());
        Assert.Contains(FaqFlow.Escape(CoopBot.Cards.CardText.Literal(TicketTexts.PhrasingAdded(entry.Question))), added["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"entryId\"", added["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(200, again["statusCode"]!.GetValue<int>());
        Assert.Equal(added["value"]!.ToJsonString(), again["value"]!.ToJsonString());
        var stored = Assert.Single(await app.GetService<FaqPhrasingStore>().AllAsync(default));
        Assert.Equal((ChosenEntry, Question, CommunityManager.AadObjectId), (stored.EntryId, stored.Text, stored.AddedBy));

        // Asked again, by anyone: answered with the chosen entry.
        using (var asked = await app.PostActivityAsync(TeamsActivity.PersonalMessage(app.ServiceUrl, DemoUser.Chloe, Question)))
        {
            Assert.True(asked.IsSuccessStatusCode);
        }

        var answer = app.Connector.Calls[^1].Card!;
        Assert.Contains(FaqFlow.Escape(entry.Question), answer.ToJsonString(), StringComparison.Ordinal);
        var feedback = FaqFlow.Actions(answer).Where(a => a["verb"]?.GetValue<string>() == FaqVerbs.Feedback).ToList();
        Assert.NotEmpty(feedback);
        Assert.All(feedback, a => Assert.Equal(ChosenEntry, a["data"]!["entryId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AddPhrasing_NotTheCommunityManager_RefusedAndNothingStored()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var button = FaqFlow.Actions(await TicketCardAsync(app)).Single(a => a["verb"]!.GetValue<string>() == FaqVerbs.AddPhrasing);

        foreach (var someone in new[] { DemoUser.Chair, DemoUser.Bram, DemoUser.NonMember })
        {
            var refused = await app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, someone, FaqVerbs.AddPhrasing, Data(button, ChosenEntry)));
            Assert.Equal(403, refused["statusCode"]!.GetValue<int>());
            Assert.Equal(TicketTexts.OnlyCommunityManagerAddsPhrasings.Message, refused["value"]!["message"]!.GetValue<string>());
        }

        Assert.Empty(await app.GetService<FaqPhrasingStore>().AllAsync(default));
    }

    [Theory]
    [InlineData("bestaat-niet")] // a forged entry id
    [InlineData("")] // nothing picked
    public async Task AddPhrasing_UnknownEntry_CardKeepsThePickerWithTheDutchReason(string entryId)
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var button = FaqFlow.Actions(await TicketCardAsync(app)).Single(a => a["verb"]!.GetValue<string>() == FaqVerbs.AddPhrasing);

        var refused = await app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, CommunityManager, FaqVerbs.AddPhrasing, Data(button, entryId)));

        Assert.Equal(200, refused["statusCode"]!.GetValue<int>());
        var card = refused["value"]!;
        Assert.Contains(FaqFlow.Escape(CoopBot.Cards.CardText.Literal(TicketTexts.PhrasingEntryUnknown.Message)), card.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(FindInput(card, "entryId"));
        Assert.Empty(await app.GetService<FaqPhrasingStore>().AllAsync(default));
    }

    [Fact]
    public async Task AddPhrasing_AShippedPhrasing_IsRefusedNamingItsEntry()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var kb = app.GetService<FaqIndexHolder>().KnowledgeBase;
        var owner = kb.Entries.First(e => e.Phrasings.Count > 0);

        var refused = await app.GetService<FaqPhrasingService>().AddAsync(
            owner.Phrasings[0].ToUpperInvariant(), ChosenEntry, new CoopBot.Common.Actor(CommunityManager.AadObjectId, CommunityManager.Name, CommunityManager.TeamsId), "f:known", default);

        Assert.Equal(TicketTexts.PhrasingExists(owner.Question), refused.Rejection);
        Assert.Empty(await app.GetService<FaqPhrasingStore>().AllAsync(default));
    }

    private static Task<JsonNode> TicketCardAsync(CoopBotApp app) => FaqFlow.TicketCardAsync(app, DemoUser.Bram, Question);

    // What Teams sends on the click: the button's data plus the card's inputs.
    private static JsonObject Data(JsonNode button, string entryId)
    {
        var data = button["data"]!.DeepClone().AsObject();
        data["entryId"] = entryId;
        return data;
    }

    private static JsonNode FindInput(JsonNode card, string id) =>
        card["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == id)!;
}

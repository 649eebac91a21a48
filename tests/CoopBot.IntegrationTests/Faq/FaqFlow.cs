using System.Text.Json.Nodes;
using CoopBot.FaqChat;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Faq;

/// <summary>Reads FAQ and ticket cards the way a test needs them.</summary>
public static class FaqFlow
{
    /// <summary>Every Action.Execute on the card, in body action sets and in the card's actions.</summary>
    public static IReadOnlyList<JsonNode> Actions(JsonNode card)
    {
        var body = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "ActionSet").SelectMany(e => e!["actions"]!.AsArray());
        var bottom = card["actions"]?.AsArray() ?? [];
        return [.. body.Concat(bottom).OfType<JsonNode>()];
    }

    /// <summary>Entry ids behind the "show this answer" buttons (follow-ups or suggestions).</summary>
    public static IReadOnlyList<string> EntryButtons(JsonNode card) =>
        [.. Actions(card).Where(a => a["verb"]?.GetValue<string>() == "faq.answer").Select(a => a["data"]!["entryId"]!.GetValue<string>())];

    // Card JSON escapes non-ASCII and some punctuation; compare on the serialised form of the text.
    public static string Escape(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];

    /// <summary>The demo registry's community manager and the conversation where her ticket cards go.</summary>
    public static readonly DemoUser CommunityManager = new("user-id-6", "a1c0ffee-0000-4000-8000-000000000006", "Goedele Verhaegen");

    public const string CommunityManagerConversation = "group-chat-id";

    /// <summary>Asks in personal chat, clicks "Vraag het aan de community manager" and returns the ticket card she gets.</summary>
    public static async Task<JsonNode> TicketCardAsync(CoopBotApp app, DemoUser asker, string question)
    {
        using (var asked = await app.PostActivityAsync(TeamsActivity.PersonalMessage(app.ServiceUrl, asker, question)))
        {
            Assert.True(asked.IsSuccessStatusCode);
        }

        var notSure = app.Connector.Calls[^1].Card!;
        var ask = Actions(notSure).Single(a => a["verb"]!.GetValue<string>() == FaqVerbs.AskCommunityManager);
        var sent = await app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, asker, FaqVerbs.AskCommunityManager, ask["data"]!.DeepClone().AsObject()));
        Assert.Equal(200, sent["statusCode"]!.GetValue<int>());
        Assert.Contains(TicketTexts.SentTitle, sent["value"]!.ToJsonString(), StringComparison.Ordinal);

        await Eventually.TrueAsync(() => app.Connector.CallsTo("POST", CommunityManagerConversation).Any(), TimeSpan.FromSeconds(20), "the ticket card at the community manager");
        return app.Connector.CallsTo("POST", CommunityManagerConversation).Last().Card!;
    }
}

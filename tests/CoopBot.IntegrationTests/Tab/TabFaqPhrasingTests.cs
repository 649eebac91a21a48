using System.Net;
using System.Text.RegularExpressions;
using CoopBot.Faq;
using CoopBot.FaqChat;
using CoopBot.IntegrationTests.Escalation;
using CoopBot.IntegrationTests.Faq;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Tab;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>
/// Beheer's "FAQ-formulering toevoegen" (issue 17): the community manager adds a way of asking an FAQ question without the
/// CLI, through the ticket button's service (same refusals), audited, once per form even when posted twice at once;
/// the FAQ in chat answers it at once. Nobody else may post it; antiforgery is required.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed partial class TabFaqPhrasingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Manager = "user-id-6";

    // A question the shipped knowledge base is not sure about (checked in the test, so a changed knowledge base shows up).
    private const string Question = "Kan ik als bibliothecaris de werking van Bibster bijsturen?";
    private const string ChosenEntry = "inbreng-cooperanten";
    private CoopBotApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await CoopBotApp.StartAsync(azurite.Server, new Dictionary<string, string?>(), TabClient.AsLoopbackCaller);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Manager_PostsThePhrasingTwiceAtOnce_OneRowOneAuditLine_AndTheFaqAnswersItAtOnce()
    {
        Assert.NotEqual(FaqOutcome.Answered, (await _app.GetService<FaqIndexHolder>().CurrentAsync(default)).Answer(Question).Outcome);
        using var manager = await TabClient.SignedInAsync(_app, Manager);
        var (token, key) = await FormAsync(manager);

        // A double click: the same form posted twice, concurrently.
        var posts = await Task.WhenAll(PostAsync(manager, token, key, ChosenEntry, Question), PostAsync(manager, token, key, ChosenEntry, Question));

        var entry = _app.GetService<FaqIndexHolder>().KnowledgeBase.Find(ChosenEntry)!;
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.All(posts, p => Assert.Equal(TabTexts.FaqPhrasingAdded(entry.Question), Melding(p.Html)));
        var stored = Assert.Single(await _app.GetService<FaqPhrasingStore>().AllAsync(default));
        Assert.Equal((ChosenEntry, Question, FaqFlow.CommunityManager.AadObjectId), (stored.EntryId, stored.Text, stored.AddedBy));
        var audited = Assert.Single(await AuditAsync());
        Assert.Equal((FaqFlow.CommunityManager.AadObjectId, $"{ChosenEntry}: {Question}"), (audited.ActorId, audited.After));

        // Asked in chat right after, by a member: answered with the chosen entry.
        using (var asked = await _app.PostActivityAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.Chloe, Question)))
        {
            Assert.True(asked.IsSuccessStatusCode);
        }

        var answer = _app.Connector.Calls[^1].Card!;
        var feedback = FaqFlow.Actions(answer).Where(a => a["verb"]?.GetValue<string>() == FaqVerbs.Feedback).ToList();
        Assert.NotEmpty(feedback);
        Assert.All(feedback, a => Assert.Equal(ChosenEntry, a["data"]!["entryId"]!.GetValue<string>()));

        // The same words for another question, from a new form: refused, naming the question they belong to.
        var (_, newKey) = await FormAsync(manager);
        var again = await PostAsync(manager, token, newKey, "meer-vragen", Question.ToUpperInvariant());
        Assert.Equal(TicketTexts.PhrasingExists(entry.Question).Message, Melding(again.Html));
        Assert.Single(await _app.GetService<FaqPhrasingStore>().AllAsync(default));
        Assert.Single(await AuditAsync());
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "", Question, TicketTexts.PhrasingEntryUnknown.Message },
        { "bestaat-niet", Question, TicketTexts.PhrasingEntryUnknown.Message },
        { ChosenEntry, "   ", TicketTexts.PhrasingEmpty.Message },
        { ChosenEntry, "?!", TicketTexts.PhrasingEmpty.Message },
        { ChosenEntry, new string('a', 501), TicketTexts.PhrasingTooLong(501, 500).Message },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Manager_InvalidPhrasing_RefusedInDutch_KeepsWhatWasTyped_StoresAndAuditsNothing(string entryId, string text, string refusal)
    {
        using var manager = await TabClient.SignedInAsync(_app, Manager);
        var (token, key) = await FormAsync(manager);

        var refused = await PostAsync(manager, token, key, entryId, text);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(refusal, Melding(refused.Html));
        // Model binding reads a blank field as none: only spaces come back as an empty field.
        Assert.Contains($">{WebUtility.HtmlEncode(string.IsNullOrWhiteSpace(text) ? "" : text)}</textarea>", refused.Html, StringComparison.Ordinal);
        Assert.Equal(key, FormKey().Match(refused.Html).Groups[1].Value);
        Assert.Empty(await _app.GetService<FaqPhrasingStore>().AllAsync(default));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task Manager_AShippedPhrasingOfAnotherQuestion_IsRefusedNamingThatQuestion()
    {
        var owner = _app.GetService<FaqIndexHolder>().KnowledgeBase.Entries.First(e => e.Id != ChosenEntry && e.Phrasings.Count > 0);
        using var manager = await TabClient.SignedInAsync(_app, Manager);
        var (token, key) = await FormAsync(manager);

        var refused = await PostAsync(manager, token, key, ChosenEntry, owner.Phrasings[0]);

        Assert.Equal(TicketTexts.PhrasingExists(owner.Question).Message, Melding(refused.Html));
        Assert.Empty(await _app.GetService<FaqPhrasingStore>().AllAsync(default));
    }

    [Fact]
    public async Task Manager_FormWithoutItsKey_IsRefusedAndStoresNothing()
    {
        using var manager = await TabClient.SignedInAsync(_app, Manager);
        var (token, _) = await FormAsync(manager);

        var refused = await PostAsync(manager, token, "", ChosenEntry, Question);

        Assert.Equal(TabTexts.FaqFormIncomplete, Melding(refused.Html));
        Assert.Empty(await _app.GetService<FaqPhrasingStore>().AllAsync(default));
    }

    public static TheoryData<string> NotManagers => new() { DemoUser.Chair.TeamsId, DemoUser.Bram.TeamsId, BodyUsers.Katrien.TeamsId, DemoUser.NonMember.TeamsId };

    [Theory]
    [MemberData(nameof(NotManagers))]
    public async Task AnyoneButTheManager_PostingTheForm_Gets403_AndNothingIsStored(string teamsId)
    {
        using var someone = await TabClient.SignedInAsync(_app, teamsId);
        var token = await someone.AntiforgeryTokenAsync("/tab/dev/aanmelden");

        var (status, _) = await PostAsync(someone, token, Guid.NewGuid().ToString("N"), ChosenEntry, Question);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Empty(await _app.GetService<FaqPhrasingStore>().AllAsync(default));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task Manager_MissingOrForgedAntiforgery_Gets400_AndNothingIsStored()
    {
        using var manager = await TabClient.SignedInAsync(_app, Manager);
        using var chair = await TabClient.SignedInAsync(_app, DemoUser.Chair.TeamsId);
        var (_, key) = await FormAsync(manager);
        var chairsToken = await chair.AntiforgeryTokenAsync("/tab/dev/aanmelden");

        var missing = await PostAsync(manager, null, key, ChosenEntry, Question);
        var forged = await PostAsync(manager, "CfDJ8-vervalst", key, ChosenEntry, Question);
        var someoneElses = await PostAsync(manager, chairsToken, key, ChosenEntry, Question);

        Assert.All(new[] { missing.Status, forged.Status, someoneElses.Status }, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Empty(await _app.GetService<FaqPhrasingStore>().AllAsync(default));
        Assert.Empty(await AuditAsync());
    }

    /// <summary>The Beheer page's antiforgery token and the phrasing form's key, as the browser gets them.</summary>
    private static async Task<(string Token, string Key)> FormAsync(TabClient client)
    {
        var token = await client.AntiforgeryTokenAsync("/tab/beheer");
        var (status, html) = await client.GetAsync("/tab/beheer");
        Assert.Equal(HttpStatusCode.OK, status);
        return (token, FormKey().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No phrasing form key on /tab/beheer."));
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(TabClient client, string? token, string key, string entryId, string text)
    {
        var fields = new List<(string, string)> { ("sleutel", key), ("vraag", entryId), ("formulering", text) };
        if (token is not null)
        {
            fields.Add(("__af", token));
        }

        using var response = await client.Http.PostAsync("/tab/beheer?handler=Faq", TabClient.Form([.. fields]));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Melding(string html) =>
        MeldingText().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No message on the page.");

    private async Task<IReadOnlyList<TabAuditEvent>> AuditAsync() =>
        [.. (await _app.GetService<TabAuditLog>().LatestAsync(DateTimeOffset.UtcNow, 50, default)).Where(e => e.Type == "faq-formulering")];

    [GeneratedRegex("name=\"sleutel\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex FormKey();

    [GeneratedRegex("data-testid=\"melding\">([^<]*)</p>")]
    private static partial Regex MeldingText();
}

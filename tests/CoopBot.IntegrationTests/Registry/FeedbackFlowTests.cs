using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;
using CoopBot.Registry;
using CoopBot.Domain.Registry;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>"kandidaat stellen" and "bezwaar samenstelling": form, stored, forwarded to the community manager, decided, candidate told.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class FeedbackFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Motivation = "Ik volg Open Vlacc al jaren op voor Bibliotheek Antwerpen.";
    private CoopBotApp _app = null!;

    public async Task InitializeAsync() => _app = await CoopBotApp.StartAsync(azurite.Server);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Candidacy_InChannel_AsksForPersonalChat()
    {
        await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.NonMember, "kandidaat stellen"));

        var sent = Assert.Single(_app.Connector.CallsTo("POST", "/activities"));
        Assert.Contains(RegistryTexts.PersonalChatOnly, sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Candidacy_Cooperant_GetsFormWithTheGroupsOfItsServices()
    {
        await _app.PostActivityAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.NonMember, "kandidaat stellen"));

        var card = Assert.Single(_app.Connector.CallsTo("POST", "/activities")).Card;
        var choices = card!["body"]!.AsArray().First(e => e!["id"]?.GetValue<string>() == "steeringGroupId")!["choices"]!.AsArray();
        Assert.Equal(["basisinfrastructuur", "digitale-collecties", "inspireren"], choices.Select(c => c!["value"]!.GetValue<string>()).Order());
        Assert.Equal("registry.feedback.submit", card["actions"]![0]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public async Task Candidacy_OrganisationTakesNoService_IsToldOnlyCooperantsMay()
    {
        await _app.PostActivityAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, NoCooperant, "kandidaat stellen"));

        Assert.Contains("Enkel coöperanten", Assert.Single(_app.Connector.CallsTo("POST", "/activities")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Candidacy_SubmitAcceptAndTell_WholeFlow()
    {
        var submitted = await SubmitAsync("Kandidatuur", "basisinfrastructuur", Motivation);
        Assert.Contains(RegistryTexts.CandidacyTitle + RegistryTexts.SentSuffix, TextOf(submitted["value"]), StringComparison.Ordinal);

        var forwarded = await WaitForPostAsync(_app, "/v3/conversations/group-chat-id/activities", Motivation);
        Assert.Contains("Fien De Smet", TextOf(forwarded.Card), StringComparison.Ordinal);
        Assert.Contains("Bibliotheek Antwerpen", TextOf(forwarded.Card), StringComparison.Ordinal);
        var accept = forwarded.Card!["actions"]![0]!["data"]!.AsObject();

        var decided = await _app.InvokeAsync(TeamsActivity.CardAction(_app.ServiceUrl, CommunityManager, "registry.feedback.decide", accept.DeepClone().AsObject()));
        Assert.Contains("aanvaard", TextOf(decided["value"]), StringComparison.Ordinal);
        Assert.Null(decided["value"]!["actions"]);

        var told = await WaitForPostAsync(_app, "/activities", RegistryTexts.DecidedForSubmitter("kandidatuur", "Stuurgroep Basisinfrastructuur Digitale Bibliotheek", "aanvaard"));
        var chat = Assert.Single(_app.Connector.CallsTo("POST", "/v3/conversations"), c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(DemoUser.NonMember.TeamsId, chat.Body!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Contains("a:1on1", told.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_NotTheCommunityManager_RefusedAndStillOpen()
    {
        await SubmitAsync("Bezwaar", "basisinfrastructuur", "Er zit niemand uit Antwerpen of Brussel in.");
        var forwarded = await WaitForPostAsync(_app, "/v3/conversations/group-chat-id/activities", RegistryTexts.ObjectionHeading);
        var decline = forwarded.Card!["actions"]![1]!["data"]!.AsObject().DeepClone().AsObject();

        var refused = await _app.InvokeAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Chair, "registry.feedback.decide", decline));

        var text = TextOf(refused["value"]);
        Assert.Contains(FeedbackRejections.OnlyCommunityManager.Message, text, StringComparison.Ordinal);
        Assert.Contains("ingediend", text, StringComparison.Ordinal);
        Assert.Equal(2, refused["value"]!["actions"]!.AsArray().Count);
    }

    [Fact]
    public async Task Decide_Twice_SecondIsRefusedAndCandidateToldOnce()
    {
        await SubmitAsync("Kandidatuur", "inspireren", Motivation);
        var forwarded = await WaitForPostAsync(_app, "/v3/conversations/group-chat-id/activities", Motivation);
        var decline = forwarded.Card!["actions"]![1]!["data"]!.AsObject();

        await _app.InvokeAsync(TeamsActivity.CardAction(_app.ServiceUrl, CommunityManager, "registry.feedback.decide", decline.DeepClone().AsObject()));
        var again = await _app.InvokeAsync(TeamsActivity.CardAction(_app.ServiceUrl, CommunityManager, "registry.feedback.decide", decline.DeepClone().AsObject()));

        Assert.Contains("al afgewezen", TextOf(again["value"]), StringComparison.Ordinal);
        await WaitForPostAsync(_app, "/v3/conversations/a:1on1", "afgewezen");
        Assert.Single(_app.Connector.CallsTo("POST", "/v3/conversations"), c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_RedeliveredActivity_StoredAndForwardedOnce()
    {
        var activityId = $"f:{Guid.NewGuid()}";
        await SubmitAsync("Kandidatuur", "digitale-collecties", Motivation, activityId);
        await SubmitAsync("Kandidatuur", "digitale-collecties", Motivation, activityId);

        await WaitForPostAsync(_app, "/v3/conversations/group-chat-id/activities", Motivation);
        var second = await SubmitAsync("Kandidatuur", "digitale-collecties", Motivation);

        Assert.Contains("wacht nog op een antwoord", TextOf(second["value"]), StringComparison.Ordinal);
        Assert.Single(_app.Connector.CallsTo("POST", "/v3/conversations/group-chat-id/activities"));
    }

    [Theory]
    [InlineData("Kandidatuur", "basisinfrastructuur", "te kort", "Schrijf een motivatie van 10 tot 2000 tekens.")]
    [InlineData("Kandidatuur", "beleven", Motivation, "neemt geen dienst af van de Stuurgroep Beleven")]
    [InlineData("Bezwaar", "bestaat-niet", Motivation, "Die stuurgroep ken ik niet.")]
    public async Task Submit_Invalid_FormAgainWithReasonAndNothingForwarded(string kind, string group, string motivation, string reason)
    {
        var response = await SubmitAsync(kind, group, motivation);

        Assert.Contains(reason, TextOf(response["value"]), StringComparison.Ordinal);
        Assert.Equal("registry.feedback.submit", response["value"]!["actions"]![0]!["verb"]!.GetValue<string>());
        Assert.Empty(_app.Connector.Calls);
    }

    [Fact]
    public async Task Submit_UnknownKind_Is400()
    {
        var response = await _app.InvokeAsync(PersonalInvoke(_app.ServiceUrl, DemoUser.NonMember, "registry.feedback.submit", new JsonObject { ["kind"] = "Volmacht" }));

        Assert.Equal(400, response["statusCode"]!.GetValue<int>());
    }

    private Task<JsonNode> SubmitAsync(string kind, string group, string motivation, string? activityId = null) =>
        _app.InvokeAsync(PersonalInvoke(
            _app.ServiceUrl,
            DemoUser.NonMember,
            "registry.feedback.submit",
            new JsonObject { ["kind"] = kind, ["steeringGroupId"] = group, ["motivation"] = motivation },
            activityId));
}

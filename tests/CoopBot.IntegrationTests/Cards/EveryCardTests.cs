using System.Text.Json.Nodes;
using CoopBot.Cards;
using CoopBot.Decisions;
using CoopBot.Domain.Decisions;
using CoopBot.Help;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Cards;

/// <summary>Every card the bot can send passes Microsoft's reference parser with zero findings and stays under 28 KB.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class EveryCardTests(AzuriteFixture azurite)
{
    private const int MaxCardBytes = 28 * 1024;
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    [Fact]
    public async Task EveryCardBuilder_PassesReferenceParser()
    {
        var cards = AllCards().Select(AdaptiveCardSerializer.ToJsonNode).ToList();

        await AssertClean(cards);
    }

    [Fact]
    public async Task CardsSentDuringAPollRound_PassReferenceParser()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var flow = new PollFlow(app);
        await app.PostActivityAsync(TeamsActivity.ChannelMessage(app.ServiceUrl, DemoUser.Chair, "stemming"));
        var pollId = await flow.CreatePollAsync("**Vet** <b>html</b> [link](http://x)", "Ja", "Nee");
        var invokeCards = new List<JsonNode?>
        {
            (await flow.VoteAsync(DemoUser.Bram, pollId, "o1"))["value"],
            (await flow.VoteAsync(DemoUser.NonMember, pollId, "o1"))["value"],
            (await flow.RefreshAsync(DemoUser.Chair, pollId))["value"],
            (await flow.CloseAsync(DemoUser.Chair, pollId))["value"],
        };
        await flow.WaitForCardUpdateAsync("uitslag");

        var sent = app.Connector.Calls.Select(c => c.Card).Concat(invokeCards).OfType<JsonNode>().ToList();
        Assert.True(sent.Count >= 7, $"expected the form, poll, per-user, shared and result cards; got {sent.Count}");
        await AssertClean(sent);
    }

    private static async Task AssertClean(List<JsonNode> cards)
    {
        var results = await ReferenceCardValidator.ValidateAsync(cards);

        Assert.Equal(cards.Count, results.Count);
        Assert.All(results, r => Assert.True(r.IsClean, r.ToString()));
        Assert.All(results, r => Assert.True(r.Bytes < MaxCardBytes, r.ToString()));
    }

    private static IEnumerable<AdaptiveCard> AllCards()
    {
        var now = new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);
        var options = Enumerable.Range(1, PollLimits.MaxOptions).Select(i => $"Optie {i} met een <b>lange</b> *naam*");
        var poll = Poll(PollDefinition.Create(PollKinds.SingleChoice, new string('T', PollLimits.TitleMaxLength), new string('d', PollLimits.DescriptionMaxLength), options, PollSettings.Default).Value!, now);
        var proposal = Poll(PollDefinition.Create(PollKinds.Proposal, "Nieuwe leverancier", "Offerte in bijlage", null, PollSettings.Default).Value!, now);
        var ballot = new BallotRecord("a", "Bram Claes", ["o1"], null, now);
        var manyVoters = Enumerable.Range(0, 61).Select(i => $"29:user-{i}").ToList();

        yield return HelpCards.Build();
        yield return DecisionCards.CreateForm("basisinfrastructuur", "Stuurgroep Basisinfrastructuur Digitale Bibliotheek", new DateOnly(2026, 12, 1));
        yield return DecisionCards.CreateForm("basisinfrastructuur", "Stuurgroep", new DateOnly(2026, 12, 1), "Geef minstens 2 antwoordmogelijkheden op.",
            new CreatePollData("basisinfrastructuur", "Vraag", "A", null, null, null, null, null, null, null, null, null, "2026-12-01", "17:00"));
        yield return DecisionCards.Created(poll, Brussels);
        yield return DecisionCards.Shared(View(poll, null, voters: manyVoters));
        yield return DecisionCards.ForViewer(View(poll, ballot), "Je stem is geteld.");
        yield return DecisionCards.ForViewer(View(poll, null, canVote: false), "Je hebt geen zitje in deze stuurgroep.", noticeIsError: true);
        yield return DecisionCards.ForViewer(View(proposal, null, canManage: true));
        var closed = proposal with { State = proposal.State with { Status = PollStatus.Closed, ClosedAt = now } };
        yield return DecisionCards.Shared(View(closed, null));
        var final = closed with { Result = new StoredResult(new Dictionary<string, int> { ["voor"] = 3, ["tegen"] = 1 }, 4, 4, true, DecisionOutcome.Passed, now) };
        yield return DecisionCards.Result(View(final, null));
        yield return DecisionCards.Result(View(poll with { State = closed.State }, null));
        foreach (var registryCard in Registry.RegistryCardSamples.All())
        {
            yield return registryCard;
        }
    }

    private static PollRecord Poll(PollDefinition definition, DateTimeOffset now) =>
        new("p1", "basisinfrastructuur", definition, new PollState(PollStatus.Open, now.AddDays(3), null), "a", "An Peeters", now, null, null);

    private static PollView View(PollRecord poll, BallotRecord? ballot, bool canVote = true, bool canManage = false, IReadOnlyList<string>? voters = null)
    {
        var tally = poll.Result?.ToTally() ?? Tally.Compute(poll.Definition, ballot is null ? [] : [ballot.OptionIds], 4);
        return new PollView(poll, tally, ballot, canVote, canManage, voters ?? ["user-id-1", "user-id-2"], Brussels);
    }
}

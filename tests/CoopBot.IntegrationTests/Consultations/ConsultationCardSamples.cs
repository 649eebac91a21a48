using CoopBot.Cards;
using CoopBot.Decisions;
using CoopBot.Domain.Decisions;
using CoopBot.Domain.Registry;

namespace CoopBot.IntegrationTests.Consultations;

/// <summary>Consultation cards at their largest: a proxy holder's view with the organisation choice, the proxy form, the result with proxies.</summary>
internal static class ConsultationCardSamples
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static IEnumerable<AdaptiveCard> All()
    {
        var now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
        var settings = PollSettings.Default with { Audience = Audience.Cooperants, ReasonMode = ReasonMode.Optional };
        var definition = PollDefinition.Create(PollKinds.Proposal, "Raadpleging **zomeruren** <b>html</b>", "Toelichting", null, settings).Value!;
        var poll = new PollRecord("p1", "basisinfrastructuur", definition, new PollState(PollStatus.Open, now.AddDays(3), null), "a", "An Peeters", now, null, null);
        var proxies = Enumerable.Range(0, 12).Select(i => new ProxyRecord(
            new ProxyRegistration("p1", $"bib-{i}", $"person-{i}", $"rep-{i}", now), $"Bibliotheek {i} *vet*", $"Persoon <b>{i}</b>", $"Bibliotheek {i + 1}")).ToList();
        var ballot = new BallotRecord("bib-gent", "Bibliotheek Gent", ["voor"], "Omdat [het](http://x) kan.", now) { CastById = "x", CastByName = "Yasmine Peeters", ByProxy = true };
        var organisations = Enumerable.Range(0, 12).Select(i => ($"bib-{i}", $"Bibliotheek {i} *vet*")).ToList();
        var candidates = Enumerable.Range(0, 300).Select(i => ($"person-{i}", $"Persoon {i} (Bibliotheek {i % 300})")).ToList();
        var tally = Tally.Compute(definition, [ballot.OptionIds], 300);
        var representatives = Enumerable.Range(0, 90).Select(i => $"user-{i}").ToList();
        var view = new PollView(poll, tally, ballot, true, true, representatives, Brussels)
        {
            BallotOrganisations = organisations,
            Proxies = proxies,
            ProxyCandidates = candidates,
        };

        yield return DecisionCards.ForViewer(view, DecisionTexts.ProxyRegistered(proxies[0]));
        yield return DecisionCards.Shared(view);
        var final = poll with
        {
            State = poll.State with { Status = PollStatus.Closed, ClosedAt = now },
            Result = new StoredResult(new Dictionary<string, int> { ["voor"] = 150, ["tegen"] = 100 }, 250, 300, true, DecisionOutcome.Passed, now),
        };
        yield return DecisionCards.Result(view with { Poll = final, Tally = final.Result!.ToTally() });
    }
}

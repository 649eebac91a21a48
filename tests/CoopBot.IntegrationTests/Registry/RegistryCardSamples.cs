using CoopBot.Cards;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>Every registry card, with long and markdown-laden user text, for the reference-parser test (EveryCardTests).</summary>
internal static class RegistryCardSamples
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static IEnumerable<AdaptiveCard> All()
    {
        var now = new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);
        var groups = new[] { "basisinfrastructuur", "digitale-collecties", "beleven", "inspireren" }
            .Select(id => new SteeringGroup(id, $"Stuurgroep {id} **vet**", [], null)).ToList();
        var seats = Enumerable.Range(1, 30)
            .Select(i => new SeatLine($"Persoon {i} <b>html</b>", (SeatRole)(i % 4), $"Bibliotheek [{i}](http://x)", now.AddYears(2), i % 5 != 0)).ToList();
        var workingGroups = new List<WorkingGroup> { new("wg", "basisinfrastructuur", "Werkgroep Open Vlacc", ["a"]) };
        yield return RegistryCards.Members(groups.Select(g => new SteeringGroupView(g, seats, workingGroups)).ToList(), Brussels);
        yield return RegistryCards.Members([new SteeringGroupView(groups[2], [], [])], Brussels);

        var mySeats = new List<MySeatLine> { new(groups[0].Name, SeatRole.Lid, now.AddYears(1), true, true), new(groups[3].Name, SeatRole.Lid, now.AddYears(2), false, false) };
        var votes = new List<(string, OpenVoteItem)> { (groups[0].Name, new OpenVoteItem("p1", groups[0].Id, new string('T', 200) + " _x_", now.AddDays(3))) };
        yield return RegistryCards.MyGroups(mySeats, votes, Brussels);
        yield return RegistryCards.MyGroups([], [], Brussels);

        var organisations = Enum.GetValues<Province>().Select(p => new Organisation($"o-{p}", $"Bib {p}", OrganisationKind.Bibliotheek, p, SizeClass.Groot, true, false, new HashSet<string>())).ToList();
        var balanced = organisations.Select((o, i) => Seat.Propose($"s{i}", "g", $"p{i}", o.Id, SeatRole.Lid, now.AddDays(-1), Experience.Nieuw)).ToList();
        yield return RegistryCards.Composition([
            (groups[0], CompositionReport.Build("g", balanced, organisations, now)),
            (groups[1], CompositionReport.Build("g", balanced.Take(2), organisations, now)),
            (groups[2], CompositionReport.Build("g", [], organisations, now))]);

        var feedback = new CompositionFeedback("fb1", FeedbackKind.Kandidatuur, "basisinfrastructuur", "p", "Fien **De** Smet", "bib-antwerpen",
            new string('m', CompositionFeedbackRules.MaxMotivationLength - 20) + " <at>iedereen</at> # titel", now);
        yield return FeedbackCards.Form(FeedbackKind.Kandidatuur, groups);
        yield return FeedbackCards.Form(FeedbackKind.Bezwaar, groups[..1], "Schrijf een motivatie van 10 tot 2000 tekens.", new SubmitFeedbackData("Bezwaar", "basisinfrastructuur", "kort"));
        yield return FeedbackCards.Submitted(feedback, groups[0].Name);
        yield return FeedbackCards.ForCommunityManager(feedback, groups[0].Name, "Bibliotheek _Antwerpen_", Brussels);
        var declined = feedback with { Kind = FeedbackKind.Bezwaar, Status = FeedbackStatus.Afgewezen, DecidedAt = now };
        yield return FeedbackCards.ForCommunityManager(declined, groups[0].Name, "Bibliotheek Antwerpen", Brussels, "Deze bezwaar is al afgewezen.");
        yield return FeedbackCards.Decided(declined, groups[0].Name);

        yield return InstallCards.LinkOffer("Team *Inspireren*", groups);
        yield return InstallCards.LinkOffer(null, groups, "Enkel de voorzitter van die stuurgroep of de community manager kan een team aan de stuurgroep koppelen.");
        yield return InstallCards.Linked(groups[3], "An [Peeters](http://x)");
    }
}

using CoopBot.Broadcasts;
using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Meetings;
using CoopBot.Meetings;

namespace CoopBot.IntegrationTests.Meetings;

/// <summary>Every meeting card at its largest (15 agenda points of maximal length, 6 slots, full verslag) for the reference parser.</summary>
internal static class MeetingCardSamples
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
    private static readonly DateTimeOffset Start = new(2027, 3, 28, 1, 30, 0, TimeSpan.FromHours(1));

    public static IEnumerable<AdaptiveCard> All()
    {
        var planned = Meeting(MeetingStatus.Gepland) with { Event = new CalendarEvent("evt", "https://teams.microsoft.com/l/meetup-join/x", Start, TimeSpan.FromHours(2), false) };
        var held = Meeting(MeetingStatus.Gehouden);
        var published = held with { Minutes = Minutes() };
        var polling = Meeting(MeetingStatus.Gepland) with { Slot = null, Candidates = Slots() };

        yield return MeetingCards.PlanForm("basisinfrastructuur", "Stuurgroep Basisinfrastructuur Digitale Bibliotheek", new DateOnly(2027, 3, 1));
        yield return MeetingCards.PlanForm("basisinfrastructuur", "Stuurgroep", new DateOnly(2027, 3, 1), "De stuurgroep komt 1 à 3 keer per jaar samen.",
            new PlanMeetingData("basisinfrastructuur", "**Vet** <b>html</b>"));
        yield return MeetingCards.Confirmation("Vergadering gepland", "zondag 28 maart 2027 om 01:30 tot 04:30.");
        yield return MeetingCards.Shared(View(planned), "Genoteerd: je bent aanwezig.");
        yield return MeetingCards.Shared(View(held), "Alleen de voorzitter kan dit.", isError: true);
        yield return MeetingCards.Shared(View(published));
        yield return MeetingCards.Shared(View(Meeting(MeetingStatus.Geannuleerd)));
        yield return MeetingCards.Shared(View(polling));
        yield return MeetingCards.Shared(View(polling with { Candidates = Slots().Take(2).ToList() }, answered: false));
        yield return MeetingCards.Full(View(planned), isMinutes: false);
        yield return MeetingCards.Full(View(published), isMinutes: true);
        yield return MeetingCards.MinutesForm(View(held), "Schrijf per agendapunt een korte tekst.");
        yield return MeetingCards.Public(PublicMeetingContent.From(View(planned), withMinutes: false), isMinutes: false, Brussels);
        yield return MeetingCards.Public(PublicMeetingContent.From(View(published), withMinutes: true), isMinutes: true, Brussels, "Bedankt! Je feedback is doorgegeven.");
        yield return BroadcastCards.Stats(new BroadcastStats("Openbaar verslag: " + new string('T', 120), 280, 3, 17));
        yield return BroadcastCards.Stats(new BroadcastStats("Openbare agenda", 300, 0, 0));
    }

    private static MeetingRecord Meeting(MeetingStatus status) => new(
        "basisinfrastructuur.0123456789ab", "basisinfrastructuur", new string('V', 120) + " <b>*x*</b>", status,
        new SlotCandidate("s1", Start, TimeSpan.FromHours(2), false, new string('P', 120)), [], Agenda(), "a", Start.AddDays(-30),
        new CardLocation("https://smba.trafficmanager.net/emea/", "19:c@thread.tacv2;messageid=1", "1", "19:c@thread.tacv2", "t"));

    private static List<AgendaItem> Agenda() => Enumerable.Range(1, AgendaRules.MaxItems)
        .Select(n => new AgendaItem(n, $"{n} " + new string('A', AgendaRules.TitleMaxLength - 3), new string('N', AgendaRules.PresenterMaxLength), 30, n % 3 == 0,
            ["p1", "p2", "p3", "p4", "p5"], n % 2 == 0 ? Money.FromEuros(87_500m) : null))
        .ToList();

    private static List<SlotCandidate> Slots() => Enumerable.Range(1, TimePollSlots.MaxSlots)
        .Select(i => new SlotCandidate($"s{i}", Start.AddDays(i), TimeSpan.FromMinutes(90), i % 2 == 0, i % 2 == 0 ? null : "Cultuurconnect, Brussel")).ToList();

    private static MeetingMinutes Minutes() => new(
        Enumerable.Range(1, AgendaRules.MaxItems).ToDictionary(n => n, _ => new string('v', AgendaRules.MinutesTextMaxLength)),
        Enumerable.Range(1, AgendaRules.MaxItems).ToDictionary(n => n, _ => (IReadOnlyList<string>)["p1", "p2"]),
        ["a1", "a2"], Start.AddHours(3), "a");

    private static MeetingView View(MeetingRecord meeting, bool answered = true)
    {
        var members = Enumerable.Range(1, 12).Select(i => ($"a{i}", $"Lid {i} met een lange naam")).ToList();
        var rsvps = members.Take(5).ToDictionary(m => m.Item1, m => (m.Item2, Rsvp.Aanwezig));
        var answers = answered ? meeting.Candidates.Select(c => new SlotAnswer("a1", c.Id, Availability.Ja)) : [];
        var titles = new Dictionary<string, string> { ["p1"] = "Voorstel met een **titel**", ["p2"] = new string('t', 150) };
        return new MeetingView(meeting, "Stuurgroep Basisinfrastructuur Digitale Bibliotheek", rsvps, SlotSummary.Build(meeting.Candidates, answers), titles, members, Brussels);
    }
}

using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;

namespace CoopBot.Registry;

/// <summary>Cards of "wie zit in de stuurgroep", "mijn stuurgroepen" and "samenstelling". User-written text is shown literally.</summary>
internal static class RegistryCards
{
    public static AdaptiveCard Members(IReadOnlyList<SteeringGroupView> groups, TimeZoneInfo zone)
    {
        var card = new AdaptiveCard().AddBody(TextBlock.Heading(groups.Count == 1 ? "Wie zit in de stuurgroep?" : "Wie zit in de stuurgroepen?"));
        foreach (var view in groups)
        {
            card.AddBody(new TextBlock(CardText.Literal(view.Group.Name)) { Weight = TextWeight.Bolder, Separator = true });
            card.AddBody(view.Seats.Count == 0
                ? new TextBlock("Nog geen leden.") { IsSubtle = true }
                : new FactSet(view.Seats.OrderBy(s => s.Role).ThenBy(s => s.PersonName, StringComparer.CurrentCulture).Select(s => Literal(s.PersonName, Describe(s, zone)))));
            if (view.WorkingGroups.Count > 0)
            {
                card.AddBody(new TextBlock("Werkgroepen: " + CardText.Literal(string.Join(", ", view.WorkingGroups.Select(w => w.Name)))) { IsSubtle = true });
            }
        }

        return card;
    }

    public static AdaptiveCard MyGroups(IReadOnlyList<MySeatLine> seats, IReadOnlyList<(string GroupName, OpenVoteItem Vote)> openVotes, TimeZoneInfo zone)
    {
        var card = new AdaptiveCard().AddBody(TextBlock.Heading("Mijn stuurgroepen"));
        card.AddBody(seats.Count == 0
            ? new TextBlock(RegistryTexts.NoSeats)
            : new FactSet(seats.Select(s => Literal(s.SteeringGroupName, MySeat(s, zone)))));
        card.AddBody(new TextBlock("Openstaande stemmingen") { Weight = TextWeight.Bolder, Separator = true });
        card.AddBody(openVotes.Count == 0
            ? new TextBlock(RegistryTexts.NoOpenVotes) { IsSubtle = true }
            : new FactSet(openVotes.Select(v => Literal(v.Vote.Title, $"{v.GroupName}, sluit op {DutchFormat.DateTime(v.Vote.ClosesAt, zone)}"))));
        return card;
    }

    public static AdaptiveCard Composition(IReadOnlyList<(SteeringGroup Group, CompositionReport Report)> reports)
    {
        var card = new AdaptiveCard().AddBody(TextBlock.Heading("Samenstelling van de stuurgroep"));
        foreach (var (group, report) in reports)
        {
            card.AddBody(
                new TextBlock(CardText.Literal(group.Name)) { Weight = TextWeight.Bolder, Separator = true },
                new TextBlock(DutchFormat.Count(report.Members, "lid telt mee", "leden tellen mee") + " (enkel leden, geen voorzitter of productmanager).") { IsSubtle = true },
                new FactSet(report.PerProvince.Select(p => new Fact(p.Key.DisplayName(), Count(p.Value)))),
                new FactSet(
                    new Fact("Groot / klein", $"{report.Big} / {report.Small}"),
                    new Fact("Nieuw / ervaren", $"{report.Newcomers} / {report.Experienced}"),
                    new Fact("Regionale bibliotheek", Count(report.Regional)),
                    new Fact("Pilootbibliotheek", Count(report.Pilot))));
            card.AddBody(report.Warnings.Count == 0
                ? [new TextBlock("De samenstelling is in evenwicht.") { Color = TextColor.Good }]
                : report.Warnings.Select(w => new TextBlock("⚠ " + w.Message) { Color = TextColor.Attention }));
        }

        return card;
    }

    private static string Describe(SeatLine seat, TimeZoneInfo zone)
    {
        var role = SeatRolePolicy.For(seat.Role).DisplayName;
        var ratified = seat.IsRatified ? string.Empty : " (voorgesteld, nog niet bekrachtigd)";
        return $"{role}, {seat.OrganisationName}, tot {DutchFormat.Date(seat.TermEnd, zone)}{ratified}";
    }

    private static string MySeat(MySeatLine seat, TimeZoneInfo zone)
    {
        var role = SeatRolePolicy.For(seat.Role).DisplayName;
        var state = !seat.IsRatified ? ", voorgesteld" : seat.IsActive ? string.Empty : ", niet actief";
        return $"{role}, tot {DutchFormat.Date(seat.TermEnd, zone)}{state}";
    }

    private static Fact Literal(string title, string value) => new(CardText.Literal(title), CardText.Literal(value));

    private static string Count(int n) => n.ToString(DutchFormat.Culture);
}

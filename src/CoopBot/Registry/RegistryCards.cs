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
        var card = new AdaptiveCard().AddBody(TextBlock.Heading(groups.Count == 1 ? RegistryTexts.WhoIsInOne : RegistryTexts.WhoIsInMany));
        foreach (var view in groups)
        {
            card.AddBody(new TextBlock(CardText.Literal(view.Group.Name)) { Weight = TextWeight.Bolder, Separator = true });
            card.AddBody(view.Seats.Count == 0
                ? new TextBlock(RegistryTexts.NoMembersYet) { IsSubtle = true }
                : new FactSet(view.Seats.OrderBy(s => s.Role).ThenBy(s => s.PersonName, StringComparer.CurrentCulture).Select(s => Literal(s.PersonName, Describe(s, zone)))));
            if (view.WorkingGroups.Count > 0)
            {
                card.AddBody(new TextBlock(RegistryTexts.WorkingGroupsPrefix + CardText.Literal(string.Join(", ", view.WorkingGroups.Select(w => w.Name)))) { IsSubtle = true });
            }
        }

        return card;
    }

    public static AdaptiveCard MyGroups(IReadOnlyList<MySeatLine> seats, IReadOnlyList<(string GroupName, OpenVoteItem Vote)> openVotes, TimeZoneInfo zone)
    {
        var card = new AdaptiveCard().AddBody(TextBlock.Heading(RegistryTexts.MyGroupsHeading));
        card.AddBody(seats.Count == 0
            ? new TextBlock(RegistryTexts.NoSeats)
            : new FactSet(seats.Select(s => Literal(s.SteeringGroupName, MySeat(s, zone)))));
        card.AddBody(new TextBlock(RegistryTexts.OpenVotesHeading) { Weight = TextWeight.Bolder, Separator = true });
        card.AddBody(openVotes.Count == 0
            ? new TextBlock(RegistryTexts.NoOpenVotes) { IsSubtle = true }
            : new FactSet(openVotes.Select(v => Literal(v.Vote.Title, RegistryTexts.OpenVote(v.GroupName, DutchFormat.DateTime(v.Vote.ClosesAt, zone))))));
        return card;
    }

    public static AdaptiveCard Composition(IReadOnlyList<(SteeringGroup Group, CompositionReport Report)> reports)
    {
        var card = new AdaptiveCard().AddBody(TextBlock.Heading(RegistryTexts.CompositionHeading));
        foreach (var (group, report) in reports)
        {
            card.AddBody(
                new TextBlock(CardText.Literal(group.Name)) { Weight = TextWeight.Bolder, Separator = true },
                new TextBlock(DutchFormat.Count(report.Members, RegistryTexts.CountedMemberSingular, RegistryTexts.CountedMemberPlural) + RegistryTexts.CountedMembersNote) { IsSubtle = true },
                new FactSet(report.PerProvince.Select(p => new Fact(p.Key.DisplayName(), Count(p.Value)))),
                new FactSet(
                    new Fact(RegistryTexts.BigSmallLabel, $"{report.Big} / {report.Small}"),
                    new Fact(RegistryTexts.NewExperiencedLabel, $"{report.Newcomers} / {report.Experienced}"),
                    new Fact(RegistryTexts.RegionalLabel, Count(report.Regional)),
                    new Fact(RegistryTexts.PilotLabel, Count(report.Pilot))));
            card.AddBody(report.Warnings.Count == 0
                ? [new TextBlock(RegistryTexts.Balanced) { Color = TextColor.Good }]
                : report.Warnings.Select(w => new TextBlock("⚠ " + w.Message) { Color = TextColor.Attention }));
        }

        return card;
    }

    private static string Describe(SeatLine seat, TimeZoneInfo zone)
    {
        var role = SeatRolePolicy.For(seat.Role).DisplayName;
        var ratified = seat.IsRatified ? string.Empty : RegistryTexts.NotRatifiedSuffix;
        return RegistryTexts.SeatLine(role, seat.OrganisationName, DutchFormat.Date(seat.TermEnd, zone), ratified);
    }

    private static string MySeat(MySeatLine seat, TimeZoneInfo zone)
    {
        var role = SeatRolePolicy.For(seat.Role).DisplayName;
        var state = !seat.IsRatified ? RegistryTexts.ProposedSuffix : seat.IsActive ? string.Empty : RegistryTexts.InactiveSuffix;
        return RegistryTexts.MySeatLine(role, DutchFormat.Date(seat.TermEnd, zone), state);
    }

    private static Fact Literal(string title, string value) => new(CardText.Literal(title), CardText.Literal(value));

    private static string Count(int n) => n.ToString(DutchFormat.Culture);
}

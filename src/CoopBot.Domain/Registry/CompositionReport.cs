using CoopBot.Domain.Text;

namespace CoopBot.Domain.Registry;

/// <summary>A balance remark on a stuurgroep composition, with a stable code and the Dutch text.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Message">Dutch sentence.</param>
public sealed record CompositionWarning(string Code, string Message);

/// <summary>
/// Counts of the member seats of one stuurgroep active at a moment, against seed 002's mixed composition: "nieuwe en
/// ervaren mensen", "grote als van kleine bibliotheken en vertegenwoordiging uit regionale bibliotheken", "alle
/// provincies", "pilootbibliothe(e)ken". Staff roles are not counted. Proposed seats count too, so a proposed composition
/// can be checked before the Raad van Bestuur ratifies it.
/// </summary>
/// <param name="SteeringGroupId">The stuurgroep.</param>
/// <param name="Members">Number of member seats counted.</param>
/// <param name="PerProvince">Members per province, every province present (also with 0).</param>
/// <param name="Big">Members from big organisations.</param>
/// <param name="Small">Members from small organisations.</param>
/// <param name="Newcomers">New members.</param>
/// <param name="Experienced">Experienced members.</param>
/// <param name="Regional">Members from regional libraries.</param>
/// <param name="Pilot">Members from pilot libraries.</param>
/// <param name="Warnings">Balance warnings, empty when balanced.</param>
public sealed record CompositionReport(
    string SteeringGroupId,
    int Members,
    IReadOnlyDictionary<Province, int> PerProvince,
    int Big,
    int Small,
    int Newcomers,
    int Experienced,
    int Regional,
    int Pilot,
    IReadOnlyList<CompositionWarning> Warnings)
{
    /// <summary>Builds the report for the member seats of <paramref name="steeringGroupId"/> active at <paramref name="now"/>.</summary>
    public static CompositionReport Build(
        string steeringGroupId, IEnumerable<Seat> seats, IEnumerable<Organisation> organisations, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var byId = organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var members = seats
            .Where(s => s.SteeringGroupId == steeringGroupId && SeatRolePolicy.For(s.Role).IsMember && TermRules.IsActive(s, now))
            .Select(s => (Seat: s, Organisation: byId.TryGetValue(s.OrganisationId, out var o)
                ? o
                : throw new ArgumentException($"Seat {s.Id} names unknown organisation {s.OrganisationId}.", nameof(organisations))))
            .ToList();

        var perProvince = Enum.GetValues<Province>().ToDictionary(p => p, p => members.Count(m => m.Organisation.Province == p));
        var big = members.Count(m => m.Organisation.Size == SizeClass.Groot);
        return new CompositionReport(
            steeringGroupId,
            members.Count,
            perProvince,
            big,
            members.Count - big,
            members.Count(m => m.Seat.Experience == Experience.Nieuw),
            members.Count(m => m.Seat.Experience == Experience.Ervaren),
            members.Count(m => m.Organisation.IsRegional),
            members.Count(m => m.Organisation.IsPilot),
            Warn(members.Count, perProvince, big));
    }

    private static List<CompositionWarning> Warn(int members, Dictionary<Province, int> perProvince, int big)
    {
        if (members == 0)
        {
            return [new("samenstelling.leeg", "Deze stuurgroep heeft op dit moment geen leden.")];
        }

        var warnings = new List<CompositionWarning>();
        var missing = perProvince.Where(p => p.Value == 0).Select(p => p.Key.DisplayName()).ToList();
        if (missing.Count > 0)
        {
            warnings.Add(new(
                "samenstelling.provincie-ontbreekt",
                $"Geen enkel lid uit {DutchList.Join(missing)}. De samenstelling hoort alle provincies en Brussel te vertegenwoordigen."));
        }

        const string Mix = " De samenstelling hoort grote en kleine bibliotheken te mengen.";
        if (big == members)
        {
            warnings.Add(new("samenstelling.enkel-groot", "Alle leden komen uit grote bibliotheken." + Mix));
        }
        else if (big == 0)
        {
            warnings.Add(new("samenstelling.enkel-klein", "Alle leden komen uit kleine bibliotheken." + Mix));
        }

        return warnings;
    }
}

using System.Globalization;
using CoopBot.Domain.Registry;
using CoopBot.Registry;
using CoopBot.Registry.Contracts;

namespace CoopBot.Tab;

/// <summary>
/// Beheer's seat form: the edit itself is the registry's <see cref="SeatEditor"/> (the registry import's validation);
/// this class words the outcome for the page and the audit line.
/// </summary>
internal sealed class TabSeatEditor(SeatEditor editor, TabTimeZone time)
{
    public async Task<SeatEdit> EditAsync(string? steeringGroupId, string? personId, string? role, string? termStart, string? termEnd, string? ratifiedOn, CancellationToken ct)
    {
        var edit = await editor.EditAsync(steeringGroupId, personId, role, termStart, termEnd, ratifiedOn, ct);
        return edit.Before is null ? edit with { Problems = [TabTexts.UnknownSeat] } : edit;
    }

    /// <summary>The seat as the audit line and the page show it.</summary>
    public string Describe(MemberSeat member) => TabTexts.SeatLine(member.Name, member.Seat.SteeringGroupId, SeatRolePolicy.For(member.Seat.Role).DisplayName, time.Date(member.Seat.TermStart), time.Date(member.Seat.TermEnd), member.Seat.RatifiedOn is { } on ? TabTexts.Ratified(on.ToString("d MMMM yyyy", TabTimeZone.Culture)) : TabTexts.Proposed);

    /// <summary>A date as the date input expects it.</summary>
    public static string InputDate(DateTimeOffset instant, TabTimeZone time) => time.LocalDate(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

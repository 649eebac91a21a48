using CoopBot.Domain.Common;
using CoopBot.Domain.Text;

namespace CoopBot.Domain.Registry;

/// <summary>Why a seat, vote or replacement was refused: stable codes with the Dutch sentence for the user.</summary>
public static class SeatRejections
{
    public static Rejection PersonAlreadySeated { get; } = new("zitje.persoon-al-lid", "Deze persoon heeft al een zitje in deze stuurgroep.");

    public static Rejection NoSeat { get; } = new(
        "stemrecht.geen-zitje", "Je hebt geen zitje in deze stuurgroep. Enkel de leden van de stuurgroep stemmen mee.");

    public static Rejection SeatIsPersonal { get; } = new(
        "stemrecht.zitje-persoonlijk",
        "Je hebt geen zitje in deze stuurgroep. Een zitje is persoonlijk: een collega van dezelfde organisatie kan niet in de plaats stemmen.");

    public static Rejection NotRatified { get; } = new(
        "stemrecht.niet-bekrachtigd", "Je zitje is nog niet bekrachtigd door de Raad van Bestuur. Pas daarna kan je meestemmen.");

    public static Rejection ReasonRequired { get; } = new(
        "vervanging.reden-verplicht",
        "Vervangen kan enkel bij een onevenwicht: geografisch, qua aantal leden, of omdat grootstedelijke expertise ontbreekt. Kies een reden.");

    public static Rejection OnlyCultuurconnectPrepares { get; } = new(
        "vervanging.enkel-cultuurconnect", "Cultuurconnect bereidt een vervanging voor. Meld je voorstel aan de community manager.");

    public static Rejection SteeringGroupMustAgree { get; } = new(
        "vervanging.stuurgroep-niet-akkoord", "De leden van de stuurgroep beslissen mee over een vervanging: hun akkoord ontbreekt nog.");

    public static Rejection OneSeatPerOrganisation(Organisation organisation) => new(
        "zitje.een-per-organisatie",
        $"{organisation.Name} heeft al een zitje in deze stuurgroep. Een bibliotheek heeft maar één zitje per stuurgroep.");

    public static Rejection AlreadyRatified(DateOnly ratifiedOn) => new(
        "zitje.al-bekrachtigd", $"Dit is al bekrachtigd door de Raad van Bestuur op {DutchDate.Format(ratifiedOn)}.");

    public static Rejection RoleDoesNotVote(SeatRoleRules role) => new(
        "stemrecht.rol",
        $"Als {role.DisplayName.ToLowerInvariant()} neem je deel aan de stuurgroep, maar je stemt niet mee: enkel de leden stemmen.");

    public static Rejection TermNotStarted(Seat seat) => new(
        "stemrecht.termijn-niet-begonnen", $"Je zitje in deze stuurgroep begint pas op {DutchDate.Format(seat.TermStart)}.");

    public static Rejection TermEnded(Seat seat) => new(
        "stemrecht.termijn-voorbij",
        $"Je termijn in deze stuurgroep liep af op {DutchDate.Format(seat.TermEnd)}. Na het einde van de termijn stem je niet meer mee.");

    public static Rejection ReplacedSeatEnded(Seat seat) => new(
        "vervanging.termijn-voorbij", $"Het zitje dat vervangen wordt, liep al af op {DutchDate.Format(seat.TermEnd)}.");
}

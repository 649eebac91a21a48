using CoopBot.Domain.Common;

namespace CoopBot.Domain.Registry;

/// <summary>Why a consultation ballot or proxy was refused: stable codes with the Dutch sentence for the user.</summary>
public static class ConsultationRejections
{
    public static Rejection UnknownOrganisation { get; } = new(
        "raadpleging.onbekende-organisatie", "Deze organisatie ken ik niet. Vraag de community manager om ze toe te voegen.");

    public static Rejection NotAnAfnemer(Organisation organisation, SteeringGroup steeringGroup) => new(
        "raadpleging.geen-afnemer",
        $"{organisation.Name} neemt geen dienst af van {SteeringGroupNames.WithArticle(steeringGroup.Name)}. "
        + "Enkel afnemers zijn coöperant en nemen deel aan deze raadpleging.");

    public static Rejection NotARepresentative(Organisation organisation) => new(
        "raadpleging.geen-vertegenwoordiger",
        $"Je vertegenwoordigt {organisation.Name} niet. Je stemt voor je eigen organisatie, "
        + "of voor een organisatie die jou voor deze raadpleging een volmacht gaf.");

    public static Rejection ProxyFromOwnOrganisation(Organisation organisation) => new(
        "raadpleging.volmacht-eigen-organisatie",
        $"Een volmacht gaat naar iemand van een andere organisatie. "
        + $"Collega's van {organisation.Name} kunnen zelf de stem van {organisation.Name} uitbrengen.");

    public static Rejection ProxyExists(Organisation organisation) => new(
        "raadpleging.volmacht-bestaat", $"{organisation.Name} gaf voor deze raadpleging al een volmacht.");
}

namespace CoopBot.Domain.Decisions;

/// <summary>The validated table of decision kinds (issue 4: proposal, poll, statement).</summary>
public static class PollKinds
{
    public const string ForOptionId = "voor";
    public const string AgainstOptionId = "tegen";
    public const string AbstainOptionId = "onthouding";
    public const string BlockOptionId = "bezwaar";
    public const string NoneOptionId = "geen-van-deze";

    private static readonly PollOption NoneOfThese = new(NoneOptionId, "Geen van deze", OptionRole.NoneOfThese);

    public static PollKind Proposal { get; } = new(
        "voorstel",
        "Voorstel",
        BallotRule.SingleChoice,
        [new(ForOptionId, "Voor", OptionRole.For), new(AgainstOptionId, "Tegen", OptionRole.Against), new(AbstainOptionId, "Onthouding", OptionRole.Abstain)],
        TimeSpan.FromDays(7),
        HasPassRule: true,
        OptionalOption: new(BlockOptionId, "Bezwaar", OptionRole.Block),
        AllowsAmount: true,
        Article: "het");

    public static PollKind SingleChoice { get; } = new(
        "stemming", "Stemming", BallotRule.SingleChoice, null, TimeSpan.FromDays(3), HasPassRule: false, OptionalOption: NoneOfThese);

    public static PollKind MultipleChoice { get; } = new(
        "peiling-meerkeuze", "Peiling (meerdere keuzes)", BallotRule.MultipleChoice, null, TimeSpan.FromDays(3), HasPassRule: false, OptionalOption: NoneOfThese);

    // Seed 003: "Akkoord of niet akkoord?" on a five-point scale.
    public static PollKind Statement { get; } = new(
        "stelling",
        "Stelling",
        BallotRule.SingleChoice,
        [
            new("helemaal-akkoord", "Helemaal akkoord"),
            new("akkoord", "Akkoord"),
            new("neutraal", "Neutraal"),
            new("niet-akkoord", "Niet akkoord"),
            new("helemaal-niet-akkoord", "Helemaal niet akkoord"),
        ],
        TimeSpan.FromDays(3),
        HasPassRule: false,
        OrderedScale: true);

    public static IReadOnlyList<PollKind> All { get; } = [Proposal, SingleChoice, MultipleChoice, Statement];

    /// <summary>Looks a kind up by its stored id; unknown ids are a rejection, never a default.</summary>
    public static PollKind? Find(string? id) => All.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal));
}

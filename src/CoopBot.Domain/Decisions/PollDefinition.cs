using CoopBot.Domain.Common;

namespace CoopBot.Domain.Decisions;

/// <summary>
/// What is being decided: validated at creation and immutable afterwards (only the lifecycle moves).
/// </summary>
public sealed record PollDefinition
{
    private PollDefinition(PollKind kind, string title, string description, IReadOnlyList<PollOption> options, PollSettings settings)
    {
        Kind = kind;
        Title = title;
        Description = description;
        Options = options;
        Settings = settings;
    }

    public PollKind Kind { get; }

    public string Title { get; }

    public string Description { get; }

    public IReadOnlyList<PollOption> Options { get; }

    public PollSettings Settings { get; }

    public PollOption? FindOption(string optionId) => Options.FirstOrDefault(o => o.Id == optionId);

    /// <summary>Validates every creation rule; option ids are generated as o1..oN for free-text options.</summary>
    public static Result<PollDefinition> Create(
        PollKind kind, string? title, string? description, IEnumerable<string?>? optionLabels, PollSettings settings)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(settings);
        var cleanTitle = PollText.Clean(title);
        if (cleanTitle.Length == 0)
        {
            return Result<PollDefinition>.Fail("title-empty", "Geef een vraag of titel op.");
        }

        if (cleanTitle.Length > PollLimits.TitleMaxLength)
        {
            return Result<PollDefinition>.Fail("title-too-long", $"De titel is te lang: maximaal {PollLimits.TitleMaxLength} tekens.");
        }

        var cleanDescription = PollText.Clean(description, keepNewLines: true);
        if (cleanDescription.Length > PollLimits.DescriptionMaxLength)
        {
            return Result<PollDefinition>.Fail(
                "description-too-long", $"De toelichting is te lang: maximaal {PollLimits.DescriptionMaxLength} tekens.");
        }

        var options = kind.FixedOptions is { } fixedOptions ? Result<IReadOnlyList<PollOption>>.Success(fixedOptions) : BuildOptions(optionLabels);
        if (!options.IsSuccess)
        {
            return Result<PollDefinition>.Fail(options.Rejection!);
        }

        var choiceRange = ValidateChoiceRange(kind, settings, options.Value!.Count);
        if (choiceRange is not null)
        {
            return Result<PollDefinition>.Fail(choiceRange);
        }

        if (settings.QuorumPercent is < 0 or > 100)
        {
            return Result<PollDefinition>.Fail("quorum-invalid", "Het quorum is een percentage tussen 0 en 100.");
        }

        return Result<PollDefinition>.Success(new PollDefinition(kind, cleanTitle, cleanDescription, options.Value!, settings));
    }

    /// <summary>Restores a definition from storage without re-running creation rules.</summary>
    public static PollDefinition Restore(PollKind kind, string title, string description, IReadOnlyList<PollOption> options, PollSettings settings) =>
        new(kind, title, description, options, settings);

    private static Result<IReadOnlyList<PollOption>> BuildOptions(IEnumerable<string?>? labels)
    {
        var cleaned = (labels ?? []).Select(l => PollText.Clean(l)).Where(l => l.Length > 0).ToList();
        if (cleaned.Count < PollLimits.MinOptions)
        {
            return Result<IReadOnlyList<PollOption>>.Fail("too-few-options", $"Geef minstens {PollLimits.MinOptions} antwoordmogelijkheden op.");
        }

        if (cleaned.Count > PollLimits.MaxOptions)
        {
            return Result<IReadOnlyList<PollOption>>.Fail("too-many-options", $"Maximaal {PollLimits.MaxOptions} antwoordmogelijkheden.");
        }

        if (cleaned.Any(l => l.Length > PollLimits.OptionLabelMaxLength))
        {
            return Result<IReadOnlyList<PollOption>>.Fail(
                "option-too-long", $"Een antwoordmogelijkheid is maximaal {PollLimits.OptionLabelMaxLength} tekens lang.");
        }

        if (cleaned.Distinct(StringComparer.OrdinalIgnoreCase).Count() != cleaned.Count)
        {
            return Result<IReadOnlyList<PollOption>>.Fail("duplicate-options", "Twee antwoordmogelijkheden zijn hetzelfde.");
        }

        return Result<IReadOnlyList<PollOption>>.Success(cleaned.Select((label, i) => new PollOption($"o{i + 1}", label)).ToList());
    }

    private static Rejection? ValidateChoiceRange(PollKind kind, PollSettings settings, int optionCount)
    {
        if (kind.BallotRule == BallotRule.SingleChoice)
        {
            return settings is { MinChoices: 1, MaxChoices: 1 }
                ? null
                : new Rejection("choices-invalid", "Bij één keuze kies je precies één antwoord.");
        }

        return settings.MinChoices >= 1 && settings.MinChoices <= settings.MaxChoices && settings.MaxChoices <= optionCount
            ? null
            : new Rejection("choices-invalid", $"Het aantal keuzes moet tussen 1 en {optionCount} liggen, en het minimum mag niet groter zijn dan het maximum.");
    }
}

using CoopBot.Domain.Amounts;
using CoopBot.Domain.Common;

namespace CoopBot.Domain.Decisions;

/// <summary>
/// What is being decided: validated at creation and immutable afterwards (only the lifecycle moves).
/// A proposal may carry an amount in € excl. VAT (the escalation tiers read it) and links to attachments.
/// </summary>
public sealed record PollDefinition
{
    private PollDefinition(
        PollKind kind, string title, string description, IReadOnlyList<PollOption> options, PollSettings settings, Money? amount, IReadOnlyList<PollAttachment> attachments)
    {
        Kind = kind;
        Title = title;
        Description = description;
        Options = options;
        Settings = settings;
        Amount = amount;
        Attachments = attachments;
    }

    public PollKind Kind { get; }

    public string Title { get; }

    public string Description { get; }

    public IReadOnlyList<PollOption> Options { get; }

    public PollSettings Settings { get; }

    /// <summary>The amount in € excl. VAT, for proposals that commit money.</summary>
    public Money? Amount { get; }

    public IReadOnlyList<PollAttachment> Attachments { get; }

    public PollOption? FindOption(string optionId) => Options.FirstOrDefault(o => o.Id == optionId);

    /// <summary>Validates every creation rule; option ids are generated as o1..oN for free-text options.</summary>
    public static Result<PollDefinition> Create(
        PollKind kind,
        string? title,
        string? description,
        IEnumerable<string?>? optionLabels,
        PollSettings settings,
        Money? amount = null,
        IReadOnlyList<PollAttachment>? attachments = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(settings);
        var text = ValidateText(title, description);
        if (!text.IsSuccess)
        {
            return Result<PollDefinition>.Fail(text.Rejection);
        }

        var options = kind.FixedOptions is { } fixedOptions ? Result<IReadOnlyList<PollOption>>.Success(fixedOptions) : BuildOptions(optionLabels);
        if (!options.IsSuccess)
        {
            return Result<PollDefinition>.Fail(options.Rejection);
        }

        var withOptional = AddOptionalOption(kind, settings, options.Value);
        if (!withOptional.IsSuccess)
        {
            return Result<PollDefinition>.Fail(withOptional.Rejection);
        }

        var problem = ValidateChoiceRange(kind, settings, withOptional.Value.Count)
            ?? ValidateSettings(kind, settings)
            ?? ValidateExtras(kind, amount, attachments);
        return problem is null
            ? Result<PollDefinition>.Success(new PollDefinition(kind, text.Value.Title, text.Value.Description, withOptional.Value, settings, amount, attachments ?? []))
            : Result<PollDefinition>.Fail(problem);
    }

    /// <summary>Restores a definition from storage without re-running creation rules.</summary>
    public static PollDefinition Restore(
        PollKind kind, string title, string description, IReadOnlyList<PollOption> options, PollSettings settings, Money? amount = null, IReadOnlyList<PollAttachment>? attachments = null) =>
        new(kind, title, description, options, settings, amount, attachments ?? []);

    private static Result<(string Title, string Description)> ValidateText(string? title, string? description)
    {
        var cleanTitle = PollText.Clean(title);
        if (cleanTitle.Length == 0)
        {
            return Result<(string, string)>.Fail("title-empty", "Geef een vraag of titel op.");
        }

        if (cleanTitle.Length > PollLimits.TitleMaxLength)
        {
            return Result<(string, string)>.Fail("title-too-long", $"De titel is te lang: maximaal {PollLimits.TitleMaxLength} tekens.");
        }

        var cleanDescription = PollText.Clean(description, keepNewLines: true);
        return cleanDescription.Length > PollLimits.DescriptionMaxLength
            ? Result<(string, string)>.Fail("description-too-long", $"De toelichting is te lang: maximaal {PollLimits.DescriptionMaxLength} tekens.")
            : Result<(string, string)>.Success((cleanTitle, cleanDescription));
    }

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

    private static Result<IReadOnlyList<PollOption>> AddOptionalOption(PollKind kind, PollSettings settings, IReadOnlyList<PollOption> options)
    {
        if (!settings.IncludeOptionalOption)
        {
            return Result<IReadOnlyList<PollOption>>.Success(options);
        }

        if (kind.OptionalOption is not { } optional)
        {
            return Result<IReadOnlyList<PollOption>>.Fail("optional-option-unavailable", $"Een {kind.DisplayName.ToLowerInvariant()} heeft geen extra antwoordmogelijkheid.");
        }

        return options.Any(o => string.Equals(o.Label, optional.Label, StringComparison.OrdinalIgnoreCase))
            ? Result<IReadOnlyList<PollOption>>.Fail("duplicate-options", $"“{optional.Label}” staat al bij de antwoorden.")
            : Result<IReadOnlyList<PollOption>>.Success([.. options, optional]);
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

    private static Rejection? ValidateSettings(PollKind kind, PollSettings settings)
    {
        if (settings.QuorumPercent is < 0 or > 100)
        {
            return new Rejection("quorum-invalid", "Het quorum is een percentage tussen 0 en 100.");
        }

        return !kind.HasPassRule && settings.PassRule != PassRule.SimpleMajority
            ? new Rejection("pass-rule-unavailable", "Alleen een voorstel heeft een beslisregel.")
            : null;
    }

    private static Rejection? ValidateExtras(PollKind kind, Money? amount, IReadOnlyList<PollAttachment>? attachments)
    {
        if (amount is not null && !kind.AllowsAmount)
        {
            return new Rejection("amount-unavailable", "Alleen een voorstel kan een bedrag hebben.");
        }

        if (amount is { Cents: <= 0 })
        {
            return new Rejection("amount-invalid", "Het bedrag moet groter zijn dan nul.");
        }

        return attachments is { Count: > PollLimits.MaxAttachments }
            ? new Rejection("too-many-attachments", $"Maximaal {PollLimits.MaxAttachments} bijlagen.")
            : null;
    }
}

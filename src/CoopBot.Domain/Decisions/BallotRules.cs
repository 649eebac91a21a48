using CoopBot.Domain.Common;

namespace CoopBot.Domain.Decisions;

/// <summary>A validated choice: distinct option ids of the poll, plus the optional reason.</summary>
public sealed record BallotChoice(IReadOnlyList<string> OptionIds, string? Reason);

/// <summary>Validates a ballot against its poll. Card data is never trusted: every id is checked here.</summary>
public static class BallotRules
{
    public static Result<BallotChoice> Validate(PollDefinition poll, IEnumerable<string?>? optionIds, string? reason)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var ids = (optionIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return Result<BallotChoice>.Fail("no-choice", "Kies eerst een antwoord.");
        }

        if (ids.Any(id => poll.FindOption(id) is null))
        {
            return Result<BallotChoice>.Fail("unknown-option", "Dat antwoord hoort niet bij deze stemming.");
        }

        // "Geen van deze" stands alone: it cannot be combined, and it satisfies a minimum number of choices by itself.
        var none = ids.Where(id => poll.FindOption(id)!.Role == OptionRole.NoneOfThese).ToList();
        if (none.Count > 0 && ids.Count > 1)
        {
            return Result<BallotChoice>.Fail("none-combined", "“Geen van deze” kan je niet combineren met een ander antwoord.");
        }

        var countProblem = none.Count > 0 ? null : ValidateCount(poll, ids.Count);
        if (countProblem is not null)
        {
            return Result<BallotChoice>.Fail(countProblem);
        }

        var reasonResult = ValidateReason(poll.Settings.ReasonMode, reason);
        return reasonResult.IsSuccess
            ? Result<BallotChoice>.Success(new BallotChoice(ids, reasonResult.Value))
            : Result<BallotChoice>.Fail(reasonResult.Rejection);
    }

    private static Rejection? ValidateCount(PollDefinition poll, int count) => poll.Kind.BallotRule switch
    {
        BallotRule.SingleChoice when count != 1 => new Rejection("one-choice-only", "Kies precies één antwoord."),
        BallotRule.MultipleChoice when count < poll.Settings.MinChoices =>
            new Rejection("too-few-choices", $"Kies minstens {poll.Settings.MinChoices} antwoorden."),
        BallotRule.MultipleChoice when count > poll.Settings.MaxChoices =>
            new Rejection("too-many-choices", $"Kies hoogstens {poll.Settings.MaxChoices} antwoorden."),
        _ => null,
    };

    private static Result<string?> ValidateReason(ReasonMode mode, string? reason)
    {
        var clean = PollText.Clean(reason, keepNewLines: true);
        if (clean.Length > PollLimits.ReasonMaxLength)
        {
            return Result<string?>.Fail("reason-too-long", $"Je toelichting is te lang: maximaal {PollLimits.ReasonMaxLength} tekens.");
        }

        return mode switch
        {
            ReasonMode.Off => Result<string?>.Success(null),
            ReasonMode.Required when clean.Length == 0 => Result<string?>.Fail("reason-required", "Geef een korte toelichting bij je stem."),
            _ => Result<string?>.Success(clean.Length == 0 ? null : clean),
        };
    }
}

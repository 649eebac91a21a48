using CoopBot.Domain.Common;

namespace CoopBot.Domain.Decisions;

/// <summary>Free text that people add to a decision: comments (reacties) and the chair's outcome statement.</summary>
public static class CommentRules
{
    /// <summary>A comment: not empty, at most <see cref="PollLimits.CommentMaxLength"/> characters. Markdown and HTML stay text.</summary>
    public static Result<string> ValidateComment(string? text)
    {
        var clean = PollText.Clean(text, keepNewLines: true);
        if (clean.Length == 0)
        {
            return Result<string>.Fail("comment-empty", "Je reactie is leeg.");
        }

        return clean.Length > PollLimits.CommentMaxLength
            ? Result<string>.Fail("comment-too-long", $"Je reactie is te lang: maximaal {PollLimits.CommentMaxLength} tekens.")
            : Result<string>.Success(clean);
    }

    /// <summary>The chair's optional outcome statement: empty means none.</summary>
    public static Result<string?> ValidateOutcomeStatement(string? text)
    {
        var clean = PollText.Clean(text, keepNewLines: true);
        if (clean.Length > PollLimits.OutcomeStatementMaxLength)
        {
            return Result<string?>.Fail("statement-too-long", $"De toelichting bij de uitkomst is te lang: maximaal {PollLimits.OutcomeStatementMaxLength} tekens.");
        }

        return Result<string?>.Success(clean.Length == 0 ? null : clean);
    }
}

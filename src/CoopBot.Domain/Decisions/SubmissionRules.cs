using CoopBot.Domain.Common;

namespace CoopBot.Domain.Decisions;

/// <summary>Where a coöperant's proposal (seed 002: afnemers can submit proposals) stands in the chair's triage.</summary>
public enum SubmissionStatus
{
    Submitted,
    MoreInfoRequested,
    TakenUp,
    Declined,
}

/// <summary>The chair's triage of a submitted proposal: take it up, decline it with a reason, or ask for more information.</summary>
public static class SubmissionRules
{
    public const int MessageMaxLength = PollLimits.ReasonMaxLength;

    public static Rejection EmptyTitle { get; } = new("indiening.titel-leeg", "Geef je voorstel een titel.");

    public static Rejection TitleTooLong { get; } = new("indiening.titel-te-lang", $"De titel is te lang (maximaal {PollLimits.TitleMaxLength} tekens).");

    public static Rejection DescriptionTooLong { get; } = new("indiening.toelichting-te-lang", $"De toelichting is te lang (maximaal {PollLimits.DescriptionMaxLength} tekens).");

    public static Rejection AlreadyDecided { get; } = new("indiening.al-behandeld", "Dit voorstel is al behandeld: het werd opgenomen of afgewezen.");

    public static Rejection ReasonRequired { get; } = new("indiening.reden-nodig", "Geef een reden op (maximaal 500 tekens).");

    public static Rejection QuestionRequired { get; } = new("indiening.vraag-nodig", "Schrijf welke informatie je nog nodig hebt (maximaal 500 tekens).");

    /// <summary>Title and description as shown and stored; markdown and HTML stay text (the cards show them literally).</summary>
    public static Result<(string Title, string Description)> ValidateText(string? title, string? description)
    {
        var cleanTitle = PollText.Clean(title);
        var cleanDescription = PollText.Clean(description, keepNewLines: true);
        if (cleanTitle.Length == 0)
        {
            return EmptyTitle;
        }

        if (cleanTitle.Length > PollLimits.TitleMaxLength)
        {
            return TitleTooLong;
        }

        return cleanDescription.Length > PollLimits.DescriptionMaxLength ? DescriptionTooLong : Result<(string, string)>.Success((cleanTitle, cleanDescription));
    }

    /// <summary>
    /// The next status. Taking up and declining are final; asking for more information may be repeated until then.
    /// Declining needs a reason and asking needs a question (both at most 500 characters).
    /// </summary>
    public static Result<SubmissionStatus> Triage(SubmissionStatus current, SubmissionStatus next, string? message)
    {
        if (current is SubmissionStatus.TakenUp or SubmissionStatus.Declined)
        {
            return AlreadyDecided;
        }

        var text = PollText.Clean(message, keepNewLines: true);
        return next switch
        {
            SubmissionStatus.Declined when text.Length is 0 or > MessageMaxLength => ReasonRequired,
            SubmissionStatus.MoreInfoRequested when text.Length is 0 or > MessageMaxLength => QuestionRequired,
            SubmissionStatus.Submitted => Result<SubmissionStatus>.Fail("indiening.ongeldig", "Deze stap bestaat niet."),
            _ => next,
        };
    }
}

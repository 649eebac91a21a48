namespace CoopBot.Submissions;

/// <summary>Verbs of the submission cards. Card data is never trusted: every id and role is re-checked server-side.</summary>
internal static class SubmissionVerbs
{
    public const string Submit = "submissions.submit";
    public const string Support = "submissions.support";
    public const string TakeUp = "submissions.takeup";
    public const string Decline = "submissions.decline";
    public const string AskInfo = "submissions.askinfo";
}

internal static class SubmissionCommands
{
    public const string Submit = "voorstel indienen";
}

/// <summary>Data of the "voorstel indienen" form; target is "stuurgroep-id|dienst-id".</summary>
internal sealed record SubmitProposalData(string? Target, string? Title, string? Description, string? Amount);

/// <summary>Data of the actions on a submission card.</summary>
internal sealed record SubmissionActionData(string? SubmissionId)
{
    public string? Audience { get; init; }

    public string? Reason { get; init; }

    public string? Question { get; init; }
}

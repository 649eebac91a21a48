using CoopBot.Common;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Decisions;

namespace CoopBot.Submissions;

/// <summary>A proposal a coöperant submitted to a stuurgroep (issue 4), and where the chair's triage stands.</summary>
public sealed record SubmissionRecord(
    string Id,
    string SteeringGroupId,
    string ServiceId,
    string ServiceName,
    string Title,
    string Description,
    Money? Amount,
    string SubmitterId,
    string SubmitterName,
    string OrganisationName,
    DateTimeOffset SubmittedAt,
    SubmissionStatus Status)
{
    /// <summary>The chair's reason (declined) or question (more information).</summary>
    public string? ChairMessage { get; init; }

    /// <summary>The decision created when it was taken up.</summary>
    public string? PollId { get; init; }

    /// <summary>Where the submission card lives in the stuurgroep's channel.</summary>
    public CardLocation? Card { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }
}

/// <summary>A submission with its number of supporters (Decidim's support count), derived from the support rows.</summary>
public sealed record SubmissionView(SubmissionRecord Submission, int Supporters, string SteeringGroupName);

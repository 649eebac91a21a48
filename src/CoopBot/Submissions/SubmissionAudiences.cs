using CoopBot.Domain.Decisions;

namespace CoopBot.Submissions;

/// <summary>The two ways the chair takes a submission up (the values on the triage buttons): a stuurgroep proposal or a consultation.</summary>
internal static class SubmissionAudiences
{
    public const string SteeringGroup = "stuurgroep";
    public const string Cooperants = "cooperanten";

    /// <summary>The audience for a submitted value; an empty value is a stuurgroep proposal, an unknown one is refused (null).</summary>
    public static Audience? Parse(string? value) => value switch
    {
        null or "" or SteeringGroup => Audience.SteeringGroup,
        Cooperants => Audience.Cooperants,
        _ => null,
    };
}

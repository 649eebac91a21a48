namespace CoopBot.Escalation;

/// <summary>Verbs of the escalation cards. Card data is never trusted: the poll, the body and membership are re-checked.</summary>
internal static class EscalationVerbs
{
    public const string Confirm = "escalation.confirm";
    public const string Refuse = "escalation.refuse";
    public const string View = "escalation.view";
    public const string Edit = "escalation.edit";
}

/// <summary>Data of the buttons on a confirmation card: the proposal, the body acted for and (refusal) the reason.</summary>
internal sealed record BodyActionData(string? PollId, string? Body)
{
    public string? Reason { get; init; }
}

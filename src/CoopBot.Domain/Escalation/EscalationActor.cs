namespace CoopBot.Domain.Escalation;

/// <summary>The person acting, with the bodies they belong to as a fact looked up by the caller (e.g. from the roster).</summary>
/// <param name="PersonId">The AAD object id of the person.</param>
/// <param name="MemberOf">The confirming bodies this person is a member of.</param>
/// <param name="StartedOrChairedDecision">Whether this person started the decision or chairs the stuurgroep that took it (<see cref="FourEyesRule.IsInvolved"/>).</param>
public sealed record EscalationActor(string PersonId, IReadOnlySet<ConfirmingBody> MemberOf, bool StartedOrChairedDecision = false);

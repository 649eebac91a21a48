using CoopBot.Domain.Escalation;

namespace CoopBot.Registry.Contracts;

/// <summary>Which confirming bodies (directie, financieel comité with the voorzitter, Raad van Bestuur) a person sits in, from the registry.</summary>
public interface IConfirmingBodyMembership
{
    /// <summary>The bodies whose members include the person with <paramref name="aadObjectId"/>; empty for anyone else or no id.</summary>
    Task<IReadOnlySet<ConfirmingBody>> BodiesOfAsync(string? aadObjectId, CancellationToken ct);
}

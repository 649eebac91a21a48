using CoopBot.Domain.Escalation;
using CoopBot.Registry.Contracts;

namespace CoopBot.Registry;

/// <summary>The registry's read model of the confirming bodies' members (<see cref="IMembershipDirectory.GetBodyAsync"/>).</summary>
internal sealed class ConfirmingBodyMembership(IMembershipDirectory directory) : IConfirmingBodyMembership
{
    public async Task<IReadOnlySet<ConfirmingBody>> BodiesOfAsync(string? aadObjectId, CancellationToken ct)
    {
        var bodies = new HashSet<ConfirmingBody>();
        if (string.IsNullOrEmpty(aadObjectId))
        {
            return bodies;
        }

        foreach (var body in Enum.GetValues<ConfirmingBody>())
        {
            var contact = await directory.GetBodyAsync(body, ct);
            if (contact?.Members.Any(m => string.Equals(m.Person.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)) == true)
            {
                bodies.Add(body);
            }
        }

        return bodies;
    }
}

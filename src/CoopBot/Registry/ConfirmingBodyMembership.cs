using CoopBot.Domain.Escalation;

namespace CoopBot.Registry;

/// <summary>Which confirming bodies (directie, financieel comité with the voorzitter, Raad van Bestuur) a person sits in, from the registry.</summary>
internal static class ConfirmingBodyMembership
{
    /// <summary>The bodies whose members include the person with <paramref name="aadObjectId"/>; empty for anyone else or no id.</summary>
    public static async Task<IReadOnlySet<ConfirmingBody>> BodiesOfAsync(this IMembershipDirectory directory, string? aadObjectId, CancellationToken ct)
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

using CoopBot.Domain.Common;
using CoopBot.Domain.Confidentiality;

namespace CoopBot.Confidentiality.Contracts;

/// <summary>A person's NDA status for a stuurgroep, as other features show it (the tab's overview and register).</summary>
public interface INdaClearance
{
    /// <summary>May the person see confidential details of the stuurgroep now? The rejection says what to sign.</summary>
    Task<Result<NdaClearance>> ClearanceAsync(string steeringGroupId, string personId, DateTimeOffset now, CancellationToken ct);
}

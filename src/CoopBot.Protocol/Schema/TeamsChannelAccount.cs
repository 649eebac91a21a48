namespace CoopBot.Protocol.Schema;

/// <summary>A conversation member as returned by the Teams roster APIs.</summary>
public class TeamsChannelAccount : ChannelAccount
{
    /// <summary>The member's Entra object id. The roster APIs send <c>objectId</c>, not <c>aadObjectId</c>.</summary>
    public string? ObjectId { get; set; }

    /// <summary>Email address.</summary>
    public string? Email { get; set; }

    /// <summary>User principal name.</summary>
    public string? UserPrincipalName { get; set; }

    /// <summary>Given name.</summary>
    public string? GivenName { get; set; }

    /// <summary>Surname.</summary>
    public string? Surname { get; set; }

    /// <summary>The member's home tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>Teams user role, e.g. <c>user</c>, <c>guest</c> or <c>anonymous</c>.</summary>
    public string? UserRole { get; set; }
}

namespace CoopBot.Protocol.Schema;

/// <summary>One page of <c>GET /v3/conversations/{id}/pagedmembers</c>.</summary>
public class PagedMembersResult
{
    /// <summary>The members on this page.</summary>
    public List<TeamsChannelAccount>? Members { get; set; }

    /// <summary>Token for the next page; null on the last page.</summary>
    public string? ContinuationToken { get; set; }
}

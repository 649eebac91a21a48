using CoopBot.Common;
using CoopBot.Domain.Faq;

namespace CoopBot.FaqChat;

/// <summary>Who asked, and how to reach them 1:1 (Teams user id, tenant and the serviceUrl of the asking turn).</summary>
internal sealed record TicketAsker(string Id, string Name, string TeamsUserId, string ServiceUrl, string? TenantId);

/// <summary>
/// A question for the community manager. <c>Revision</c> counts state changes; the sync job delivers the answer of
/// revision n once (<c>DeliveredRevision</c>) and keeps the community manager's card (<c>Card</c>) up to date.
/// </summary>
internal sealed record TicketRecord(
    string Id,
    string Question,
    TicketAsker Asker,
    DateTimeOffset CreatedAt,
    TicketState State,
    int Revision,
    int DeliveredRevision,
    CardLocation? Card);

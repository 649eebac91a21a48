using CoopBot.Cards;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Schema;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Common;

/// <summary>
/// Sends and updates messages outside a turn (background jobs, coalesced card updates, forwarded cards). The locations it
/// uses were stored from validated activities only, so re-trusting their serviceUrl after a restart is safe.
/// </summary>
internal sealed class ProactiveMessenger(
    IConnectorClientFactory connectors, ServiceUrlTrust trust, TenantServiceUrls serviceUrls, ILogger<ProactiveMessenger> logger)
{
    /// <summary>
    /// Replaces a card the bot posted earlier. False when the card no longer exists (deleted by a user; every restart of
    /// the Agents Playground): the caller goes on without the update instead of failing (and retrying) its job or click.
    /// </summary>
    public async Task<bool> UpdateCardAsync(CardLocation location, AdaptiveCard card, CancellationToken ct)
    {
        var activity = TurnExtensions.CardActivity(card);
        activity.Id = location.ActivityId;
        try
        {
            await Client(location).UpdateActivityAsync(location.ConversationId, location.ActivityId, activity, ct);
            return true;
        }
        catch (ConnectorException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            logger.CardGone(location.ActivityId, ex.ErrorCode);
            return false;
        }
    }

    public Task<ResourceResponse> ReplyAsync(CardLocation location, string text, CancellationToken ct)
    {
        var activity = Activity.CreateMessageActivity(text);
        activity.TextFormat = "plain";
        return ReplyAsync(location, activity, ct);
    }

    /// <summary>Posts the activity in the card's thread (the card's conversation is the channel thread).</summary>
    public Task<ResourceResponse> ReplyAsync(CardLocation location, Activity activity, CancellationToken ct)
    {
        activity.ReplyToId = location.ActivityId;
        return Client(location).SendToConversationAsync(location.ConversationId, activity, ct);
    }

    /// <summary>Posts a card as a reply in the thread of <paramref name="location"/>; returns where the reply lives.</summary>
    public async Task<CardLocation> ReplyCardAsync(CardLocation location, AdaptiveCard card, CancellationToken ct)
    {
        var sent = await ReplyAsync(location, TurnExtensions.CardActivity(card), ct);
        return location with { ActivityId = sent.Id ?? location.ActivityId };
    }

    /// <summary>Sends any activity to a conversation on a serviceUrl stored from a validated activity.</summary>
    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        Client(serviceUrl).SendToConversationAsync(conversationId, activity, ct);

    /// <summary>Posts into a registry target (a body's channel, the community manager's chat, an afnemer's conversation).</summary>
    /// <exception cref="ProactiveTargetException">No serviceUrl is known yet for the target's tenant.</exception>
    public async Task<ResourceResponse> SendAsync(ConversationTarget target, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        var client = await ClientAsync(target, ct);
        return await client.SendToConversationAsync(target.ConversationId, activity, ct);
    }

    public Task<ResourceResponse> SendCardAsync(ConversationTarget target, AdaptiveCard card, CancellationToken ct) =>
        SendAsync(target, TurnExtensions.CardActivity(card), ct);

    /// <summary>
    /// Starts (or reopens; Teams returns the same id) the 1:1 chat between the bot and <paramref name="person"/>.
    /// The Agents Playground creates a personal chat for the member id as well.
    /// </summary>
    /// <exception cref="ProactiveTargetException">The person has no Teams user id, or no serviceUrl is known for the tenant.</exception>
    public async Task<ConversationTarget> OpenPersonalChatAsync(PersonContact person, string? tenantId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (string.IsNullOrEmpty(person.TeamsUserId))
        {
            throw new ProactiveTargetException($"Person {person.Person.AadObjectId} has no Teams user id yet.");
        }

        var serviceUrl = await ResolveServiceUrlAsync(new ConversationTarget(string.Empty, null, tenantId), ct);
        var created = await Client(serviceUrl).CreateConversationAsync(
            new ConversationParameters
            {
                IsGroup = false,
                Members = [new ChannelAccount { Id = person.TeamsUserId, AadObjectId = person.Person.AadObjectId }],
                TenantId = tenantId,
            },
            ct);
        return new ConversationTarget(
            created.Id ?? throw new ProactiveTargetException("The connector created a conversation without an id."), serviceUrl, tenantId);
    }

    /// <summary>The target's own serviceUrl, else the one last seen on a validated activity of its tenant.</summary>
    public async Task<string> ResolveServiceUrlAsync(ConversationTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.ServiceUrl
            ?? await serviceUrls.FindAsync(target.TenantId, ct)
            ?? throw new ProactiveTargetException($"No serviceUrl known yet for tenant '{target.TenantId}': no validated activity arrived from it.");
    }

    private async Task<IConnectorClient> ClientAsync(ConversationTarget target, CancellationToken ct) =>
        Client(await ResolveServiceUrlAsync(target, ct));

    private IConnectorClient Client(CardLocation location) => Client(location.ServiceUrl);

    private IConnectorClient Client(string serviceUrl)
    {
        trust.Trust(serviceUrl);
        return connectors.Create(serviceUrl);
    }
}

/// <summary>A proactive send has no address yet (no serviceUrl seen for the tenant, or no Teams id); a job retries it later.</summary>
public sealed class ProactiveTargetException(string message) : Exception(message);

using CoopBot.Registry.Contracts;
using System.Globalization;
using CoopBot.Confidentiality;
using CoopBot.Decisions;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Decisions;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using CoopBot.Registry;

namespace CoopBot.MessageExtensions;

/// <summary>
/// "Besluit zoeken" and link unfurling over the besluitenregister, with the searcher's visibility: the public scope for
/// everyone, confidential items only for those with a valid geheimhoudingsverklaring of that stuurgroep.
/// The register is small (a few stuurgroepen, tens of decisions a year), so a search reads it whole.
/// </summary>
internal sealed class DecisionSearchHandlers(
    DecisionRegister register,
    IDecisionLookup decisions,
    IMembershipDirectory directory,
    NdaService ndas,
    TimeProvider clock)
{
    public const int MaxResults = 25;
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    public async Task<InvokeResponse> SearchAsync(TurnContext turn, MessagingExtensionQuery query, CancellationToken ct)
    {
        var words = (query.GetParameter(MessageExtensionCommands.SearchParameter) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var names = await GroupNamesAsync(ct);
        var hits = (await VisibleAsync(turn.Activity.From?.AadObjectId, ct))
            .Where(e => words.All(w => Contains(e.Title, w) || Contains(e.ItemId, w) || Contains(e.Reference ?? string.Empty, w) || Contains(names.GetValueOrDefault(e.SteeringGroupId, string.Empty), w)))
            .Skip(Math.Max(0, query.QueryOptions?.Skip ?? 0))
            .Take(Math.Clamp(query.QueryOptions?.Count ?? MaxResults, 1, MaxResults))
            .ToList();
        return hits.Count == 0
            ? ComposeExtensionResponseFactory.ResultMessage(MessageExtensionTexts.NothingFound)
            : ComposeExtensionResponseFactory.Results(hits.Select(e => Result(e, names)));
    }

    public async Task<InvokeResponse> UnfurlAsync(TurnContext turn, AppBasedLinkQuery link, CancellationToken ct)
    {
        var itemId = DecisionLinks.ItemId(link.Url);
        // Issue 16: a link may name the decision by its reference (…/besluiten/BI-2026-014) as well as by its id.
        var reference = DecisionReference.TryParse(itemId)?.ToString();
        var entry = itemId is null ? null : (await VisibleAsync(turn.Activity.From?.AadObjectId, ct))
            .FirstOrDefault(e => e.ItemId == itemId || (reference is not null && e.Reference == reference));
        return entry is null
            ? ComposeExtensionResponseFactory.ResultMessage(MessageExtensionTexts.LinkNotFound)
            : ComposeExtensionResponseFactory.Results([Result(entry, await GroupNamesAsync(ct))]);
    }

    private MessagingExtensionAttachment Result(RegisterEntry entry, IReadOnlyDictionary<string, string> names)
    {
        var groupName = names.GetValueOrDefault(entry.SteeringGroupId, entry.SteeringGroupId);
        var card = DecisionReferenceCards.Entry(entry, groupName, decisions.TimeZone);
        return ComposeExtensionResponseFactory.CardResult(Cards.AdaptiveCardSerializer.ToJsonNode(card), entry.Title, DecisionReferenceCards.Preview(entry, groupName));
    }

    private async Task<IReadOnlyList<RegisterEntry>> VisibleAsync(string? aadObjectId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var visible = new List<RegisterEntry>();
        foreach (var entry in (await register.AllAsync(null, RegisterScope.Intern, ct)).OrderByDescending(e => e.CreatedAt))
        {
            if (RegisterScopes.Includes(RegisterScope.Publiek, entry.Confidential)
                || (await decisions.FindAsync(entry.ItemId, ct) is { } poll && await ndas.CanSeeDetailsAsync(poll, aadObjectId, now, ct)))
            {
                visible.Add(entry);
            }
        }

        return visible;
    }

    private async Task<IReadOnlyDictionary<string, string>> GroupNamesAsync(CancellationToken ct) =>
        (await directory.GetSteeringGroupsAsync(ct)).ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal);

    private static bool Contains(string text, string word) =>
        Compare.IndexOf(text, word, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}

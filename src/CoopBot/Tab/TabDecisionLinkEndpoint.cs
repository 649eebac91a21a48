using CoopBot.MessageExtensions.Contracts;

namespace CoopBot.Tab;

/// <summary>
/// <c>/besluiten/{id}</c>, the short decision link that search results and unfurled cards carried before the tab
/// existed: a redirect to the tab's decision page, which checks who may see it (sign-in first when there is no session).
/// </summary>
internal static class TabDecisionLinkEndpoint
{
    public static void MapDecisionLinks(this WebApplication app) =>
        app.MapGet($"/{DecisionLinkPaths.PathSegment}/{{id}}", (string id) => Results.Redirect(DecisionLinkPaths.TabPath(id)));
}

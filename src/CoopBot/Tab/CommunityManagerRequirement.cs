using Microsoft.AspNetCore.Authorization;

namespace CoopBot.Tab;

/// <summary>Beheer is for the community manager of the registry, checked on every request.</summary>
internal sealed class CommunityManagerRequirement : IAuthorizationRequirement;

internal sealed class CommunityManagerHandler(IHttpContextAccessor http) : AuthorizationHandler<CommunityManagerRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CommunityManagerRequirement requirement)
    {
        if (http.HttpContext?.RequestServices.GetRequiredService<TabViewerAccessor>() is { } accessor
            && await accessor.GetAsync(http.HttpContext.RequestAborted) is { IsCommunityManager: true })
        {
            context.Succeed(requirement);
        }
    }
}

using CoopBot.Registry.Contracts;
using System.Security.Claims;
using CoopBot.Registry;
using Microsoft.AspNetCore.Authentication;

namespace CoopBot.Tab;

/// <summary><c>POST /tab/sessie</c> with the TeamsJS token as Bearer: a valid token of a registry person starts a session.</summary>
internal static class TabSessionEndpoint
{
    private const string BearerPrefix = "Bearer ";

    public static async Task<IResult> SignInAsync(HttpContext http, TabTokenValidator validator, IMembershipDirectory directory)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith(BearerPrefix, StringComparison.Ordinal) ? header[BearerPrefix.Length..].Trim() : null;
        if (await validator.ValidateAsync(token, http.RequestAborted) is not { } caller)
        {
            return Results.Text(TabTexts.InvalidToken, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (await directory.FindPersonAsync(caller.ObjectId, http.RequestAborted) is not { } person)
        {
            return Results.Text(TabTexts.UnknownPerson, statusCode: StatusCodes.Status403Forbidden);
        }

        await StartAsync(http, person.AadObjectId, person.Name);
        return Results.NoContent();
    }

    /// <summary>Issues the session cookie; the SSO endpoint and the Development sign-in both end here.</summary>
    public static Task StartAsync(HttpContext http, string objectId, string name)
    {
        var identity = new ClaimsIdentity(
            [new Claim(TabConstants.ObjectIdClaim, objectId), new Claim(ClaimTypes.Name, name)], TabConstants.CookieScheme);
        // The ticket lifetime is Tab:SessionLifetime (the cookie options' ExpireTimeSpan); the cookie itself dies with the browser session.
        return http.SignInAsync(TabConstants.CookieScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
    }
}

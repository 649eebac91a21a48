using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CoopBot.Tab;

/// <summary>
/// The tab runs in Teams' iframe, a third-party context: its cookies must be <c>SameSite=None; Secure</c> and
/// <c>Partitioned</c> (CHIPS), or the browser drops them. The session is short; the page renews it with a fresh token.
/// </summary>
internal static class TabCookies
{
    private const string Partitioned = "partitioned";

    public static void ConfigureSession(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = TabConstants.CookieName;
        options.Cookie.Path = "/";
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.SameSite = SameSiteMode.None;
        options.Cookie.Extensions.Add(Partitioned);
        options.SlidingExpiration = false;
        options.LoginPath = "/tab/aanmelden";
        options.ReturnUrlParameter = "terug";
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(TabTexts.Forbidden);
        };
        options.Events.OnRedirectToLogin = context =>
        {
            // Pages go to the sign-in page; anything asked for by script or export gets a plain 401.
            if (context.Request.Method == HttpMethods.Get && context.Request.Path.Value?.StartsWith("/tab/besluiten/export.", StringComparison.Ordinal) != true)
            {
                context.Response.Redirect(context.RedirectUri);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }

            return Task.CompletedTask;
        };
    }

    public static void ConfigureAntiforgery(AntiforgeryOptions options)
    {
        // Antiforgery throws on plain http with SecurePolicy.Always, which would break the Development loop on
        // http://localhost (a secure context for the browser); the builder below marks the cookie Secure itself.
        options.Cookie = new AlwaysSecureCookieBuilder
        {
            Name = "__Host-coopbot-af",
            Path = "/",
            HttpOnly = true,
            SecurePolicy = CookieSecurePolicy.SameAsRequest,
            SameSite = SameSiteMode.None,
            Extensions = { Partitioned },
        };
        options.FormFieldName = "__af";
        // Teams shows the tab in an iframe: framing is limited by the tab's frame-ancestors policy instead.
        options.SuppressXFrameOptionsHeader = true;
    }

    private sealed class AlwaysSecureCookieBuilder : CookieBuilder
    {
        public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
        {
            var cookie = base.Build(context, expiresFrom);
            cookie.Secure = true;
            return cookie;
        }
    }
}

using System.Security.Claims;

namespace CoopBot.Protocol.Authentication;

/// <summary>Result kinds of inbound token validation, mapped to HTTP by the adapter.</summary>
public enum TokenValidationStatus
{
    /// <summary>The caller is the Connector (or our own tenant) and the token fits the activity.</summary>
    Valid,

    /// <summary>No usable token: missing, malformed, badly signed, expired or from an unknown issuer (HTTP 401).</summary>
    Unauthorized,

    /// <summary>A genuine token that is not for this bot or this activity (HTTP 403).</summary>
    Forbidden,
}

/// <summary>Outcome of <see cref="IBotTokenValidator.ValidateAsync"/>.</summary>
/// <param name="Status">Valid, Unauthorized or Forbidden.</param>
/// <param name="Reason">Why, in English, for logs; never contains the token.</param>
/// <param name="Identity">The token's claims when valid.</param>
/// <param name="AppId">The bot app id the token authenticated, when valid.</param>
public sealed record TokenValidationOutcome(
    TokenValidationStatus Status,
    string Reason,
    ClaimsIdentity? Identity = null,
    string? AppId = null)
{
    /// <summary>True when <see cref="Status"/> is <see cref="TokenValidationStatus.Valid"/>.</summary>
    public bool IsValid => Status == TokenValidationStatus.Valid;

    /// <summary>A valid outcome.</summary>
    public static TokenValidationOutcome Valid(ClaimsIdentity identity, string appId) =>
        new(TokenValidationStatus.Valid, "valid", identity, appId);

    /// <summary>A 401 outcome.</summary>
    public static TokenValidationOutcome Unauthorized(string reason) => new(TokenValidationStatus.Unauthorized, reason);

    /// <summary>A 403 outcome.</summary>
    public static TokenValidationOutcome Forbidden(string reason) => new(TokenValidationStatus.Forbidden, reason);
}

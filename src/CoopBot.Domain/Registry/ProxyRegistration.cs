namespace CoopBot.Domain.Registry;

/// <summary>An organisation lets a representative of another organisation cast its ballot in one consultation.</summary>
/// <param name="ConsultationId">The one consultation it is valid for.</param>
/// <param name="GrantingOrganisationId">The organisation whose ballot it is.</param>
/// <param name="ProxyPersonId">AAD object id of the proxy holder.</param>
/// <param name="RegisteredBy">AAD object id of the representative who registered it.</param>
/// <param name="RegisteredAt">When it was registered.</param>
public sealed record ProxyRegistration(
    string ConsultationId, string GrantingOrganisationId, string ProxyPersonId, string RegisteredBy, DateTimeOffset RegisteredAt);

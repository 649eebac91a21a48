namespace CoopBot.Common;

/// <summary>The acting Teams user, as taken from a validated activity.</summary>
public sealed record Actor(string? AadObjectId, string Name, string? TeamsUserId);

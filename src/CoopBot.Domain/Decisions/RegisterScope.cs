namespace CoopBot.Domain.Decisions;

/// <summary>
/// Which part of the decision register an export or listing shows. <see cref="Intern"/> is everything, for the stuurgroep
/// and Cultuurconnect; <see cref="Publiek"/> is what all afnemers may see. Seed 002 keeps NDA information out of what all
/// afnemers see, so the public scope leaves confidential entries out entirely.
/// </summary>
public enum RegisterScope
{
    Intern,
    Publiek,
}

/// <summary>The one rule that decides whether a register entry belongs to a scope.</summary>
public static class RegisterScopes
{
    public static bool Includes(RegisterScope scope, bool confidential) => scope switch
    {
        RegisterScope.Intern => true,
        _ => !confidential,
    };

    /// <summary>Parses a scope name as typed on the CLI ("intern", "publiek"); unknown names are null, never a default.</summary>
    public static RegisterScope? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "intern" => RegisterScope.Intern,
        "publiek" => RegisterScope.Publiek,
        _ => null,
    };
}

namespace CoopBot.Domain.Decisions;

/// <summary>
/// Which part of the decision register an export or listing shows. Today there is one scope, <see cref="Intern"/>
/// (everything, for the stuurgroep and Cultuurconnect). Seed 002 keeps NDA information out of what all afnemers see;
/// a public scope will be added with the confidentiality feature and must then leave confidential entries out.
/// </summary>
public enum RegisterScope
{
    Intern,
}

/// <summary>The one rule that decides whether a register entry belongs to a scope.</summary>
public static class RegisterScopes
{
    public static bool Includes(RegisterScope scope, bool confidential) => scope switch
    {
        RegisterScope.Intern => true,
        _ => !confidential,
    };

    /// <summary>Parses a scope name as typed on the CLI ("intern"); unknown names are null, never a default.</summary>
    public static RegisterScope? Parse(string? name) =>
        string.Equals(name, "intern", StringComparison.OrdinalIgnoreCase) ? RegisterScope.Intern : null;
}

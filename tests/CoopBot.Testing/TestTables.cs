namespace CoopBot.Testing;

/// <summary>Table-name helpers that keep test classes from seeing each other's data in a shared Azurite.</summary>
public static class TestTables
{
    /// <summary>
    /// A fresh prefix such as <c>t3f9a1c2e</c>: starts with a letter and is alphanumeric,
    /// so <c>prefix + "Name"</c> is a valid table name.
    /// </summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..8];
}

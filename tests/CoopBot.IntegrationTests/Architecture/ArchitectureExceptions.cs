namespace CoopBot.IntegrationTests.Architecture;

/// <summary>
/// Allowed cross-feature uses of non-contract types, as "From -> To: used type". Issue 14 emptied it: a feature uses
/// another only through its <c>CoopBot.X.Contracts</c>. Adding a line here needs a reason in the review; the architecture
/// test also fails on a listed line that no longer occurs.
/// </summary>
internal static class ArchitectureExceptions
{
    public static readonly string[] Allowed =
    [
    ];
}

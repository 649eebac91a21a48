using CoopBot.Hosting.Routing;

namespace CoopBot.IntegrationTests.Architecture;

/// <summary>
/// The feature boundaries the compiler does not hold (issue 14). A feature (<c>CoopBot.X</c> in the host; Common and
/// Hosting are not features) may use another feature's types only from its <c>CoopBot.Y.Contracts</c> namespace. Today's
/// remaining uses are listed in <see cref="ArchitectureExceptions.Allowed"/>; the list may only shrink: a new use fails,
/// and so does a listed one that no longer occurs.
/// </summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Features_UseOtherFeaturesOnlyThroughContracts_OrAListedException()
    {
        var actual = HostDependencies.HostTypes()
            .SelectMany(type => HostDependencies.FeatureOf(type) is { } from
                ? HostDependencies.UsedBy(type)
                    .Where(used => HostDependencies.FeatureOf(used) is { } to && to != from && !HostDependencies.IsContract(used))
                    .Select(used => $"{from} -> {HostDependencies.FeatureOf(used)}: {Name(used)}")
                : [])
            .ToHashSet(StringComparer.Ordinal);
        var allowed = ArchitectureExceptions.Allowed.ToHashSet(StringComparer.Ordinal);

        var added = actual.Except(allowed).Order(StringComparer.Ordinal).ToList();
        var gone = allowed.Except(actual).Order(StringComparer.Ordinal).ToList();

        Assert.True(added.Count == 0, "New cross-feature uses (go through a Contracts type instead):\n" + string.Join("\n", added));
        Assert.True(gone.Count == 0, "Listed exceptions that no longer occur (remove them from ArchitectureExceptions):\n" + string.Join("\n", gone));
    }

    [Fact]
    public void ExceptionList_HasNoDuplicates()
    {
        Assert.Equal(ArchitectureExceptions.Allowed.Length, ArchitectureExceptions.Allowed.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(typeof(CoopBot.Domain.Common.Rejection))]
    [InlineData(typeof(CoopBot.Cards.AdaptiveCard))]
    public void DomainAndCards_ReferenceOnlyTheFramework(Type inAssembly)
    {
        var references = inAssembly.Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name is "System" or "netstandard" or "mscorlib" || name.StartsWith("System.", StringComparison.Ordinal),
            $"{inAssembly.Assembly.GetName().Name} references {name}"));
    }

    [Fact]
    public void OnlyHosting_RegistersRoutes()
    {
        var callers = HostDependencies.CallersOf(typeof(BotRouteBuilder)).Select(Name).Order(StringComparer.Ordinal).ToList();

        Assert.Contains("CoopBot.Hosting.BotRoutes", callers);
        Assert.All(callers, caller => Assert.StartsWith("CoopBot.Hosting.", caller, StringComparison.Ordinal));
    }

    private static string Name(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.FullName!;
    }
}

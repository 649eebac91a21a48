using System.Collections;
using System.Reflection;
using CoopBot.Protocol.Authentication;

namespace CoopBot.Deployment.Tests.Configuration;

/// <summary>
/// Every configuration key the host and the admin CLI bind, derived by reflection: the options classes of their assemblies
/// (each declares <c>public const string SectionName</c>) plus the Bot Framework keys bound from the configuration
/// root (<see cref="BotAuthenticationOptions"/>). A new options class or property shows up here without edits.
/// </summary>
public static class BoundConfigurationKeys
{
    public static IReadOnlySet<string> All { get; } = Discover();

    private static SortedSet<string> Discover()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        AddProperties(keys, prefix: null, typeof(BotAuthenticationOptions));
        foreach (var type in HostAssemblies().SelectMany(a => a.GetTypes()))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field)
            {
                AddProperties(keys, (string)field.GetRawConstantValue()!, type);
            }
        }

        return keys;
    }

    // The admin CLI reads the same appsettings (e.g. Graph:* for registry check-teams), so its options count too.
    private static IEnumerable<Assembly> HostAssemblies()
    {
        var host = typeof(CoopBot.Hosting.HostingExtensions).Assembly;
        return host.GetReferencedAssemblies()
            .Where(name => name.Name?.StartsWith("CoopBot.", StringComparison.Ordinal) == true)
            .Select(Assembly.Load)
            .Prepend(host)
            .Append(Assembly.Load("CoopBot.Cli"))
            .Distinct();
    }

    private static void AddProperties(SortedSet<string> keys, string? prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            var key = prefix is null ? property.Name : $"{prefix}:{property.Name}";
            if (IsLeaf(property.PropertyType))
            {
                keys.Add(key);
            }
            else
            {
                AddProperties(keys, key, property.PropertyType);
            }
        }
    }

    // Scalars and lists are one key each (a list's items are Key:0, Key:1, ... in flat configuration).
    private static bool IsLeaf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan)
            || t == typeof(Uri) || t == typeof(DateTimeOffset) || typeof(IEnumerable).IsAssignableFrom(t);
    }
}

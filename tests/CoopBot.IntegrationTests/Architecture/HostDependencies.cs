using System.Reflection;
using System.Reflection.Emit;

namespace CoopBot.IntegrationTests.Architecture;

/// <summary>
/// Reads, by reflection over the host assembly, which types each type uses: base type, interfaces, fields, properties,
/// events, constructor and method signatures, generic arguments, and the types, fields and methods named in IL method
/// bodies (locals, calls, allocations, casts). Nested and compiler-generated types (lambdas, async state machines)
/// count for the namespace they are declared in.
/// </summary>
internal static class HostDependencies
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static Assembly Host { get; } = typeof(CoopBot.Hosting.BotRoutes).Assembly;

    /// <summary>The feature of a host namespace (<c>CoopBot.X</c> or below), or null for Common, Hosting and non-host namespaces.</summary>
    public static string? FeatureOf(Type type)
    {
        if (type.Assembly != Host || type.Namespace is not { } ns || !ns.StartsWith("CoopBot.", StringComparison.Ordinal))
        {
            return null;
        }

        var feature = ns.Split('.')[1];
        return feature is "Common" or "Hosting" ? null : feature;
    }

    /// <summary>A type a feature publishes for others: declared in its <c>CoopBot.X.Contracts</c> namespace.</summary>
    public static bool IsContract(Type type) =>
        type.Namespace is { } ns && ns.Split('.') is [_, _, "Contracts", ..];

    public static IEnumerable<Type> HostTypes() => Host.GetTypes();

    /// <summary>Every host type that <paramref name="type"/> uses (its own declaring chain included).</summary>
    public static IReadOnlySet<Type> UsedBy(Type type)
    {
        var used = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null)
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }

            if (t.IsGenericParameter)
            {
                return;
            }

            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                foreach (var arg in t.GetGenericArguments())
                {
                    Add(arg);
                }

                t = t.GetGenericTypeDefinition();
            }

            if (t.Assembly == Host)
            {
                used.Add(t);
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var f in type.GetFields(All))
        {
            Add(f.FieldType);
        }

        foreach (var p in type.GetProperties(All))
        {
            Add(p.PropertyType);
        }

        foreach (var e in type.GetEvents(All))
        {
            Add(e.EventHandlerType);
        }

        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi)
            {
                Add(mi.ReturnType);
                if (mi.IsGenericMethodDefinition)
                {
                    foreach (var c in mi.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()))
                    {
                        Add(c);
                    }
                }
            }

            foreach (var p in m.GetParameters())
            {
                Add(p.ParameterType);
            }

            foreach (var t in BodyReferences(m))
            {
                Add(t);
            }
        }

        return used;
    }

    /// <summary>Host methods that call <paramref name="target"/>'s members (by IL), with their declaring types.</summary>
    public static IEnumerable<Type> CallersOf(Type target) =>
        HostTypes().Where(t => t.GetMethods(All).Cast<MethodBase>().Concat(t.GetConstructors(All))
            .Any(m => MemberReferences(m).Any(r => r is MethodBase called && called.DeclaringType == target)));

    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        MethodBody? body;
        try
        {
            body = method.GetMethodBody();
        }
        catch (Exception ex) when (ex is BadImageFormatException or InvalidOperationException)
        {
            yield break;
        }

        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        foreach (var member in MemberReferences(method))
        {
            switch (member)
            {
                case Type t:
                    yield return t;
                    break;
                case FieldInfo f:
                    yield return f.DeclaringType!;
                    yield return f.FieldType;
                    break;
                case MethodBase m:
                    yield return m.DeclaringType!;
                    if (m is MethodInfo mi)
                    {
                        yield return mi.ReturnType;
                        if (mi.IsGenericMethod)
                        {
                            foreach (var a in mi.GetGenericArguments())
                            {
                                yield return a;
                            }
                        }
                    }

                    foreach (var p in m.GetParameters())
                    {
                        yield return p.ParameterType;
                    }

                    break;
            }
        }
    }

    /// <summary>The members named by tokens in a method's IL (type, field, method and ldtoken operands).</summary>
    private static IEnumerable<MemberInfo> MemberReferences(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception ex) when (ex is BadImageFormatException or InvalidOperationException)
        {
            yield break;
        }

        if (il is null)
        {
            yield break;
        }

        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            OpCode op;
            if (il[i] == 0xFE)
            {
                op = OpCodesByValue[unchecked((short)(0xFE00 | il[i + 1]))];
                i += 2;
            }
            else
            {
                op = OpCodesByValue[il[i]];
                i += 1;
            }

            switch (op.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try
                    {
                        member = method.Module.ResolveMember(token, typeArgs, methodArgs);
                    }
                    catch (Exception ex) when (ex is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException)
                    {
                    }

                    if (member is not null)
                    {
                        yield return member;
                    }

                    i += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, i);
                    i += 4 + (4 * count);
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}

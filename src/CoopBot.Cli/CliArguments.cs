using System.Globalization;

namespace CoopBot.Cli;

/// <summary>Positional arguments and <c>--name value</c> options of one invocation, checked against the command.</summary>
internal sealed class CliArguments
{
    private readonly List<string> _positional = [];
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public CliArguments(IEnumerable<string> args, IReadOnlyCollection<string> allowedOptions, IReadOnlyCollection<string> allowedFlags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                _positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            if (allowedFlags.Contains(name))
            {
                _flags.Add(name);
                continue;
            }

            if (!allowedOptions.Contains(name))
            {
                throw new CliUsageException(CliTexts.UnknownOption(name));
            }

            if (!e.MoveNext())
            {
                throw new CliUsageException(CliTexts.OptionNeedsValue(name));
            }

            _options[name] = e.Current;
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _flags.Contains(name);

    public int IntOption(string name, int fallback, int minimum)
    {
        var value = Option(name);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= minimum
            ? parsed
            : throw new CliUsageException(CliTexts.OptionNeedsNumber(name, minimum));
    }

    /// <summary>Requires exactly <paramref name="count"/> positional arguments.</summary>
    public void ExpectPositional(int count, string synopsis)
    {
        if (_positional.Count != count)
        {
            throw new CliUsageException($"Verwacht: {synopsis}");
        }
    }
}

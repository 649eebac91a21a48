using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CoopBot.Testing;

/// <summary>One running node tool (Azurite, the Agents Playground) from the repo's <c>node_modules</c>, with its captured output.</summary>
internal sealed class NodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(50);
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private readonly string _name;

    private NodeProcess(Process process, string name)
    {
        _process = process;
        _name = name;
        // A crashed or aborted test host must not leave Azurite behind.
        AppDomain.CurrentDomain.ProcessExit += OnHostExit;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The operating system's process id (to pause and resume it with signals).</summary>
    public int Id => _process.Id;

    /// <summary>Output lines so far, to wait for a tool's "listening" line.</summary>
    public string CapturedOutput
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static NodeProcess Start(
        string name, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var node = FindNode() ?? throw Missing("`node` is not on PATH");
        if (!File.Exists(arguments[0]))
        {
            throw Missing($"'{arguments[0]}' does not exist");
        }

        var info = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var result = new NodeProcess(process, name);
        process.OutputDataReceived += (_, e) => result.Append(e.Data);
        process.ErrorDataReceived += (_, e) => result.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return result;
    }

    /// <summary>Polls the port until any HTTP response arrives (Azurite answers 400/403 to the bare probe).</summary>
    public Task WaitUntilAnswersAsync(int port, CancellationToken ct) =>
        WaitUntilAnswersAsync(new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/devstoreaccount1"), ct);

    /// <summary>Polls <paramref name="uri"/> until any HTTP response arrives.</summary>
    public async Task WaitUntilAnswersAsync(Uri uri, CancellationToken ct)
    {
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"{_name} exited with code {_process.ExitCode} before {uri} answered.\n{Output}");
            }

            try
            {
                using var response = await Probe.GetAsync(uri, ct);
                return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw new TimeoutException($"{_name} did not answer on {uri} in time.\n{Output}");
            }

            try
            {
                await Task.Delay(ProbeInterval, ct);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{_name} did not answer on {uri} in time.\n{Output}");
            }
        }
    }

    /// <summary>Waits for a short-lived script to finish; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken ct)
    {
        await _process.WaitForExitAsync(ct);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnHostExit;
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return $"--- {_name} output ---\n{_output}";
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private void OnHostExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static string? FindNode()
    {
        var name = OperatingSystem.IsWindows() ? "node.exe" : "node";
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    private static InvalidOperationException Missing(string what) =>
        new($"NODE TOOL MISSING: {what}. Run `npm ci` in the repo root ({RepoPaths.Root}) so node_modules holds the "
            + "pinned tools, and make sure `node` (20+) is on PATH. Integration tests never fall back to an in-memory fake.");
}

using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CoopBot.Testing;

/// <summary>One running Azurite node process with its captured output.</summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(50);
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AzuriteProcess(Process process)
    {
        _process = process;
        // A crashed or aborted test host must not leave Azurite behind.
        AppDomain.CurrentDomain.ProcessExit += OnHostExit;
    }

    public bool HasExited => _process.HasExited;

    public static AzuriteProcess Start(IReadOnlyList<string> arguments)
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
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var result = new AzuriteProcess(process);
        process.OutputDataReceived += (_, e) => result.Append(e.Data);
        process.ErrorDataReceived += (_, e) => result.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return result;
    }

    /// <summary>Polls the port until any HTTP response arrives (Azurite answers 400/403 to the bare probe).</summary>
    public async Task WaitUntilAnswersAsync(int port, CancellationToken ct)
    {
        var uri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/devstoreaccount1");
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Azurite exited with code {_process.ExitCode} before port {port} answered.\n{Output}");
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
                throw new TimeoutException($"Azurite did not answer on port {port} in time.\n{Output}");
            }

            try
            {
                await Task.Delay(ProbeInterval, ct);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Azurite did not answer on port {port} in time.\n{Output}");
            }
        }
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
                return "--- Azurite output ---\n" + _output;
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
        new($"AZURITE MISSING: {what}. Run `npm ci` in the repo root ({RepoPaths.Root}) so node_modules/azurite "
            + "exists, and make sure `node` (20+) is on PATH. Integration tests never fall back to an in-memory fake.");
}

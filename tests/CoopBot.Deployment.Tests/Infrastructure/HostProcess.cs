using System.Diagnostics;
using System.Net;
using System.Text;
using CoopBot.Testing;

namespace CoopBot.Deployment.Tests.Infrastructure;

/// <summary>
/// The built CoopBot host (src/CoopBot/bin/&lt;configuration&gt;/net10.0/CoopBot.dll) as a real process, configured only
/// through environment variables, the way App Service runs it.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    // Variables of the test runner that would leak into the host's configuration.
    private static readonly string[] Inherited = ["ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "MicrosoftAppId", "MicrosoftAppType", "MicrosoftAppPassword", "MicrosoftAppTenantId"];
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static HostProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var folder = HostFolder();
        var port = FreePort();
        var startInfo = new ProcessStartInfo("dotnet", [Path.Combine(folder, "CoopBot.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var name in Inherited)
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => Append(host._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(host._stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits for the process to exit on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    // The test binaries live in tests/X/bin/<configuration>/<tfm>/; the host was built with the same configuration.
    private static string HostFolder()
    {
        var tfmFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var folder = Path.Combine(RepoPaths.Root, "src", "CoopBot", "bin", tfmFolder.Parent!.Name, tfmFolder.Name);
        return File.Exists(Path.Combine(folder, "CoopBot.dll"))
            ? folder
            : throw new InvalidOperationException($"The host is not built at {folder}.");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

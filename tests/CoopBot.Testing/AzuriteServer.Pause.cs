using System.Diagnostics;
using System.Globalization;

namespace CoopBot.Testing;

public sealed partial class AzuriteServer
{
    /// <summary>
    /// Freezes Azurite (SIGSTOP): its ports still accept connections but nothing is answered, like a storage account
    /// that stalls. In-memory data is kept; <see cref="ResumeAsync"/> (SIGCONT) lets it answer everything queued.
    /// </summary>
    public Task PauseAsync() => SignalAsync("STOP");

    /// <summary>Lets a paused Azurite run again.</summary>
    public Task ResumeAsync() => SignalAsync("CONT");

    private async Task SignalAsync(string signal)
    {
        var process = _process ?? throw new InvalidOperationException("Azurite is not running.");
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not start kill.");
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {process.Id} failed with exit code {kill.ExitCode}.");
        }
    }
}

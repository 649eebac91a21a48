using System.ComponentModel;
using System.Diagnostics;
using CoopBot.Testing;

namespace CoopBot.Deployment.Tests.Infrastructure;

/// <summary>Runs one of the repository's Node scripts with stdin input; fails loudly when Node or node_modules is missing.</summary>
public static class NodeTool
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string script, string stdin)
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.NodeModules, "@microsoft", "app-manifest")))
        {
            throw new InvalidOperationException($"{RepoPaths.NodeModules} has no @microsoft/app-manifest: run npm ci in the repository root.");
        }

        var startInfo = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("Node.js (node) is not on PATH; the manifest validator needs Node 20+.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
            await process.WaitForExitAsync();
            return (process.ExitCode, await stdout, await stderr);
        }
    }
}

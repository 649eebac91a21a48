using System.Globalization;

namespace CoopBot.Testing;

public sealed partial class AzuriteServer
{
    private List<string> BuildArguments()
    {
        var services = new[] { _tablePort, _queuePort, _blobPort }.Count(p => p is not null);
        var azuriteSrc = Path.Combine(RepoPaths.NodeModules, "azurite", "dist", "src");

        // The combined entry point always starts all three services, so give every service a free port
        // when it runs; with a single service, the per-service entry point avoids starting the others.
        var args = new List<string>();
        if (services > 1)
        {
            args.Add(Path.Combine(azuriteSrc, "azurite.js"));
            AddService(args, "table", _tablePort ?? FreePort());
            AddService(args, "queue", _queuePort ?? FreePort());
            AddService(args, "blob", _blobPort ?? FreePort());
        }
        else
        {
            var (name, port) = _tablePort is { } t ? ("table", t) : _queuePort is { } q ? ("queue", q) : ("blob", _blobPort!.Value);
            args.Add(Path.Combine(azuriteSrc, name, "main.js"));
            AddService(args, name, port);
        }

        // All four flags exist in 3.37.0 for every entry point (see TableEnvironment.js / Environment.js).
        args.AddRange(["--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck"]);
        return args;
    }

    private static void AddService(List<string> args, string name, int port) =>
        args.AddRange([$"--{name}Host", "127.0.0.1", $"--{name}Port", port.ToString(CultureInfo.InvariantCulture)]);
}

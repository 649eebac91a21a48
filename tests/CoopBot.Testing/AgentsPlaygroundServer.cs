using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace CoopBot.Testing;

/// <summary>
/// The real Microsoft 365 Agents Playground (<c>@microsoft/m365agentsplayground</c> from node_modules), started
/// against a bot endpoint with the repo's <c>.m365agentsplayground.yml</c>. It is driven through the same HTTP API
/// its web client uses, and its conversation stream (WebSocket) shows what the bot posted and updated.
/// </summary>
public sealed partial class AgentsPlaygroundServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly NodeProcess _process;
    private readonly HttpClient _http;

    private string? _configFolder;

    private AgentsPlaygroundServer(NodeProcess process, int port)
    {
        _process = process;
        Port = port;
        BaseUri = new Uri($"http://localhost:{port.ToString(CultureInfo.InvariantCulture)}/");
        _http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public Uri BaseUri { get; }

    /// <summary>The serviceUrl the playground puts on the activities it sends to the bot.</summary>
    public Uri ServiceUrl => new(BaseUri, "_connector");

    /// <summary>
    /// Starts the playground on a free port, pointed at <paramref name="botEndpoint"/>. With <paramref name="browserUser"/>
    /// it runs on the copy of the yml that <c>scripts/playground-as.js</c> writes for that demo person, as
    /// <c>scripts/run-local.sh</c> does for <c>PLAYGROUND_USER</c>.
    /// </summary>
    public static async Task<AgentsPlaygroundServer> StartAsync(Uri botEndpoint, string? browserUser = null, CancellationToken ct = default)
    {
        var cli = Path.Combine(RepoPaths.NodeModules, "@microsoft", "m365agentsplayground", "cli.js");
        var folder = browserUser is null ? null : await WriteConfigAsAsync(browserUser, ct);
        var requested = FreePort();
        var process = NodeProcess.Start(
            "Agents Playground",
            [cli, "-e", botEndpoint.ToString(), "-c", "msteams", "-p", requested.ToString(CultureInfo.InvariantCulture), "--disable-telemetry"],
            new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" },
            folder);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(StartTimeout);
            // The playground falls back to a random port when the requested one is taken, so read the one it chose.
            var port = await WaitForListeningPortAsync(process, timeout.Token);
            var server = new AgentsPlaygroundServer(process, port) { _configFolder = folder };
            await process.WaitUntilAnswersAsync(new Uri(server.BaseUri, "_internal/v1/config"), timeout.Token);
            return server;
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// What the playground's page does when it shows a conversation for the first time after loading: the playground
    /// then sends the bot an installationUpdate and a conversationUpdate (bot added) for that conversation.
    /// </summary>
    public async Task OpenConversationAsPageAsync(string conversationId, CancellationToken ct = default)
    {
        using var response = await _http.PostAsJsonAsync($"_debug/conversation/{conversationId}/installation", new JsonObject(), ct);
        await EnsureSuccessAsync(response, ct);
    }

    /// <summary>The mocked tenant, users, chats and team (<c>GET /_internal/v1/config</c>).</summary>
    public async Task<JsonNode> GetConfigAsync(CancellationToken ct = default) =>
        (await _http.GetFromJsonAsync<JsonNode>("_internal/v1/config", ct))!;

    /// <summary>Opens the conversation event stream; open it before the action whose effects you want to see.</summary>
    public async Task<PlaygroundEvents> OpenEventsAsync(CancellationToken ct = default)
    {
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(BaseUri) { Scheme = "ws", Path = "_ws_conversation/v1/conversations/stream" }.Uri;
        await socket.ConnectAsync(uri, ct);
        return new PlaygroundEvents(socket);
    }

    /// <summary>
    /// Posts a user message as the web client does. In a channel the bot only hears it when mentioned, so
    /// <paramref name="mentionBot"/> prefixes the text with the bot's at-mention and adds the mention entity.
    /// Returns the created message id and, for a channel post, the new thread's conversation id.
    /// </summary>
    public async Task<(string MessageId, string ConversationId)> SendMessageAsync(
        string conversationId, string fromUserId, string text, bool mentionBot, CancellationToken ct = default)
    {
        var config = await GetConfigAsync(ct);
        var bot = config["config"]!["bot"]!;
        var body = new JsonObject
        {
            ["type"] = "text",
            ["textFormat"] = "plain",
            ["from"] = new JsonObject { ["id"] = fromUserId },
        };
        if (mentionBot)
        {
            var mention = $"<at>{bot["name"]}</at>";
            body["text"] = $"{mention} {text}";
            body["mentions"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = bot["id"]!.GetValue<string>(), ["name"] = bot["name"]!.GetValue<string>() },
                ["text"] = mention,
            });
        }
        else
        {
            body["text"] = text;
        }

        using var response = await _http.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, ct);
        await EnsureSuccessAsync(response, ct);
        var result = (await response.Content.ReadFromJsonAsync<JsonNode>(ct))!;
        return (result["messageId"]!.GetValue<string>(), result["postConversationId"]?.GetValue<string>() ?? conversationId);
    }

    /// <summary>
    /// Sends a message-extension invoke (<c>composeExtension/fetchTask</c>, <c>submitAction</c>, <c>query</c>, <c>queryLink</c>)
    /// through the Playground's own invoke API, as its compose box does; returns <c>{task, composeExtension}</c>.
    /// </summary>
    public async Task<JsonNode> ComposeExtensionAsync(string conversationId, string fromUserId, string invokeName, JsonObject value, CancellationToken ct = default)
    {
        var body = new JsonObject
        {
            ["name"] = invokeName,
            ["value"] = value,
            ["from"] = new JsonObject { ["id"] = fromUserId },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        using var response = await _http.PostAsJsonAsync("_conversation/v1/invoke", body, ct);
        await EnsureSuccessAsync(response, ct);
        return (await response.Content.ReadFromJsonAsync<JsonNode>(ct))!;
    }

    /// <summary>Executes an Action.Execute on a card message as <paramref name="fromUserId"/>; returns the bot's invoke response body.</summary>
    public async Task<JsonNode> ExecuteActionAsync(
        string conversationId, string messageId, string fromUserId, string verb, JsonObject data, CancellationToken ct = default)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
            ["from"] = new JsonObject { ["id"] = fromUserId },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = messageId,
        };
        using var response = await _http.PostAsJsonAsync("_conversation/v1/invoke", body, ct);
        await EnsureSuccessAsync(response, ct);
        return (await response.Content.ReadFromJsonAsync<JsonNode>(ct))!;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
        if (_configFolder is not null)
        {
            Directory.Delete(_configFolder, recursive: true);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"Agents Playground answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }
    }

    private static async Task<int> WaitForListeningPortAsync(NodeProcess process, CancellationToken ct)
    {
        while (true)
        {
            if (ListeningLine().Match(process.CapturedOutput) is { Success: true } match)
            {
                return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The Agents Playground exited before listening.\n{process.CapturedOutput}");
            }

            try
            {
                await Task.Delay(100, ct);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The Agents Playground did not start in time.\n{process.CapturedOutput}");
            }
        }
    }

    // scripts/playground-as.js writes the repo's yml with another current user into a fresh folder.
    private static async Task<string> WriteConfigAsAsync(string browserUser, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("coopbot-playground-").FullName;
        var script = Path.Combine(RepoPaths.Root, "scripts", "playground-as.js");
        await using var writer = NodeProcess.Start(
            "playground-as.js",
            [script, browserUser, Path.Combine(RepoPaths.Root, ".m365agentsplayground.yml"), Path.Combine(folder, ".m365agentsplayground.yml"),
             Path.Combine(RepoPaths.Root, "src", "CoopBot", "Registry", "DemoData", "demo-registry.json")]);
        if (await writer.WaitForExitAsync(ct) != 0)
        {
            throw new InvalidOperationException($"playground-as.js failed for {browserUser}.\n{writer.CapturedOutput}");
        }

        return folder;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}

/// <summary>
/// The playground's conversation stream: every message the bot creates or updates, as
/// <c>{action, actionConversationId, message}</c> events. Earlier events are replayed on connect.
/// </summary>
public sealed class PlaygroundEvents : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly Channel<JsonNode> _events = Channel.CreateUnbounded<JsonNode>();
    private readonly List<JsonNode> _seen = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;

    internal PlaygroundEvents(ClientWebSocket socket)
    {
        _socket = socket;
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>Every event the waits so far have read, in order.</summary>
    public IReadOnlyList<JsonNode> Seen => _seen;

    /// <summary>Waits for the next event (not seen by an earlier wait) that matches <paramref name="predicate"/>.</summary>
    public async Task<JsonNode> WaitForAsync(Func<JsonNode, bool> predicate, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var next = await _events.Reader.ReadAsync(cts.Token);
                _seen.Add(next);
                if (predicate(next))
                {
                    return next;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException(
                $"No matching playground event within {timeout}. Events seen:\n{string.Join("\n", _seen.Select(e => e.ToJsonString()))}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reader;
        }
        catch (OperationCanceledException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer, _stop.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                break;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                if (JsonNode.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length)) is { } node)
                {
                    _events.Writer.TryWrite(node);
                }

                message.SetLength(0);
            }
        }

        _events.Writer.TryComplete();
    }
}

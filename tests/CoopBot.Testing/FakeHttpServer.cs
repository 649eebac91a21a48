using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopBot.Testing;

/// <summary>
/// A Kestrel server on a free loopback port that records every request and answers with a test-supplied
/// handler. Use it only at the network edge (fake connector, Graph, or a scripted Table service). With
/// <c>https: true</c> it serves a throwaway self-signed certificate; <see cref="CreateTrustingHandler"/> trusts exactly that.
/// </summary>
public sealed class FakeHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly X509Certificate2? _certificate;
    private readonly ConcurrentQueue<RecordedRequest> _requests;

    private FakeHttpServer(WebApplication app, X509Certificate2? certificate, ConcurrentQueue<RecordedRequest> requests)
    {
        _app = app;
        _certificate = certificate;
        _requests = requests;
    }

    /// <summary>Base address, e.g. <c>https://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Requests received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Starts the server; <paramref name="handler"/> writes each response.</summary>
    public static async Task<FakeHttpServer> StartAsync(Func<HttpContext, Task> handler, bool https = false)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var certificate = https ? SelfSignedCertificate.Create() : null;
        var builder = WebApplication.CreateSlimBuilder();
        // Ignore appsettings.json and ASPNETCORE_* variables of the test host: they could add Kestrel endpoints.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var requests = new ConcurrentQueue<RecordedRequest>();
        app.Run(async context =>
        {
            requests.Enqueue(await RecordAsync(context.Request));
            await handler(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeHttpServer(app, certificate, requests) { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
    }

    /// <summary>An <see cref="HttpMessageHandler"/> that trusts only this server's certificate.</summary>
    public HttpMessageHandler CreateTrustingHandler()
    {
        var thumbprint = _certificate?.GetCertHashString();
        return new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == thumbprint },
        };
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _certificate?.Dispose();
    }

    private static async Task<RecordedRequest> RecordAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var target = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget
            ?? request.Path + request.QueryString;
        return new RecordedRequest(request.Method, target, headers, body);
    }
}

using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Unit;

/// <summary>Clients pointed at a <see cref="FakeHttpServer"/> that plays the Table service.</summary>
internal static class FakeTableService
{
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static TableServiceClient Client(FakeHttpServer server, TableClientOptions? options = null) =>
        new($"AccountName=devstoreaccount1;AccountKey={DevKey};TableEndpoint={server.BaseAddress}devstoreaccount1", options);
}

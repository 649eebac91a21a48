namespace CoopBot.Protocol.Authentication;

/// <summary>
/// Whether the Bot Framework OpenID metadata (issuer and signing keys for Connector tokens) has been fetched at least
/// once. Until then no Teams request can be authenticated, so readiness probes use this.
/// </summary>
public interface IOpenIdMetadataStatus
{
    /// <summary>True once the metadata and its key set were fetched successfully; stays true while cached keys exist.</summary>
    bool HasMetadata { get; }

    /// <summary>Fetches the metadata unless it was fetched before; true when it is available.</summary>
    Task<bool> EnsureMetadataAsync(CancellationToken cancellationToken);
}

using System.Security.Cryptography;
using System.Text.Json;

namespace CoopBot.Decisions;

/// <summary>
/// The choice and reason of an anonymous ballot, sealed with the decision's own key (AES-GCM, bound to the decision and
/// the voter). While the decision is open the bot can open a ballot so the voter sees and changes their vote; at counting
/// the key is deleted in the same ETag-guarded write that stores the result, which destroys every voter-choice link at
/// once, however many ballots there are (ADR 0009). The sealed rows are purged afterwards as tidying.
/// </summary>
internal static class BallotSeal
{
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    // Plaintexts are padded to a multiple of this, so a sealed row's length says little about the choice or the reason.
    private const int PaddingBlock = 128;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static string Seal(byte[] key, string pollId, string voterId, IReadOnlyList<string> optionIds, string? reason)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Content(optionIds, reason));
        var plain = new byte[((json.Length / PaddingBlock) + 1) * PaddingBlock];
        plain.AsSpan().Fill((byte)' ');
        json.CopyTo(plain, 0);
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize, plain.Length), output.AsSpan(NonceSize + plain.Length), Binding(pollId, voterId));
        return Convert.ToBase64String(output);
    }

    /// <summary>Opens a sealed ballot; throws <see cref="InvalidDataException"/> when it was not sealed with this key for this voter.</summary>
    public static (IReadOnlyList<string> OptionIds, string? Reason) Open(byte[] key, string pollId, string voterId, string sealedText)
    {
        try
        {
            var input = Convert.FromBase64String(sealedText);
            var plain = new byte[input.Length - NonceSize - TagSize];
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, plain.Length), input.AsSpan(NonceSize + plain.Length), plain, Binding(pollId, voterId));
            var content = JsonSerializer.Deserialize<Content>(plain) ?? throw new InvalidDataException("Empty sealed ballot.");
            return (content.OptionIds ?? [], content.Reason);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException or ArgumentException)
        {
            throw new InvalidDataException($"The sealed ballot of {voterId} in {pollId} cannot be opened.", ex);
        }
    }

    private static byte[] Binding(string pollId, string voterId) => System.Text.Encoding.UTF8.GetBytes(pollId + "\n" + voterId);

    private sealed record Content(IReadOnlyList<string>? OptionIds, string? Reason);
}

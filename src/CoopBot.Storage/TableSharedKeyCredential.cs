using System.Security.Cryptography;
using System.Text;

namespace CoopBot.Storage;

/// <summary>A storage account name and key for Shared Key (Lite) authorization.</summary>
public sealed class TableSharedKeyCredential
{
    private readonly byte[] _key;

    /// <summary>Creates the credential; <paramref name="accountKey"/> is the base64 key from the portal.</summary>
    public TableSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountName);
        ArgumentException.ThrowIfNullOrEmpty(accountKey);
        AccountName = accountName;
        try
        {
            _key = Convert.FromBase64String(accountKey);
        }
        catch (FormatException e)
        {
            // Never echo the key itself.
            throw new ArgumentException("The storage account key is not valid base64.", nameof(accountKey), e);
        }
    }

    /// <summary>The storage account name.</summary>
    public string AccountName { get; }

    /// <summary>Base64 HMAC-SHA256 of <paramref name="stringToSign"/> (UTF-8) with the decoded account key.</summary>
    internal string ComputeSignature(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));
}

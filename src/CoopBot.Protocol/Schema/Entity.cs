using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopBot.Protocol.Schema;

/// <summary>
/// Metadata attached to an activity (<c>mention</c>, <c>clientInfo</c>, …). Every property other than
/// <see cref="Type"/> is kept as raw JSON, so unknown entity kinds round-trip; read a typed view with <see cref="GetAs{T}"/>.
/// </summary>
// Without a type discriminator the derived types are only used when writing: a Mention placed in a
// List<Entity> is written with all its fields, and reading always yields a plain Entity.
[JsonDerivedType(typeof(Mention))]
public class Entity
{
    /// <summary>Entity kind, e.g. <c>mention</c> or <c>clientInfo</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The entity's other properties as raw JSON.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads this entity as <typeparamref name="T"/> (for example <see cref="Mention"/>).</summary>
    /// <exception cref="JsonException">The entity JSON does not fit <typeparamref name="T"/>.</exception>
    public T? GetAs<T>()
        where T : class
    {
        var json = JsonSerializer.SerializeToElement(this, GetType(), ProtocolJson.Options);
        return json.Deserialize<T>(ProtocolJson.Options);
    }

    /// <summary>Creates a plain entity from any serializable value (its <c>type</c> property included).</summary>
    public static Entity FromObject(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var json = JsonSerializer.SerializeToElement(value, value.GetType(), ProtocolJson.Options);
        return json.Deserialize<Entity>(ProtocolJson.Options)
            ?? throw new ArgumentException("The value serialized to JSON null.", nameof(value));
    }
}

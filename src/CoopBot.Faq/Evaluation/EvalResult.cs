using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoopBot.Faq.Evaluation;

/// <summary>The outcome of one evaluation question.</summary>
/// <param name="Case">The labelled question.</param>
/// <param name="Predicted">The predicted id, or null when refused.</param>
/// <param name="Score">The predictor's score.</param>
public sealed record EvalResult(EvalCase Case, string? Predicted, double Score)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>In scope: the prediction is one of the expected ids. Out of scope: the question was refused.</summary>
    public bool Correct => Case.IsOutOfScope ? Predicted is null : Predicted is not null && Case.Expected.Contains(Predicted);

    /// <summary>
    /// The result as one JSON line:
    /// <c>{"question":…,"expected":[…],"predicted":"id"|null,"score":…,"correct":true|false}</c>.
    /// </summary>
    public string ToJsonLine()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("question", Case.Question);
            writer.WriteStartArray("expected");
            foreach (var id in Case.Expected)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteString("predicted", Predicted);
            writer.WriteNumber("score", Math.Round(Score, 4));
            writer.WriteBoolean("correct", Correct);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace UniPass.Gateway.Host.Cli.Reports;

/// <summary>
/// Writes reports as indented JSON to a text writer: one object, or an array written an element
/// at a time so that the output of many files is never held in memory at once.
/// </summary>
internal sealed class JsonReport : IAsyncDisposable
{
    // A terminal or a file, not HTML: service characters (' + ?) and non-ASCII text stay as they are.
    private static readonly JsonWriterOptions s_writerOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _writer;

    private JsonReport(TextWriter output)
    {
        _output = output;
        _writer = new Utf8JsonWriter(_buffer, s_writerOptions);
    }

    /// <summary>Writes <paramref name="report"/> as one JSON document.</summary>
    public static async Task WriteAsync<T>(TextWriter output, T report, JsonTypeInfo<T> typeInfo)
    {
        await using var json = new JsonReport(output);
        JsonSerializer.Serialize(json._writer, report, typeInfo);
        await json.FlushAsync();
    }

    /// <summary>Starts a JSON array; <see cref="AddAsync"/> writes each element, disposing closes it.</summary>
    public static JsonReport StartArray(TextWriter output)
    {
        var json = new JsonReport(output);
        json._writer.WriteStartArray();
        return json;
    }

    public async Task AddAsync<T>(T element, JsonTypeInfo<T> typeInfo)
    {
        JsonSerializer.Serialize(_writer, element, typeInfo);
        await FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer.CurrentDepth > 0)
        {
            _writer.WriteEndArray();
        }

        await FlushAsync();
        await _output.WriteLineAsync();
        await _writer.DisposeAsync();
    }

    // The writer flushes whole tokens, so no UTF-8 sequence is ever split between two writes.
    private async Task FlushAsync()
    {
        await _writer.FlushAsync();
        await _output.WriteAsync(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}

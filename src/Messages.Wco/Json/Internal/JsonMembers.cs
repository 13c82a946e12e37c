using System.Text;
using System.Text.Json;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

/// <summary>
/// The members of one canonical JSON object: their names as UTF-8 (compared as bytes, never decoded) in the order the
/// writer puts them, and which of them are required. The source-generated contract is the reference: a test holds
/// each table to its members and required members.
/// </summary>
internal sealed class JsonMembers
{
    private readonly byte[][] _names;

    public JsonMembers(string typeName, string[] names, string[] required)
    {
        if (names.Length > 64)
        {
            throw new ArgumentException("at most 64 members are tracked per object", nameof(names));
        }

        TypeName = typeName;
        Names = names;
        _names = [.. names.Select(Encoding.UTF8.GetBytes)];
        foreach (var name in required)
        {
            var index = Array.IndexOf(names, name);
            RequiredMask |= index >= 0 ? 1UL << index : throw new ArgumentException($"'{name}' is not a member", nameof(required));
        }
    }

    /// <summary>The model type the object becomes, named in findings.</summary>
    public string TypeName { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>One bit per required member, by index.</summary>
    public ulong RequiredMask { get; }

    /// <summary>
    /// The index of <paramref name="name"/>, or -1. The member after the previous one is tried first: documents the
    /// writer made hit it every time.
    /// </summary>
    public int Find(ReadOnlySpan<byte> name, int expected)
    {
        var names = _names;
        if ((uint)expected < (uint)names.Length && name.SequenceEqual(names[expected]))
        {
            return expected;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The required members missing from <paramref name="seen"/>, for the finding.</summary>
    public string Missing(ulong seen)
    {
        var missing = new List<string>();
        for (var i = 0; i < Names.Count; i++)
        {
            if ((RequiredMask & ~seen & (1UL << i)) != 0)
            {
                missing.Add("'" + Names[i] + "'");
            }
        }

        return string.Join(", ", missing);
    }
}

/// <summary>
/// Walks the members of one object: each member name is matched, checked against duplicates and unknown members, and
/// the reader left on its value; at the end of the object the required members are checked.
/// </summary>
internal struct JsonObjectReader
{
    private readonly JsonMembers _members;
    private ulong _seen;
    private int _expected;

    /// <summary>
    /// Starts on the object's <see cref="JsonTokenType.StartObject"/> (anything else is a type mismatch), or, with
    /// <paramref name="seen"/>, goes on inside an object whose members in <paramref name="seen"/> have been read.
    /// </summary>
    public JsonObjectReader(ref Utf8JsonReader reader, JsonMembers members, ulong seen = 0)
    {
        if (seen == 0 && reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValues.Mismatch(ref reader, "an object");
        }

        _members = members;
        _seen = seen;
    }

    /// <summary>Moves to the next member's value and gives its index; false at the end of the object.</summary>
    public bool Next(ref Utf8JsonReader reader, out int member)
    {
        // The reader has checked the syntax: after a value comes a member name or the end of the object.
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            if ((_members.RequiredMask & ~_seen) != 0)
            {
                throw new JsonReadFailure(JsonDiagnosticIds.MissingRequired, $"{_members.TypeName} is missing the required members {_members.Missing(_seen)}", reader.TokenStartIndex);
            }

            member = -1;
            return false;
        }

        member = reader.ValueIsEscaped ? _members.Find(Unescaped(ref reader), _expected) : _members.Find(reader.ValueSpan, _expected);
        if (member < 0)
        {
            throw new JsonReadFailure(JsonDiagnosticIds.UnknownMember, $"'{NameOf(ref reader)}' is not a member of {_members.TypeName}", reader.TokenStartIndex);
        }

        var bit = 1UL << member;
        if ((_seen & bit) != 0)
        {
            throw new JsonReadFailure(JsonDiagnosticIds.DuplicateKey, $"'{_members.Names[member]}' appears more than once in {_members.TypeName}", reader.TokenStartIndex);
        }

        _seen |= bit;
        _expected = member + 1;
        reader.Read();
        return true;
    }

    private static ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader)
    {
        var buffer = new byte[reader.ValueSpan.Length];
        try
        {
            return buffer.AsSpan(0, reader.CopyString(buffer));
        }
        catch (InvalidOperationException)
        {
            // An escape that does not make valid UTF-8 (a lone surrogate) names no member.
            return "\0"u8;
        }
    }

    private static string NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }
}

using System.Globalization;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>
/// The state of one message's mapping: the findings, and the typed readers that turn captured values
/// into canonical values or, when a value does not fit, into a finding with its EDIFACT coordinates and
/// the canonical pointer it feeds.
/// </summary>
internal abstract class MappingState(MappingContext context) : ICanonicalLocation
{
    private const byte FullStop = (byte)'.';
    private const byte Comma = (byte)',';
    private const byte Minus = (byte)'-';

    private readonly List<EdifactMappingDiagnostic> _diagnostics = [];

    public MappingContext Context { get; } = context;

    public IReadOnlyList<EdifactMappingDiagnostic> Diagnostics => _diagnostics;

    /// <summary>The document itself.</summary>
    public string Pointer => string.Empty;

    /// <summary>Reports a finding about <paramref name="field"/> (or the whole segment) of <paramref name="segment"/>.</summary>
    public void Report(EdifactDiagnosticDescriptor descriptor, in SegmentView segment, ElementRef? field, ICanonicalLocation owner, string? member, params object?[] args)
    {
        var position = field is null ? default : segment.PositionOf(field);
        var diagnostic = EdifactDiagnostic.Create(descriptor, args) with
        {
            SegmentIndex = segment.SegmentIndex,
            MessageSegmentIndex = segment.MessageSegmentIndex,
            SegmentTag = segment.Tag,
            Element = position.Element,
            Component = position.Exists ? position.Component : 0,
            ByteOffset = field is null ? segment.ByteOffset : segment.OffsetOf(field),
        };
        _diagnostics.Add(new EdifactMappingDiagnostic(diagnostic, PointerOf(owner, member)));
    }

    /// <summary>Reports a finding about the message as a whole, located at its UNH.</summary>
    public void ReportAtHeader(EdifactDiagnosticDescriptor descriptor, ICanonicalLocation owner, string? member, params object?[] args) =>
        _diagnostics.Add(AtHeader(Context.Message, descriptor, PointerOf(owner, member), args));

    /// <summary>A finding located at the UNH of <paramref name="message"/>.</summary>
    public static EdifactMappingDiagnostic AtHeader(EdifactMessage message, EdifactDiagnosticDescriptor descriptor, string pointer, params object?[] args) =>
        new(EdifactDiagnostic.Create(descriptor, args) with
        {
            SegmentIndex = message.SegmentIndex,
            MessageSegmentIndex = 1,
            SegmentTag = "UNH",
            ByteOffset = message.ByteOffset,
        }, pointer);

    /// <summary>The value, or a missing-data finding when it is absent.</summary>
    public string? Required(in SegmentView segment, ElementRef field, ICanonicalLocation owner, string member, string what)
    {
        var text = segment.Text(field);
        if (text is null)
        {
            Report(EdifactMappingDiagnostics.MissingData, segment, field, owner, member, $"{segment.Tag} {field}", what);
        }

        return text;
    }

    /// <summary>A date (DTM C507 2380 in the format of 2379).</summary>
    public DateOnly? Date(in SegmentView segment, ElementRef value, ElementRef format, CenturyRule century, ICanonicalLocation owner, string member) =>
        DateTime(segment, value, format, century, owner, member)?.Date;

    /// <summary>A local date and time (DTM), of unspecified kind.</summary>
    public DateTime? Local(in SegmentView segment, ElementRef value, ElementRef format, ICanonicalLocation owner, string member) =>
        DateTime(segment, value, format, CenturyRule.Nearest, owner, member)?.Local;

    /// <summary>An instant (DTM): with the format's offset, or read as UTC.</summary>
    public DateTimeOffset? Instant(in SegmentView segment, ElementRef value, ElementRef format, ICanonicalLocation owner, string member) =>
        DateTime(segment, value, format, CenturyRule.Nearest, owner, member)?.Instant;

    private EdifactDateTime? DateTime(in SegmentView segment, ElementRef value, ElementRef format, CenturyRule century, ICanonicalLocation owner, string member)
    {
        var digits = segment.Bytes(value);
        if (digits.IsEmpty)
        {
            Report(EdifactMappingDiagnostics.MissingData, segment, value, owner, member, $"{segment.Tag} {value}", "the date/time");
            return null;
        }

        if (EdifactDateTime.TryParse(digits, segment.Bytes(format), Context.ReferenceDate, century, out var result, out var used))
        {
            return result;
        }

        Report(EdifactMappingDiagnostics.InvalidDate, segment, value, owner, member, segment.Text(value),
            EdifactDateTime.IsSupported(used) ? used.ToString(CultureInfo.InvariantCulture) : $"'{segment.Text(format)}' (formats read: {EdifactDateTime.SupportedFormats})");
        return null;
    }

    /// <summary>A country: ISO 3166-1 alpha-2, or alpha-3 as ICAO Doc 9303 writes it.</summary>
    public CountryCode? Country(in SegmentView segment, ElementRef field, ICanonicalLocation owner, string member)
    {
        var text = segment.Text(field);
        if (text is null)
        {
            return null;
        }

        if (CountryCodes.TryToAlpha2(text, out var country))
        {
            return country;
        }

        Report(EdifactMappingDiagnostics.InvalidCode, segment, field, owner, member, text, "country code", "expected an ISO 3166-1 alpha-2 or alpha-3 code");
        return null;
    }

    /// <summary>A coded value of the canonical model (airport, UN/LOCODE, HS code, currency...).</summary>
    public T? Code<T>(in SegmentView segment, ElementRef field, ICanonicalLocation owner, string member, string what)
        where T : struct, ICodeValue<T>
    {
        var text = segment.Text(field);
        if (text is null)
        {
            return null;
        }

        if (T.TryParse(text, out var value, out var error))
        {
            return value;
        }

        Report(EdifactMappingDiagnostics.InvalidCode, segment, field, owner, member, text, what, error);
        return null;
    }

    /// <summary>
    /// A number (ISO 9735-1 §10: an optional minus sign, digits and one decimal mark). Both marks are
    /// read: the UNA names the one the sender uses, and senders without UNA write either.
    /// </summary>
    public decimal? Decimal(in SegmentView segment, ElementRef field, ICanonicalLocation owner, string member)
    {
        var bytes = segment.Bytes(field);
        if (bytes.IsEmpty)
        {
            return null;
        }

        if (TryDecimal(bytes, out var value))
        {
            return value;
        }

        Report(EdifactMappingDiagnostics.InvalidNumber, segment, field, owner, member, segment.Text(field), field.ToString());
        return null;
    }

    /// <summary>A whole number.</summary>
    public int? Integer(in SegmentView segment, ElementRef field, ICanonicalLocation owner, string member)
    {
        var value = Decimal(segment, field, owner, member);
        if (value is not { } v)
        {
            return null;
        }

        if (v == decimal.Truncate(v) && v is >= int.MinValue and <= int.MaxValue)
        {
            return (int)v;
        }

        Report(EdifactMappingDiagnostics.InvalidNumber, segment, field, owner, member, segment.Text(field), "a whole number is expected");
        return null;
    }

    /// <summary>Reports that the qualifier <paramref name="qualifier"/> of the segment is not mapped.</summary>
    public void Unmapped(in SegmentView segment, ElementRef qualifier, ICanonicalLocation owner) =>
        Report(EdifactMappingDiagnostics.UnmappedQualifier, segment, qualifier, owner, null, $"{segment.Tag} {qualifier}", segment.Text(qualifier) ?? string.Empty);

    private static string PointerOf(ICanonicalLocation owner, string? member) => member is null ? owner.Pointer : owner.Pointer + "/" + member;

    private static bool TryDecimal(ReadOnlySpan<byte> bytes, out decimal value)
    {
        value = 0;
        Span<char> text = stackalloc char[32];
        if (bytes.Length > text.Length)
        {
            return false;
        }

        var marks = 0;
        var digits = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b is FullStop or Comma)
            {
                marks++;
                text[i] = '.';
            }
            else if (b == Minus && i == 0)
            {
                text[i] = '-';
            }
            else if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
                text[i] = (char)b;
            }
            else
            {
                return false;
            }
        }

        return marks <= 1 && digits > 0 && decimal.TryParse(text[..bytes.Length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}

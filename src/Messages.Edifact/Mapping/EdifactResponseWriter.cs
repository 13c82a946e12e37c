using System.Buffers;
using System.Globalization;
using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Edifact.Mapping.Internal.Elements;

namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>
/// Writes a canonical <see cref="Response"/> as a CUSRES or APERAK interchange in the partner's syntax
/// (level, version 3 or 4, delimiters) with <see cref="EdifactWriter"/>. Which segments carry what is named
/// as in the mappings (<see cref="SegmentRef"/>, <see cref="ElementRef"/>) and resolved against the response
/// directory, so D.96A's simple BGM 1004 and mandatory ERP C701 and D.96B's C106 are data; every message is
/// checked against its segment table with <see cref="SegmentTableWalker"/> before a byte is written.
/// </summary>
/// <remarks>
/// BGM: C002 1001 962 (document response, CUSRES) or 312/313 (acknowledgement / application error message,
/// APERAK), 1004 the response's reference, 1225 29 (accepted without amendment) for WCO function 01, 27 (not
/// accepted) for 03 and for any response with errors, 9 (original) otherwise, 4343 AP, RE or AB. DTM+137 its
/// date (203). RFF+ACW the message answered, RFF+ABE its functional reference (LRN), RFF+ABT its customs
/// reference (MRN). Each <see cref="ResponseError"/>: CUSRES SG4 ERP (C701 1049 1, heading; C853 the segment
/// tag and position when the error is located in an EDIFACT segment) + ERC (C901 9321 the code) + FTX+AAO;
/// APERAK SG3 ERC + FTX+AAO. Codes longer than 9321 allows (an..8) are written as ZZZ with the code in the text.
/// </remarks>
public sealed class EdifactResponseWriter
{
    private const string TooLongCode = "ZZZ";

    private static readonly ElementRef s_errorSection = ElementRef.In("C701", "1049");
    private static readonly ElementRef s_errorSegmentTag = ElementRef.In("C853", "9166");
    private static readonly ElementRef s_errorSegmentPosition = ElementRef.In("C853", "1050");
    private static readonly ElementRef s_errorCode = ElementRef.In("C901", "9321");

    private readonly DirectoryCatalog _catalog;

    public EdifactResponseWriter(DirectoryCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    /// <summary>The directory a response of <paramref name="kind"/> to a message of <paramref name="answered"/> is written in.</summary>
    /// <remarks>
    /// CUSRES: D.05B answers messages of D.02B and later, D.96B the older ones. APERAK: the partner's own
    /// directory when it has APERAK (every committed customs directory does), else D.96A.
    /// </remarks>
    public DirectoryId DirectoryFor(EdifactResponseKind kind, DirectoryId? answered)
    {
        if (kind == EdifactResponseKind.Cusres)
        {
            return answered is { Agency: "UN", Version: "D" } a && Year(a.Release) is >= 2002 and < 2090 ? DirectoryId.UnDirectory("05B") : DirectoryId.UnDirectory("96B");
        }

        return answered is { } id && _catalog.TryGet(id, out var directory) && directory.Messages.ContainsKey("APERAK") ? id : DirectoryId.UnDirectory("96A");
    }

    private static int Year(string release) =>
        release.Length == 3 && char.IsAsciiDigit(release[0]) && char.IsAsciiDigit(release[1]) ? (release[0] >= '9' ? 1900 : 2000) + ((release[0] - '0') * 10) + (release[1] - '0') : 0;

    /// <summary>The interchange, as bytes.</summary>
    /// <exception cref="ArgumentException">The envelope names a directory the catalog lacks, or one without the message.</exception>
    /// <exception cref="InvalidOperationException">The directory's segment table has no place for what a response carries.</exception>
    public byte[] Write(Response response, EdifactResponseKind kind, EdifactResponseEnvelope envelope)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new EdifactWriter(output, new EdifactWriterOptions { Syntax = envelope.Syntax, Version = envelope.Version, Delimiters = envelope.Delimiters }))
        {
            Write(writer, response, kind, envelope);
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>Writes the interchange (UNB, one message, UNZ) with <paramref name="writer"/>, which must be set to the envelope's syntax.</summary>
    /// <inheritdoc cref="Write(Response, EdifactResponseKind, EdifactResponseEnvelope)" path="/exception"/>
    public void Write(EdifactWriter writer, Response response, EdifactResponseKind kind, EdifactResponseEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(envelope);
        var type = kind == EdifactResponseKind.Cusres ? "CUSRES" : "APERAK";
        if (!_catalog.TryGet(envelope.Directory, out var directory))
        {
            throw new ArgumentException($"Directory {envelope.Directory} is not in the catalog.", nameof(envelope));
        }

        if (!directory.Messages.TryGetValue(type, out var structure))
        {
            throw new ArgumentException($"Directory {envelope.Directory} has no {type}.", nameof(envelope));
        }

        var segments = Compose(new Composer(directory, structure, envelope.Syntax), response, kind, envelope);
        Check(structure, segments, envelope.Directory);

        var prepared = envelope.Prepared.UtcDateTime;
        writer.WriteInterchangeHeader(new InterchangeHeader
        {
            SyntaxIdentifier = envelope.Syntax.Code,
            SyntaxVersion = envelope.Version,
            Sender = envelope.Sender,
            Recipient = envelope.Recipient,
            Date = prepared.ToString(envelope.Version == SyntaxVersion.V4 ? "yyyyMMdd" : "yyMMdd", CultureInfo.InvariantCulture),
            Time = prepared.ToString("HHmm", CultureInfo.InvariantCulture),
            ControlReference = envelope.ControlReference,
            ApplicationReference = type,
            TestIndicator = envelope.TestIndicator,
        });
        writer.WriteMessageHeader(new MessageHeader
        {
            Reference = envelope.MessageReference,
            Type = type,
            Version = directory.Id.Version,
            Release = directory.Id.Release,
            ControllingAgency = directory.Id.Agency,
        });
        foreach (var segment in segments)
        {
            segment.WriteTo(writer);
        }

        writer.WriteMessageTrailer();
        writer.WriteInterchangeTrailer();
    }

    private static List<SegmentDraft> Compose(Composer c, Response response, EdifactResponseKind kind, EdifactResponseEnvelope envelope)
    {
        var rejected = response.FunctionCode == "03" || response.Errors.Count > 0;
        var accepted = !rejected && response.FunctionCode == "01";
        var segments = new List<SegmentDraft>();

        var bgm = c.Segment(SegmentRef.Top("BGM"));
        bgm.Set(DocumentNameCode, kind == EdifactResponseKind.Cusres ? "962" : rejected ? "313" : "312");
        bgm.Set(DocumentIdentifier, response.FunctionalReferenceId ?? envelope.ControlReference);
        bgm.Set(MessageFunction, rejected ? "27" : accepted ? "29" : "9");
        bgm.Set(ResponseType, rejected ? "RE" : accepted ? "AP" : "AB");
        segments.Add(bgm);

        var dtm = c.Segment(SegmentRef.Top("DTM"));
        dtm.Set(DateQualifier, "137");
        dtm.Set(DateValue, (response.IssueDateTime ?? envelope.Prepared).UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture));
        dtm.Set(DateFormat, "203");
        segments.Add(dtm);

        foreach (var information in response.AdditionalInformation.Take(9))
        {
            if (information.StatementDescription is { } text)
            {
                var ftx = c.Segment(SegmentRef.Top("FTX"));
                ftx.Set(TextSubject, "AAI");
                ftx.SetText(TextLines, text);
                segments.Add(ftx);
            }
        }

        // CUSRES SG3 / APERAK SG1: the references of what is answered.
        foreach (var (qualifier, value) in (ReadOnlySpan<(string, string?)>)[("ACW", envelope.AnsweredMessageReference), ("ABE", response.Subject?.FunctionalReferenceId), ("ABT", response.Subject?.Id)])
        {
            if (value is not null)
            {
                var rff = c.Segment(SegmentRef.Top("RFF"));
                rff.Set(ReferenceQualifier, qualifier);
                rff.Set(ReferenceId, value);
                segments.Add(rff);
            }
        }

        foreach (var error in response.Errors)
        {
            var code = error.Code.Length <= c.MaxLength("9321") ? error.Code : TooLongCode;
            var text = string.Join(" ", new[] { code == error.Code ? null : error.Code, error.Description, error.Location is null ? null : $"({error.Location})" }.Where(t => !string.IsNullOrEmpty(t)));
            if (kind == EdifactResponseKind.Cusres)
            {
                var erp = c.Segment(SegmentRef.Top("ERP"));
                erp.Set(s_errorSection, "1");
                if (Internal.EdifactLocation.TryParse(error.Location, out var tag, out var position))
                {
                    erp.TrySet(s_errorSegmentTag, tag);
                    erp.TrySet(s_errorSegmentPosition, position.ToString(CultureInfo.InvariantCulture));
                }

                segments.Add(erp);
                segments.Add(c.Segment(SegmentRef.In(["ERP"], "ERC")).With(s_errorCode, code));
                if (text.Length > 0)
                {
                    segments.Add(c.Segment(SegmentRef.In(["ERP"], "FTX")).With(TextSubject, "AAO").WithText(TextLines, text));
                }
            }
            else
            {
                segments.Add(c.Segment(SegmentRef.Top("ERC")).With(s_errorCode, code));
                if (text.Length > 0)
                {
                    segments.Add(c.Segment(SegmentRef.In(["ERC"], "FTX")).With(TextSubject, "AAO").WithText(TextLines, text));
                }
            }
        }

        return segments;
    }

    /// <summary>The segments, UNH and UNT around them, must fit the table: a finding is this writer's fault, not the caller's data.</summary>
    private static void Check(MessageStructure structure, List<SegmentDraft> segments, DirectoryId directory)
    {
        var walker = new SegmentTableWalker(SegmentTable.Compile(structure));
        walker.Reset();
        foreach (var tag in segments.Select(s => s.Tag).Prepend("UNH").Append("UNT"))
        {
            if (walker.Advance(Encoding.ASCII.GetBytes(tag)) != SegmentMatch.Matched || walker.Findings.Length > 0)
            {
                throw new InvalidOperationException($"{structure.Type} of {directory}: segment {tag} does not fit the segment table where it is written.");
            }
        }

        walker.Complete();
        if (walker.Findings.Length > 0)
        {
            throw new InvalidOperationException($"{structure.Type} of {directory}: the table requires {walker.Findings[0].Entry?.Position} {walker.Findings[0].Kind}.");
        }
    }

    /// <summary>Resolves segments and data elements against the response directory and fits values to the syntax level and the element's length.</summary>
    private sealed class Composer(EdifactDirectory directory, MessageStructure structure, SyntaxIdentifier syntax)
    {
        private readonly Encoding _encoding = Writing.StrictEncoding.For(syntax);

        public SegmentDraft Segment(SegmentRef segment)
        {
            if (segment.ResolveIn(structure).Count == 0)
            {
                throw new InvalidOperationException($"{structure.Type} of {directory.Id} has no {segment}.");
            }

            return new SegmentDraft(this, segment.Tag);
        }

        public ElementPosition Resolve(string tag, ElementRef element) => element.ResolveIn(directory, tag);

        public int MaxLength(string elementId) => directory.Elements.TryGetValue(elementId, out var definition) ? definition.Format.MaxLength : 35;

        public string Fit(string value, string elementId)
        {
            var fitted = FitText(value);
            var max = MaxLength(elementId);
            return fitted.Length > max ? fitted[..max] : fitted;
        }

        /// <summary>The text with line breaks and characters the syntax level can not carry replaced by spaces (level A: upper case).</summary>
        public string FitText(string value)
        {
            var text = new StringBuilder(value.Length);
            foreach (var ch in value)
            {
                var c = char.IsControl(ch) ? ' ' : syntax.Level == 'A' ? char.ToUpperInvariant(ch) : ch;
                text.Append(Fits(c) ? c : ' ');
            }

            return text.ToString().Trim();
        }

        // Levels A and B: ISO 646 subsets; the others: whatever their character set encodes.
        private bool Fits(char c)
        {
            if (syntax.IsRestrictedRepertoire)
            {
                return c < 0x80 && syntax.IndexOfInvalid([(byte)c]) < 0;
            }

            try
            {
                _encoding.GetByteCount([c]);
                return true;
            }
            catch (EncoderFallbackException)
            {
                return false;
            }
        }
    }

    /// <summary>One segment to write: values at resolved element and component positions.</summary>
    private sealed class SegmentDraft(Composer composer, string tag)
    {
        private readonly SortedDictionary<(int Element, int Component), string> _values = [];

        public string Tag { get; } = tag;

        public void Set(ElementRef element, string value)
        {
            if (!TrySet(element, value))
            {
                throw new InvalidOperationException($"{Tag} has no {element} in this directory.");
            }
        }

        public bool TrySet(ElementRef element, string value)
        {
            var position = composer.Resolve(Tag, element);
            if (!position.Exists)
            {
                return false;
            }

            var fitted = composer.Fit(value, element.ElementId);
            if (fitted.Length > 0)
            {
                _values[(position.Element, position.Component)] = fitted;
            }

            return true;
        }

        public SegmentDraft With(ElementRef element, string value)
        {
            Set(element, value);
            return this;
        }

        /// <summary>Free text over the lines of C108 (4440, each at most its length), what does not fit is cut.</summary>
        public void SetText(IReadOnlyList<ElementRef> lines, string text)
        {
            var max = composer.MaxLength("4440");
            var rest = composer.FitText(text);
            foreach (var line in lines)
            {
                if (rest.Length == 0)
                {
                    break;
                }

                var part = rest.Length > max ? rest[..max] : rest;
                rest = rest[part.Length..];
                if (!TrySet(line, part))
                {
                    break;
                }
            }
        }

        public SegmentDraft WithText(IReadOnlyList<ElementRef> lines, string text)
        {
            SetText(lines, text);
            return this;
        }

        public void WriteTo(EdifactWriter writer)
        {
            writer.WriteSegmentStart(Tag);
            var elements = _values.Count == 0 ? 0 : _values.Keys.Max(k => k.Element);
            for (var e = 1; e <= elements; e++)
            {
                var components = _values.Keys.Where(k => k.Element == e).Select(k => k.Component).DefaultIfEmpty(1).Max();
                writer.WriteElement(_values.GetValueOrDefault((e, 1), string.Empty));
                for (var c = 2; c <= components; c++)
                {
                    writer.WriteComponent(_values.GetValueOrDefault((e, c), string.Empty));
                }
            }

            writer.WriteSegmentEnd();
        }
    }
}

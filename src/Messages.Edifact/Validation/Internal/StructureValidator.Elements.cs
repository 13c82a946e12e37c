using System.Runtime.CompilerServices;
using UniPass.Gateway.Messages.Edifact.Internal;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

internal sealed partial class StructureValidator
{
    private const int MaxTrackedPositions = StructureValidatorLimits.MaxTrackedPositions;
    private const int MaxDateTimeValue = 35;
    private const int MaxDateTimeFormat = 3;

    // The data element (one repetition of it) being read.
    private int _element;
    private int _repetition;
    private long _elementOffset;

    // The current segment's flattened value positions (SegmentRules.Slots) and the element's first one.
    private ValueSlot[] _slots = [];
    private int _stride = 1;
    private int _slotBase;

    // Set when a composite's component left state for its end (held codes, agency, list, date parts).
    private bool _compositeState;
    private ulong _componentsPresent;
    private ulong _elementsPresent;
    private bool _tooManyElementsReported;
    private int _tooManyComponentsReportedFor;
    private int _tooManyRepetitionsReportedFor;

    // DTM C507: 2380 and its format qualifier 2379, checked together when the composite ends.
    private readonly byte[] _dateValue = new byte[MaxDateTimeValue];
    private readonly byte[] _dateFormat = new byte[MaxDateTimeFormat];
    private int _dateValueLength;
    private int _dateFormatLength;
    private long _dateValueOffset;

    private byte[] _scratch = new byte[256];

    // Codes not in the directory's list, held until the composite ends: 1131 or 3055 may say they belong to another list.
    private const int MaxHeldCodes = 4;
    private const int MaxHeldCodeLength = 35;
    private readonly byte[] _heldCodes = new byte[MaxHeldCodes * MaxHeldCodeLength];
    private readonly int[] _heldLengths = new int[MaxHeldCodes];
    private readonly int[] _heldComponents = new int[MaxHeldCodes];
    private readonly long[] _heldOffsets = new long[MaxHeldCodes];
    private readonly byte[] _agency = new byte[3];
    private int _heldCount;
    private int _agencyLength;
    private bool _listNamed;

    private void BeginSegment()
    {
        _element = 0;
        _repetition = 0;
        _componentsPresent = 0;
        ResetCompositeState();
        _elementsPresent = 0;
        _tooManyElementsReported = false;
        _tooManyComponentsReportedFor = 0;
        _tooManyRepetitionsReportedFor = 0;
    }

    private void OnElementCore(ref EdifactReader reader, EnvelopeValidator envelope)
    {
        var element = reader.ElementIndex;
        var component = reader.ComponentIndex;
        var repetition = reader.RepetitionIndex;
        if (_capture != Capture.None && repetition == 0)
        {
            CaptureValue(ref reader, element, component);
        }

        if (_unbPending)
        {
            // UNB S001/0002 names the syntax version, and with it the service directory.
            var version = reader.SyntaxVersion;
            if (version == SyntaxVersion.Unknown)
            {
                return;
            }

            _unbPending = false;
            _service = ServiceFor((int)version);
            UseServiceSegment();
        }

        var rules = _rules;
        if (rules is null || element == 0)
        {
            // Element 0 is a component of the tag itself (BGM:1): the envelope judges it, the directory has no position for it.
            return;
        }

        if (element != _element || repetition != _repetition)
        {
            if (_componentsPresent != 0 || _compositeState)
            {
                FinishElement(envelope);
            }

            _element = element;
            _repetition = repetition;
            _elementOffset = reader.TokenOffset;
            _componentsPresent = 0;
            // Past the segment's last element: past the slots too (no overflow for any element index).
            _slotBase = element <= rules.Elements.Length ? (element - 1) * _stride : _slots.Length;
        }

        if (reader.ValueLength == 0)
        {
            // An empty value is an absent one (ISO 9735-1 §7.5).
            return;
        }

        CheckValue(ref reader, envelope, element, component, repetition);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckValue(ref EdifactReader reader, EnvelopeValidator envelope, int element, int component, int repetition)
    {
        // A value of line breaks alone (the reader drops them from values, EDI0007) is as absent as an empty one.
        var text = Value(ref reader);
        if (text.IsEmpty)
        {
            return;
        }

        // One index into the segment's flattened value positions (SegmentRules.Slots).
        var slots = _slots;
        var index = _slotBase + component - 1;
        if ((uint)(component - 1) >= (uint)_stride || (uint)index >= (uint)slots.Length)
        {
            ReportOutOfRange(ref reader, envelope, element, repetition);
            return;
        }

        ref readonly var slot = ref slots[index];
        var flags = slot.Flags;
        if ((flags & ValueSlotFlags.Beyond) != 0)
        {
            ReportOutOfRange(ref reader, envelope, element, repetition);
            return;
        }

        if ((flags & ValueSlotFlags.Component) != 0)
        {
            _componentsPresent |= 1UL << (component - 1);
        }

        if (repetition == 0)
        {
            if (element <= MaxTrackedPositions)
            {
                _elementsPresent |= 1UL << (element - 1);
            }
        }
        else if (repetition >= slot.MaxRepeats && _tooManyRepetitionsReportedFor != element)
        {
            _tooManyRepetitionsReportedFor = element;
            var rule = _rules!.Elements[element - 1];
            ReportAt(envelope, EdifactDiagnostics.TooManyDataElementRepetitions, element, 0, repetition, reader.TokenOffset, rule.Id, rule.MaxRepeats);
        }

        if ((flags & ValueSlotFlags.Special) == 0 && !_utf8)
        {
            // Plain alphanumeric values (most of them) need only their length checked.
            if (text.Length > slot.MaxLength || text.Length < slot.MinLength)
            {
                ReportFault(ref reader, envelope, slot.Value, text);
                return;
            }

            if (slot.Codes is { } plainCodes && _checkCodes && !plainCodes.Contains(text))
            {
                CodeNotInList(ref reader, envelope, flags, text, element, component, repetition, slot.Value);
            }

            return;
        }

        CheckSpecialValue(ref reader, envelope, in slot, text, element, component, repetition);
    }

    /// <summary>A value judged by the envelope, not plain alphanumeric, or one a composite's end needs (list, agency, date parts).</summary>
    private void CheckSpecialValue(ref EdifactReader reader, EnvelopeValidator envelope, in ValueSlot slot, scoped ReadOnlySpan<byte> text, int element, int component, int repetition)
    {
        var flags = slot.Flags;
        if ((flags & ValueSlotFlags.JudgedByEnvelope) != 0)
        {
            return;
        }

        if ((flags & ValueSlotFlags.Agency) != 0)
        {
            if (text.Length <= _agency.Length)
            {
                text.CopyTo(_agency);
                _agencyLength = text.Length;
                _compositeState = true;
            }
        }
        else if ((flags & ValueSlotFlags.List) != 0)
        {
            _listNamed = true;
            _compositeState = true;
        }

        var value = slot.Value;
        var fault = (flags & ValueSlotFlags.CheckFormat) == 0 && !_utf8
            ? (text.Length > slot.MaxLength ? ValueFault.TooLong : text.Length < slot.MinLength ? ValueFault.TooShort : ValueFault.None)
            : DataValue.Check(text, value.Format, _decimalMark, _eitherDecimalMark, _utf8, out _, out _);
        if (fault != ValueFault.None)
        {
            ReportFault(ref reader, envelope, value, text);
            return;
        }

        if (_checkCodes && slot.Codes is { } codes && !codes.Contains(text))
        {
            CodeNotInList(ref reader, envelope, flags, text, element, component, repetition, value);
            return;
        }

        if ((flags & ValueSlotFlags.DateValue) != 0)
        {
            if (text.Length <= MaxDateTimeValue)
            {
                text.CopyTo(_dateValue);
                _dateValueLength = text.Length;
                _dateValueOffset = reader.TokenOffset;
                _compositeState = true;
            }
        }
        else if ((flags & ValueSlotFlags.DateFormat) != 0 && text.Length <= MaxDateTimeFormat)
        {
            text.CopyTo(_dateFormat);
            _dateFormatLength = text.Length;
            _compositeState = true;
        }
    }

    /// <summary>A code not in the directory's list: held until the composite ends when 1131 or 3055 may name another list, else reported.</summary>
    private void CodeNotInList(ref EdifactReader reader, EnvelopeValidator envelope, ValueSlotFlags flags, scoped ReadOnlySpan<byte> text, int element, int component, int repetition, ValueRule value)
    {
        if ((flags & ValueSlotFlags.NamesCodeList) != 0 && _heldCount < MaxHeldCodes && text.Length <= MaxHeldCodeLength)
        {
            text.CopyTo(_heldCodes.AsSpan(_heldCount * MaxHeldCodeLength));
            _heldLengths[_heldCount] = text.Length;
            _heldComponents[_heldCount] = component;
            _heldOffsets[_heldCount] = reader.TokenOffset;
            _heldCount++;
            _compositeState = true;
        }
        else
        {
            ReportAt(envelope, EdifactDiagnostics.InvalidCode, element, component, repetition, reader.TokenOffset, Shown(ref reader), value.Id);
        }
    }

    /// <summary>A value past the segment's last data element, or past its element's last component.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportOutOfRange(ref EdifactReader reader, EnvelopeValidator envelope, int element, int repetition)
    {
        var rules = _rules!;
        if ((uint)(element - 1) >= (uint)rules.Elements.Length)
        {
            if (!_tooManyElementsReported)
            {
                _tooManyElementsReported = true;
                ReportAt(envelope, EdifactDiagnostics.TooManyDataElements, element, 0, repetition, reader.TokenOffset, SegmentTagText, rules.Elements.Length);
            }

            return;
        }

        var rule = rules.Elements[element - 1];
        ReportTooManyComponents(ref reader, envelope, rule, rule.IsComposite ? rule.Components.Length : 1);
    }

    /// <summary>The repetition of the data element just read ended: a present composite must hold its mandatory components.</summary>
    private void FinishElement(EnvelopeValidator envelope)
    {
        // Components are tracked only for a composite of the segment, so _element names one.
        if (_componentsPresent != 0)
        {
            var rule = _rules!.Elements[_element - 1];
            if (_heldCount > 0 || (rule.MandatoryComponents & ~_componentsPresent) != 0 || (_dateValueLength > 0 && _dateFormatLength > 0))
            {
                FinishComposite(envelope, rule);
            }

            _componentsPresent = 0;
        }

        if (_compositeState)
        {
            ResetCompositeState();
        }
    }

    private void ResetCompositeState()
    {
        _dateValueLength = 0;
        _dateFormatLength = 0;
        _heldCount = 0;
        _agencyLength = 0;
        _listNamed = false;
        _compositeState = false;
    }

    /// <summary>A composite ended with held codes, a missing mandatory component or a date to check.</summary>
    private void FinishComposite(EnvelopeValidator envelope, ElementRule rule)
    {
        if (_heldCount > 0)
        {
            ReportHeldCodes(envelope, rule);
        }

        var missing = rule.MandatoryComponents & ~_componentsPresent;
        while (missing != 0)
        {
            var index = System.Numerics.BitOperations.TrailingZeroCount(missing);
            missing &= missing - 1;
            ReportAt(envelope, EdifactDiagnostics.MissingComponent, _element, index + 1, _repetition, _elementOffset, rule.Components[index].Id, rule.Id);
        }

        if (_dateValueLength > 0 && _dateFormatLength > 0)
        {
            CheckDateTime(envelope, rule);
        }
    }

    /// <summary>
    /// UNTDID: 1131 identifies "a user or association maintained code list" and 3055 the agency
    /// responsible for it; when either names a list other than UN/ECE's (3055 code 6), the
    /// composite's codes are that list's and not the directory's to judge. 3055 itself is always
    /// the directory's; 1131 is when the agency is UN/ECE or not given.
    /// </summary>
    private void ReportHeldCodes(EnvelopeValidator envelope, ElementRule rule)
    {
        var agencyGiven = _agencyLength > 0;
        var unAgency = _agencyLength == 1 && _agency[0] == (byte)'6';
        var otherList = _listNamed || (agencyGiven && !unAgency);
        for (var i = 0; i < _heldCount; i++)
        {
            var component = _heldComponents[i];
            var judged = component == rule.AgencyComponent
                || (component == rule.ListComponent ? !agencyGiven || unAgency : !otherList);
            if (judged)
            {
                ReportAt(envelope, EdifactDiagnostics.InvalidCode, _element, component, _repetition, _heldOffsets[i],
                    Printable(_heldCodes.AsSpan(i * MaxHeldCodeLength, _heldLengths[i])), rule.Components[component - 1].Id);
            }
        }

        _heldCount = 0;
    }

    /// <summary>UNCL 2379 says how 2380 is written (102 = CCYYMMDD, 203 = CCYYMMDDHHMM, ...); check the value where the format is checkable.</summary>
    private void CheckDateTime(EnvelopeValidator envelope, ElementRule rule)
    {
        var format = _dateFormat.AsSpan(0, _dateFormatLength);
        var value = _dateValue.AsSpan(0, _dateValueLength);
        if (DateTimeFormats.IsValid(format, value))
        {
            return;
        }

        DateTimeFormats.TryGetMask(format, out var mask);
        var diagnostic = Diagnostic(EdifactDiagnostics.InvalidDateTime, _element, rule.DateValueComponent, _repetition, _dateValueOffset,
            Printable(value), Printable(format), mask) with { Severity = _options.DateTimeSeverity };
        envelope.Add(diagnostic);
    }

    /// <summary>The segment ended: every mandatory data element must have been present.</summary>
    private void CheckMandatoryElements(EnvelopeValidator envelope, long offset)
    {
        var rules = _rules!;
        var missing = rules.MandatoryElements & ~_elementsPresent;
        while (missing != 0)
        {
            var index = System.Numerics.BitOperations.TrailingZeroCount(missing);
            missing &= missing - 1;
            ReportAt(envelope, EdifactDiagnostics.MissingDataElement, index + 1, 0, 0, offset, rules.Elements[index].Id, rules.Tag);
        }
    }

    private void ReportTooManyComponents(ref EdifactReader reader, EnvelopeValidator envelope, ElementRule rule, int defined)
    {
        if (_tooManyComponentsReportedFor == _element)
        {
            return;
        }

        _tooManyComponentsReportedFor = _element;
        ReportAt(envelope, EdifactDiagnostics.TooManyComponents, reader.ElementIndex, reader.ComponentIndex, reader.RepetitionIndex, reader.TokenOffset, rule.Id, defined);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportFault(ref EdifactReader reader, EnvelopeValidator envelope, ValueRule value, scoped ReadOnlySpan<byte> text)
    {
        // Found again with the full check, which also tells the length as the representation counts it and where the fault is.
        var fault = DataValue.Check(text, value.Format, _decimalMark, _eitherDecimalMark, _utf8, out var length, out var at);
        var element = reader.ElementIndex;
        var component = reader.ComponentIndex;
        var repetition = reader.RepetitionIndex;
        var offset = reader.TokenOffset;
        var shown = Shown(ref reader);
        switch (fault)
        {
            case ValueFault.InvalidCharacterType:
                ReportAt(envelope, EdifactDiagnostics.InvalidCharacterType, element, component, repetition, offset, value.Id, value.FormatText, Printable(text.Slice(at, 1)), shown);
                break;
            case ValueFault.TooLong:
                ReportAt(envelope, EdifactDiagnostics.DataElementTooLong, element, component, repetition, offset, value.Id, value.FormatText, length, shown);
                break;
            case ValueFault.TooShort:
                ReportAt(envelope, EdifactDiagnostics.DataElementTooShort, element, component, repetition, offset, value.Id, value.FormatText, length, shown);
                break;
            case ValueFault.InvalidDecimalMark:
                ReportAt(envelope, EdifactDiagnostics.InvalidDecimalMark, element, component, repetition, offset, value.Id, (char)text[at], (char)_decimalMark, shown);
                break;
            case ValueFault.MissingDigitBeforeDecimalMark:
                ReportAt(envelope, EdifactDiagnostics.MissingDigitBeforeDecimalMark, element, component, repetition, offset, value.Id, shown);
                break;
            default:
                var why = fault switch
                {
                    ValueFault.MisplacedSign => "a minus sign only leads the value",
                    ValueFault.SecondDecimalMark => "more than one decimal mark",
                    ValueFault.NoDigitAfterDecimalMark => "no digit after the decimal mark",
                    _ => "no digits",
                };
                ReportAt(envelope, EdifactDiagnostics.InvalidNumber, element, component, repetition, offset, value.Id, shown, why);
                break;
        }
    }

    /// <summary>The current value without release characters or wrapped line breaks.</summary>
    private ReadOnlySpan<byte> Value(ref EdifactReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return reader.ValueSpan;
        }

        if (_scratch.Length < reader.ValueLength)
        {
            _scratch = new byte[Math.Max(reader.ValueLength, _scratch.Length * 2)];
        }

        var written = reader.CopyUnescaped(_scratch);
        return _scratch.AsSpan(0, written);
    }
}
